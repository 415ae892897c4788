/**
 * What a report is to the export job: its sheets' headings and title blocks, the keys of its body
 * rows in order (so the job can fetch them a chunk at a time without OFFSET rescans), and the
 * lines and sheets that follow the body (totals and summaries, computed in code, never formulas).
 */
import type { Kysely } from 'kysely';
import type { ReportKind } from '@shared/contract/reports';
import type { Database } from '../../db/schema';
import type { CellValue, Column, SheetHead } from './xlsx';

export interface SheetPlan {
  name: string;
  head: SheetHead;
  columns: readonly Column[];
}

export interface SmallSheet extends SheetPlan {
  rows: readonly CellValue[][];
  /** Rows printed bold at the end (a total). */
  totals: readonly CellValue[][];
}

export interface ReportPlan {
  report: ReportKind;
  defaultFileName: string;
  body: SheetPlan;
  /** The body rows' keys in the order they are written. */
  keys: readonly number[];
  /** The body rows for these keys, in the same order; `firstNumber` is the "No" of the first. */
  rows(db: Kysely<Database>, keys: readonly number[], firstNumber: number): Promise<CellValue[][]>;
  /** Bold rows after the body (a total row). */
  totals: readonly CellValue[][];
  /** Sheets written after the body sheet (the follow-ups summary). */
  after: readonly SmallSheet[];
}

/** The facts every title block needs. */
export interface ReportMeta {
  blkName: string;
  today: string;
}
