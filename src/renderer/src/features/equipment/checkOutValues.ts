import type { AssetRow } from '@shared/contract';
import type { BorrowerKind } from '@shared/equipment';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';

/** A loan runs a week unless the clerk types another due date. */
export const DEFAULT_LOAN_DAYS = 7;

export interface CheckOutValues extends Record<string, unknown> {
  borrowerKind: BorrowerKind;
  instructorId: string | null;
  classId: string | null;
  mtuSiteId: string | null;
  responsibleName: string;
  purpose: string;
  checkedOutOn: string;
  dueOn: string;
}

/** ISO date plus whole days, in calendar terms (no clock, no zone). */
export function addDays(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

export function emptyCheckOut(today = todayIso()): CheckOutValues {
  return {
    borrowerKind: 'instructor',
    instructorId: null,
    classId: null,
    mtuSiteId: null,
    responsibleName: '',
    purpose: '',
    checkedOutOn: toTypedDate(today),
    dueOn: toTypedDate(addDays(today, DEFAULT_LOAN_DAYS)),
  };
}

const idOrNull = (value: string | null) => (value === null ? null : Number(value));

/**
 * A candidate for checkOutInput: only the borrower the kind names is sent (a class may go with an
 * MTU trip); what cannot be read stays as typed so the schema names it.
 */
export function checkOutCandidate(values: CheckOutValues, assets: readonly Pick<AssetRow, 'id'>[]) {
  return {
    borrowerKind: values.borrowerKind,
    instructorId: values.borrowerKind === 'instructor' ? idOrNull(values.instructorId) : null,
    classId: values.borrowerKind === 'instructor' ? null : idOrNull(values.classId),
    mtuSiteId: values.borrowerKind === 'mtu' ? idOrNull(values.mtuSiteId) : null,
    responsibleName: values.responsibleName,
    purpose: values.purpose,
    checkedOutOn: parseTypedDate(values.checkedOutOn) ?? values.checkedOutOn,
    dueOn: parseTypedDate(values.dueOn) ?? values.dueOn,
    assetIds: assets.map((asset) => asset.id),
  };
}

/** Why a scanned asset cannot join the list, or null when it can. */
export function refusal(row: AssetRow, listed: readonly Pick<AssetRow, 'id'>[]): 'duplicate' | 'not_available' | null {
  if (listed.some((asset) => asset.id === row.id)) return 'duplicate';
  if (row.status !== 'available') return 'not_available';
  return null;
}
