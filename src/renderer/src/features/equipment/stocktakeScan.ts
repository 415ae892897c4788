import type { Stocktake, StocktakeItem } from '@shared/contract';
import { ASSET_TAG, type AssetStatus } from '@shared/equipment';
import { isApiError } from '../../lib/api';

/** Why a find was not expected on this shelf: a status it had, or the workshop it was listed in. */
export type UnexpectedReason = { kind: 'status'; status: AssetStatus } | { kind: 'otherRoom'; room: string };

/** What the counting screen says after a scan, loud enough to hear across the workshop. */
export type ScanFeedback =
  | { kind: 'found'; item: StocktakeItem }
  | { kind: 'already'; item: StocktakeItem }
  | { kind: 'unexpected'; item: StocktakeItem; reasons: UnexpectedReason[] }
  | { kind: 'unknown'; tag: string }
  /** Not a tag at all (a scanner reading the wrong code, a typo with a space). */
  | { kind: 'badTag'; tag: string }
  | { kind: 'error'; tag: string; error: unknown };

export function unexpectedReasons(item: StocktakeItem, roomName: string): UnexpectedReason[] {
  const reasons: UnexpectedReason[] = [];
  if (item.statusBefore !== 'available') reasons.push({ kind: 'status', status: item.statusBefore });
  if (item.roomBefore !== roomName) reasons.push({ kind: 'otherRoom', room: item.roomBefore });
  return reasons;
}

/** The answer of stocktakes.scan as feedback: a second scan of the same tag is never counted twice. */
export function scanFeedback(result: { item: StocktakeItem; alreadyFound: boolean }, roomName: string): ScanFeedback {
  const { item, alreadyFound } = result;
  if (alreadyFound) return { kind: 'already', item };
  if (item.verdict === 'unexpected') return { kind: 'unexpected', item, reasons: unexpectedReasons(item, roomName) };
  return { kind: 'found', item };
}

/** A refused scan: an unknown tag gets its own message; anything else is shown as the error it is. */
export function scanErrorFeedback(tag: string, error: unknown): ScanFeedback {
  if (isApiError(error, 'ASSET_TAG_UNKNOWN')) return { kind: 'unknown', tag };
  if (isApiError(error, 'VALIDATION') && 'tag' in error.fields) return { kind: 'badTag', tag };
  return { kind: 'error', tag, error };
}

/** Checked before the call: what no label can carry is refused without a round trip. */
export function isTag(text: string): boolean {
  return ASSET_TAG.test(text);
}

export interface StocktakeCounts {
  listed: number;
  found: number;
  missing: number;
  unexpected: number;
  /** Listed but lent out, in repair or lost when the count started, and not found. */
  away: number;
}

/** The counters, from the items on screen so they move with every scan before the refetch lands. */
export function countItems(items: readonly StocktakeItem[]): StocktakeCounts {
  const counts: StocktakeCounts = { listed: 0, found: 0, missing: 0, unexpected: 0, away: 0 };
  for (const item of items) {
    if (item.listed) counts.listed += 1;
    counts[item.verdict] += 1;
  }
  return counts;
}

/** What finishing would change, for the confirmation step. */
export function finishPreview(stocktake: Stocktake) {
  const missing = stocktake.items.filter((item) => item.verdict === 'missing');
  const unexpected = stocktake.items.filter((item) => item.verdict === 'unexpected');
  return {
    missing,
    unexpected,
    /** Lost ones found again: back to available when missing ones are marked lost. */
    foundLost: unexpected.filter((item) => item.statusBefore === 'lost'),
    /** From another workshop: moved here when the clerk says so. */
    fromElsewhere: unexpected.filter((item) => item.roomBefore !== stocktake.roomName),
  };
}
