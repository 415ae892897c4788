import { z } from 'zod';
import { CONSUMABLE_UNITS, type ConsumableUnit, MOVEMENT_KINDS, type MovementKind } from '../equipment';
import { EVERYONE, method, STAFF } from './define';
import { id, isoDate, type Page, pageInput, requiredText } from './common';
import type { WrittenFile } from './enrolments';

/** At most three decimals, allowing for binary fractions (0.1 + 0.2). */
function threeDecimals(value: number): boolean {
  return Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;
}

/**
 * A quantity as typed: at most three decimals (2,5 kg; 0,75 m), carried as a number of units;
 * main stores thousandths (MILLI) as integers.
 */
const quantity = z
  .number({ message: 'number' })
  .finite({ message: 'number' })
  .min(0, { message: 'quantity' })
  .max(1_000_000_000, { message: 'quantity' })
  .refine(threeDecimals, { message: 'quantity_decimals' });

export const consumableFields = z.object({
  name: requiredText(150),
  unit: z.enum(CONSUMABLE_UNITS),
  roomId: id.nullable().default(null),
  lowStock: quantity.default(0),
  active: z.boolean().default(true),
});

export interface Consumable {
  id: number;
  name: string;
  unit: ConsumableUnit;
  roomId: number | null;
  roomName: string | null;
  /** Units in stock (may have up to three decimals). */
  stock: number;
  lowStock: number;
  /** At or below the low-stock threshold (and the threshold is set). */
  low: boolean;
  active: boolean;
}

export const movementInput = z
  .object({
    consumableId: id,
    kind: z.enum(MOVEMENT_KINDS),
    /** Received and used: how much (> 0). Adjusted: the correction, + or -. */
    quantity: z.number({ message: 'number' }).finite({ message: 'number' }),
    movedOn: isoDate,
    reason: z.string().trim().max(300, { message: 'too_long' }).default(''),
    classId: id.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (!threeDecimals(value.quantity))
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'quantity_decimals' });
    else if (Math.round(value.quantity * 1000) === 0 || Math.abs(value.quantity) > 1_000_000_000)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'quantity' });
    else if (value.kind !== 'adjusted' && value.quantity < 0)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'quantity' });
    if (value.kind === 'adjusted' && value.reason === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });

/** One line of the stock card (kartu stok), with the balance after it. */
export interface Movement {
  id: number;
  movedOn: string;
  kind: MovementKind;
  /** Signed: + in, - out. */
  quantity: number;
  balance: number;
  reason: string;
  classId: number | null;
  className: string | null;
  operatorName: string;
}

export interface ClassUsage {
  consumableId: number;
  name: string;
  unit: ConsumableUnit;
  /** Used minus anything adjusted back for this class, in units. */
  quantity: number;
}

export const consumablesContract = {
  'consumables.list': method<Consumable[]>()({
    input: z.object({ search: z.string().trim().max(100).default(''), lowOnly: z.boolean().default(false) }),
    access: EVERYONE,
    writes: false,
  }),
  'consumables.create': method<Consumable>()({ input: consumableFields, access: STAFF, writes: true }),
  'consumables.update': method<Consumable>()({ input: consumableFields.extend({ id }), access: STAFF, writes: true }),
  /** Received, used (optionally for a class) or adjusted with a reason; STOCK_NOT_ENOUGH below zero. */
  'consumables.move': method<Consumable>()({ input: movementInput, access: STAFF, writes: true }),
  'consumables.movements': method<Page<Movement>>()({
    input: z.object({ consumableId: id }).extend(pageInput.shape),
    access: EVERYONE,
    writes: false,
  }),
  'consumables.usageByClass': method<ClassUsage[]>()({
    input: z.object({ classId: id }),
    access: EVERYONE,
    writes: false,
  }),
  /** Kartu stok (xlsx) of one item: every movement with its running balance. */
  'consumables.exportStockCard': method<WrittenFile | null>()({
    input: z.object({ consumableId: id }),
    access: EVERYONE,
    writes: false,
  }),
};
