/**
 * Workshop equipment and consumables: the vocabularies both processes use (stored values, never
 * shown; the renderer translates them) and the arithmetic a clerk sees the result of.
 */

/** Kondisi: Baik / Rusak Ringan / Rusak Berat, as the KIB and the ministry's forms write them. */
export const ASSET_CONDITIONS = ['good', 'minor_damage', 'major_damage'] as const;
export type AssetCondition = (typeof ASSET_CONDITIONS)[number];

/** The KIB's one-letter condition codes (B / RR / RB). */
export const KIB_CONDITION_CODES: Readonly<Record<AssetCondition, string>> = {
  good: 'B',
  minor_damage: 'RR',
  major_damage: 'RB',
};

/**
 * Where an asset is. `checked_out` and `in_repair` follow from an open loan or an open repair
 * and are set by the database, never by hand; `lost` and `disposed` are set by a write-off or
 * a finished stock-take. A disposed asset stays in the register with its tag (never reused).
 */
export const ASSET_STATUSES = ['available', 'checked_out', 'in_repair', 'lost', 'disposed'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** Statuses a clerk may set by hand (write-off, found again). */
export const MANUAL_ASSET_STATUSES = ['available', 'lost', 'disposed'] as const;
export type ManualAssetStatus = (typeof MANUAL_ASSET_STATUSES)[number];

/** Asal usul: how the BLK came to own it. */
export const ASSET_SOURCES = ['ministry_grant', 'apbd', 'company', 'blk_komunitas_grant', 'purchase'] as const;
export type AssetSource = (typeof ASSET_SOURCES)[number];

/** Who takes equipment out: an instructor, a class, or a Mobile Training Unit trip. */
export const BORROWER_KINDS = ['instructor', 'class', 'mtu'] as const;
export type BorrowerKind = (typeof BORROWER_KINDS)[number];

export const CONSUMABLE_UNITS = [
  'pcs',
  'rim',
  'kg',
  'gram',
  'meter',
  'liter',
  'roll',
  'box',
  'pack',
  'set',
  'lembar',
  'batang',
] as const;
export type ConsumableUnit = (typeof CONSUMABLE_UNITS)[number];

/** Received adds, used takes away, adjusted corrects either way (with a reason). */
export const MOVEMENT_KINDS = ['received', 'used', 'adjusted'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * Quantities are kept in thousandths of their unit as integers, so 2.5 kg of electrodes or
 * 0.75 m of cable add up exactly; this many thousandths make one unit.
 */
export const MILLI = 1000;

/** Default asset tag pattern: category code and a per-category number, e.g. LAS-0012. */
export const DEFAULT_ASSET_TAG_PATTERN = '{category}-{seq:4}';

/** Checked-out equipment due within this many days shows on the due-soon list. */
export const LOAN_DUE_SOON_DAYS = 3;

/**
 * Book value by straight-line depreciation to zero over the category's useful life, counted in
 * whole months from the acquisition date to `onDate` (both ISO dates). Integer rupiah, rounded
 * down, never below zero; an asset acquired after `onDate` is at full value.
 */
export function bookValue(value: number, acquiredOn: string, usefulLifeYears: number, onDate: string): number {
  const [fromYear = 0, fromMonth = 1, fromDay = 1] = acquiredOn.split('-').map(Number);
  const [toYear = 0, toMonth = 1, toDay = 1] = onDate.split('-').map(Number);
  let months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  if (toDay < fromDay) months -= 1;
  const lifeMonths = usefulLifeYears * 12;
  if (months <= 0) return value;
  if (months >= lifeMonths) return 0;
  return Math.floor((value * (lifeMonths - months)) / lifeMonths);
}

/**
 * A tag from the pattern: `{category}` is the category code, `{year}` the acquisition year and
 * `{seq:N}` the next number, zero-padded to N digits (never cut).
 */
export function formatAssetTag(pattern: string, values: { category: string; year: number; seq: number }): string {
  return pattern.replace(/\{(seq:([1-6])|year|category)\}/g, (_whole, token: string, digits: string | undefined) => {
    if (digits !== undefined) return String(values.seq).padStart(Number(digits), '0');
    return token === 'year' ? String(values.year) : values.category;
  });
}

/** A valid tag pattern holds one `{seq:N}` and only the known tokens. */
export const ASSET_TAG_PATTERN = /^(?=.*\{seq:[1-6]\})(?:[A-Za-z0-9./_-]|\{(?:seq:[1-6]|year|category)\})+$/;

/** Tags as printed and scanned: letters, digits and . / _ - (no spaces, so a scanner's Enter ends one). */
export const ASSET_TAG = /^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$/;
