/** Workshop equipment: categories, the tag pattern, and the assets themselves (the KIB register). */
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
  MANUAL_ASSET_STATUSES,
} from '../equipment';
import { ADMIN, EVERYONE, method, STAFF } from './define';
import { id, isoDate, optionalText, type Page, pageInput, requiredText, rupiah } from './common';
import type { WrittenFile } from './enrolments';

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
};
