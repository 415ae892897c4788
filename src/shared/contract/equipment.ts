import { z } from 'zod';
import {
  ASSET_CONDITIONS,
  ASSET_SOURCES,
  ASSET_STATUSES,
  ASSET_TAG,
  ASSET_TAG_PATTERN,
  type AssetCondition,
  type AssetSource,
  type AssetStatus,
  BORROWER_KINDS,
  type BorrowerKind,
  MANUAL_ASSET_STATUSES,
} from '../equipment';
import { ADMIN, EVERYONE, method, STAFF } from './define';
import { id, isoDate, optionalText, type Page, pageInput, requiredText } from './common';
import type { WrittenFile } from './enrolments';

const rupiah = (max: number) =>
  z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(0, { message: 'rupiah_range' })
    .max(max, { message: 'rupiah_range' });

/** A tag as a person types or a scanner sends it; letters keep their case, matching ignores it. */
export const assetTag = z.string().trim().regex(ASSET_TAG, { message: 'asset_tag_format' });

// ---------------------------------------------------------------- categories and settings

export const categoryFields = z.object({
  name: requiredText(100),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,10}$/, { message: 'category_code' })
    .transform((code) => code.toUpperCase()),
  goodsCode: optionalText(30),
  usefulLifeYears: z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(1, { message: 'useful_life_range' })
    .max(50, { message: 'useful_life_range' }),
  active: z.boolean().default(true),
});

export interface EquipmentCategory {
  id: number;
  name: string;
  code: string;
  goodsCode: string;
  usefulLifeYears: number;
  active: boolean;
  /** Assets in the category, disposed ones excluded. */
  assetCount: number;
}

export interface EquipmentSettings {
  tagPattern: string;
}

// ---------------------------------------------------------------- assets

export const assetFields = z.object({
  name: requiredText(150),
  categoryId: id,
  brand: optionalText(100),
  model: optionalText(100),
  serialNumber: optionalText(100),
  size: optionalText(60),
  material: optionalText(60),
  roomId: id,
  condition: z.enum(ASSET_CONDITIONS),
  source: z.enum(ASSET_SOURCES),
  grantReference: optionalText(150),
  acquiredOn: isoDate,
  valueRupiah: rupiah(1_000_000_000_000),
  notes: optionalText(1000),
});

export const assetFilters = z.object({
  /** Tag, name, brand, model or serial number; words match word beginnings. */
  search: z.string().trim().max(100).default(''),
  roomId: id.nullable().default(null),
  categoryId: id.nullable().default(null),
  condition: z.enum(ASSET_CONDITIONS).nullable().default(null),
  status: z.enum(ASSET_STATUSES).nullable().default(null),
  source: z.enum(ASSET_SOURCES).nullable().default(null),
});

export interface AssetRow {
  id: number;
  tag: string;
  name: string;
  categoryId: number;
  categoryName: string;
  brand: string;
  model: string;
  roomId: number;
  roomName: string;
  condition: AssetCondition;
  status: AssetStatus;
  source: AssetSource;
  acquiredOn: string;
  valueRupiah: number;
  /** Straight-line over the category's useful life, as of today (bookValue in shared/equipment.ts). */
  bookValueRupiah: number;
}

export interface Asset extends AssetRow {
  serialNumber: string;
  size: string;
  material: string;
  grantReference: string;
  notes: string;
  statusReason: string;
  usefulLifeYears: number;
  /** The photo as a data: URL (the renderer never reads files), or null. */
  photoDataUrl: string | null;
  /** Set while checked out. */
  openLoan: { loanId: number; borrower: string; checkedOutOn: string; dueOn: string } | null;
  /** Set while in repair. */
  openRepair: { maintenanceId: number; reportedOn: string; problem: string } | null;
}

/** One line of an asset's history, newest first: every change, loan, return, repair and count. */
export interface AssetEvent {
  at: string;
  operatorName: string;
  /** What happened: the method that wrote it, e.g. 'loans.checkOut', 'assets.update'. */
  action: string;
  /** Field -> [before, after] for changes; empty for events that only happened. */
  changes: Record<string, [unknown, unknown]>;
  /** A short free text: the borrower, the damage note, the problem, the write-off reason. */
  note: string;
}

// ---------------------------------------------------------------- loans

const borrower = {
  borrowerKind: z.enum(BORROWER_KINDS),
  instructorId: id.nullable().default(null),
  classId: id.nullable().default(null),
  mtuSiteId: id.nullable().default(null),
};

export const checkOutInput = z
  .object({
    ...borrower,
    responsibleName: requiredText(150),
    purpose: optionalText(300),
    checkedOutOn: isoDate,
    dueOn: isoDate,
    assetIds: z.array(id).min(1, { message: 'required' }).max(200, { message: 'too_long' }),
  })
  .superRefine((value, ctx) => {
    if (value.dueOn < value.checkedOutOn)
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'end_before_start' });
    if (value.borrowerKind === 'instructor' && value.instructorId === null)
      ctx.addIssue({ code: 'custom', path: ['instructorId'], message: 'required' });
    if (value.borrowerKind === 'class' && value.classId === null)
      ctx.addIssue({ code: 'custom', path: ['classId'], message: 'required' });
    if (value.borrowerKind === 'mtu' && value.mtuSiteId === null)
      ctx.addIssue({ code: 'custom', path: ['mtuSiteId'], message: 'required' });
    if (new Set(value.assetIds).size !== value.assetIds.length)
      ctx.addIssue({ code: 'custom', path: ['assetIds'], message: 'asset_duplicate' });
  });

export const checkInInput = z.object({
  loanId: id,
  returnedOn: isoDate,
  items: z
    .array(z.object({ assetId: id, condition: z.enum(ASSET_CONDITIONS), damageNote: optionalText(500) }))
    .min(1, { message: 'required' })
    .max(200, { message: 'too_long' }),
});

export interface LoanItem {
  assetId: number;
  tag: string;
  name: string;
  conditionOut: AssetCondition;
  returnedOn: string | null;
  conditionIn: AssetCondition | null;
  damageNote: string;
}

export interface LoanRow {
  id: number;
  borrowerKind: BorrowerKind;
  /** The instructor's name, the class's name, or the MTU site's name (with the class when given). */
  borrower: string;
  responsibleName: string;
  checkedOutOn: string;
  dueOn: string;
  itemCount: number;
  openCount: number;
  /** Days past due for a loan with items still out, else 0. */
  daysOverdue: number;
}

export interface Loan extends LoanRow {
  instructorId: number | null;
  classId: number | null;
  mtuSiteId: number | null;
  purpose: string;
  operatorName: string;
  items: LoanItem[];
}

export const loanFilters = z.object({
  state: z.enum(['open', 'overdue', 'all']).default('open'),
  assetId: id.nullable().default(null),
});

// ---------------------------------------------------------------- maintenance

export const maintenanceInput = z
  .object({
    assetId: id,
    reportedOn: isoDate,
    problem: requiredText(500),
    action: optionalText(500),
    vendor: optionalText(150),
    costRupiah: rupiah(10_000_000_000).default(0),
    /** Null while the asset is away for repair; set for a service logged after it is done. */
    finishedOn: isoDate.nullable().default(null),
    conditionAfter: z.enum(ASSET_CONDITIONS).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.finishedOn !== null && value.finishedOn < value.reportedOn)
      ctx.addIssue({ code: 'custom', path: ['finishedOn'], message: 'end_before_start' });
    if (value.finishedOn !== null && value.conditionAfter === null)
      ctx.addIssue({ code: 'custom', path: ['conditionAfter'], message: 'required' });
  });

export const finishRepairInput = z.object({
  id,
  finishedOn: isoDate,
  action: requiredText(500),
  vendor: optionalText(150),
  costRupiah: rupiah(10_000_000_000).default(0),
  conditionAfter: z.enum(ASSET_CONDITIONS),
});

export interface MaintenanceRecord {
  id: number;
  assetId: number;
  tag: string;
  assetName: string;
  reportedOn: string;
  problem: string;
  action: string;
  vendor: string;
  costRupiah: number;
  finishedOn: string | null;
  conditionAfter: AssetCondition | null;
  operatorName: string;
}

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

// ---------------------------------------------------------------- the contract

export const equipmentContract = {
  'equipmentCategories.list': method<EquipmentCategory[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'equipmentCategories.create': method<EquipmentCategory>()({ input: categoryFields, access: ADMIN, writes: true }),
  'equipmentCategories.update': method<EquipmentCategory>()({
    input: categoryFields.extend({ id }),
    access: ADMIN,
    writes: true,
  }),
  'equipmentSettings.get': method<EquipmentSettings>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'equipmentSettings.save': method<EquipmentSettings>()({
    input: z.object({ tagPattern: z.string().trim().regex(ASSET_TAG_PATTERN, { message: 'tag_pattern' }).max(40) }),
    access: ADMIN,
    writes: true,
  }),

  'assets.list': method<Page<AssetRow>>()({
    input: assetFilters.extend(pageInput.shape),
    access: EVERYONE,
    writes: false,
  }),
  'assets.get': method<Asset>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  /** What a scanner typed; ASSET_TAG_UNKNOWN when no asset has it. */
  'assets.byTag': method<AssetRow>()({ input: z.object({ tag: assetTag }), access: EVERYONE, writes: false }),
  /** An empty tag takes the next one from the pattern; a typed one (an existing label) is kept. */
  'assets.create': method<Asset>()({
    input: assetFields.extend({ tag: z.union([z.literal(''), assetTag]).default('') }),
    access: STAFF,
    writes: true,
  }),
  'assets.update': method<Asset>()({ input: assetFields.extend({ id }), access: STAFF, writes: true }),
  /** Write-off (lost, disposed) or found again (available), with a reason. */
  'assets.setStatus': method<Asset>()({
    input: z.object({ id, status: z.enum(MANUAL_ASSET_STATUSES), reason: requiredText(500) }),
    access: ADMIN,
    writes: true,
  }),
  'assets.history': method<AssetEvent[]>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  /** Opens a file dialog in main and copies the chosen image into the data dir. */
  'assets.choosePhoto': method<Asset | null>()({ input: z.object({ id }), access: STAFF, writes: true }),
  'assets.clearPhoto': method<Asset>()({ input: z.object({ id }), access: STAFF, writes: true }),
  /** A4 sheets of 3 x 8 labels (QR with the tag, the tag, a short name), saved where the clerk chooses. */
  'assets.printLabels': method<WrittenFile | null>()({
    input: z.object({ ids: z.array(id).min(1, { message: 'required' }).max(2400, { message: 'too_long' }) }),
    access: EVERYONE,
    writes: false,
  }),
  /** The register in the KIB B shape (xlsx), filtered like the list. */
  'assets.exportRegister': method<WrittenFile | null>()({ input: assetFilters, access: EVERYONE, writes: false }),

  'loans.list': method<Page<LoanRow>>()({
    input: loanFilters.extend(pageInput.shape),
    access: EVERYONE,
    writes: false,
  }),
  'loans.get': method<Loan>()({ input: z.object({ id }), access: EVERYONE, writes: false }),
  'loans.checkOut': method<Loan>()({ input: checkOutInput, access: STAFF, writes: true }),
  /** Returns some or all of a loan's assets, each with its condition and any damage. */
  'loans.checkIn': method<Loan>()({ input: checkInInput, access: STAFF, writes: true }),
  /** Berita acara serah terima (hand-over) or pengembalian (return), with signature lines. */
  'loans.printReceipt': method<WrittenFile | null>()({
    input: z.object({ id, kind: z.enum(['handover', 'return']) }),
    access: EVERYONE,
    writes: false,
  }),

  'maintenance.list': method<MaintenanceRecord[]>()({
    input: z.object({ assetId: id.nullable().default(null), openOnly: z.boolean().default(false) }),
    access: EVERYONE,
    writes: false,
  }),
  'maintenance.record': method<MaintenanceRecord>()({ input: maintenanceInput, access: STAFF, writes: true }),
  'maintenance.finish': method<MaintenanceRecord>()({ input: finishRepairInput, access: STAFF, writes: true }),

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
