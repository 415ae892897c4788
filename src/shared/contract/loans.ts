import { z } from 'zod';
import { ASSET_CONDITIONS, type AssetCondition, BORROWER_KINDS, type BorrowerKind } from '../equipment';
import { EVERYONE, method, STAFF } from './define';
import { id, isoDate, optionalText, type Page, pageInput, requiredText, rupiah } from './common';
import type { WrittenFile } from './enrolments';

/** Workshop equipment going out and coming back (peminjaman), and its repairs (pemeliharaan). */
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

export const loansContract = {
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
};
