import { z } from 'zod';
import { ASSET_CONDITIONS, type AssetCondition, type AssetStatus } from '../equipment';
import { ADMIN, EVERYONE, method, STAFF } from './define';
import { id, optionalText } from './common';
import { assetTag } from './equipment';

/** Counting a workshop (stok opname), and whether a class has the equipment its programme needs. */
// ---------------------------------------------------------------- stock-takes

export interface StocktakeRow {
  id: number;
  roomId: number;
  roomName: string;
  status: 'open' | 'finished' | 'cancelled';
  startedOn: string;
  startedBy: string;
  finishedAt: string | null;
  notes: string;
  listed: number;
  found: number;
  /** Listed as on the shelf when the count started and not found. */
  missing: number;
  /** Found here though listed elsewhere, lost, lent out or in repair. */
  unexpected: number;
}

export interface StocktakeItem {
  assetId: number;
  tag: string;
  name: string;
  categoryName: string;
  listed: boolean;
  statusBefore: AssetStatus;
  roomBefore: string;
  conditionBefore: AssetCondition;
  found: boolean;
  conditionFound: AssetCondition | null;
  /**
   * found: on the shelf as expected. missing: expected (available when the count started) and not
   * found (yet). unexpected: found though listed elsewhere, lost, lent out or in repair.
   * away: listed but lent out, in repair or lost when the count started, and not found.
   */
  verdict: 'found' | 'missing' | 'unexpected' | 'away';
}

export interface Stocktake extends StocktakeRow {
  items: StocktakeItem[];
}

export const stocktakeFinishInput = z.object({
  id,
  /** Missing assets become lost; found lost ones become available again. */
  markMissingLost: z.boolean(),
  /** Unexpected assets from another workshop are moved to this one. */
  moveUnexpected: z.boolean(),
});

// ---------------------------------------------------------------- readiness

export const programEquipmentInput = z.object({
  programId: id,
  items: z
    .array(
      z.object({
        categoryId: id,
        quantity: z
          .number({ message: 'number' })
          .int({ message: 'number' })
          .min(1, { message: 'quantity' })
          .max(500, { message: 'quantity' }),
      }),
    )
    .max(100, { message: 'too_long' })
    .superRefine((items, ctx) => {
      const seen = new Set<number>();
      items.forEach((item, index) => {
        if (seen.has(item.categoryId))
          ctx.addIssue({ code: 'custom', path: [index, 'categoryId'], message: 'category_duplicate' });
        seen.add(item.categoryId);
      });
    }),
});

export interface ProgramEquipmentItem {
  categoryId: number;
  categoryName: string;
  quantity: number;
}

export interface ReadinessLine {
  categoryId: number;
  categoryName: string;
  needed: number;
  /** In good condition, not written off, and neither lent to others nor in repair during the class. */
  usable: number;
  /** Good ones lent to someone else during the class period. */
  lentElsewhere: number;
  inRepair: number;
  /** Not in good condition (rusak ringan / rusak berat). */
  damaged: number;
  short: number;
}

export interface ClassReadiness {
  classId: number;
  startDate: string;
  endDate: string;
  ready: boolean;
  /** False when the programme lists no equipment: nothing to check. */
  hasNeeds: boolean;
  lines: ReadinessLine[];
}

export const stocktakesContract = {
  'stocktakes.list': method<StocktakeRow[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'stocktakes.get': method<Stocktake>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  'stocktakes.start': method<Stocktake>()({
    input: z.object({ roomId: id, notes: optionalText(1000) }),
    access: STAFF,
    writes: true,
  }),
  /** A scanned (or typed) tag: marks it found, or adds it as unexpected; ASSET_TAG_UNKNOWN otherwise. */
  'stocktakes.scan': method<{ item: StocktakeItem; alreadyFound: boolean }>()({
    input: z.object({ id, tag: assetTag, condition: z.enum(ASSET_CONDITIONS).nullable().default(null) }),
    access: STAFF,
    writes: true,
  }),
  /** Ticks (or unticks) a listed asset by hand, with the condition seen. */
  'stocktakes.mark': method<StocktakeItem>()({
    input: z.object({
      id,
      assetId: id,
      found: z.boolean(),
      condition: z.enum(ASSET_CONDITIONS).nullable().default(null),
    }),
    access: STAFF,
    writes: true,
  }),
  'stocktakes.finish': method<Stocktake>()({ input: stocktakeFinishInput, access: STAFF, writes: true }),
  'stocktakes.cancel': method<Stocktake>()({ input: z.object({ id }), access: STAFF, writes: true }),

  'programEquipment.get': method<ProgramEquipmentItem[]>()({
    input: z.object({ programId: id }),
    access: EVERYONE,
    writes: false,
  }),
  'programEquipment.save': method<ProgramEquipmentItem[]>()({
    input: programEquipmentInput,
    access: ADMIN,
    writes: true,
  }),
  'programEquipment.readiness': method<ClassReadiness>()({
    input: z.object({ classId: id }),
    access: EVERYONE,
    writes: false,
  }),
};
