/** The competency-unit rows of the programme form, as plain data: sum, add, remove, move. */

/** NumberInput gives '' for an empty box. */
export interface UnitRow {
  /** A stable React key; never sent. */
  key: string;
  code: string;
  title: string;
  jp: number | string;
}

let nextKey = 0;
export function newUnitRow(): UnitRow {
  nextKey += 1;
  return { key: `unit-${nextKey}`, code: '', title: '', jp: '' };
}

const jpOf = (row: UnitRow): number => {
  const jp = Number(row.jp);
  return row.jp === '' || !Number.isFinite(jp) ? 0 : jp;
};

/** The JP the rows add up to; empty boxes count as nothing. */
export function sumJp(rows: readonly UnitRow[]): number {
  return rows.reduce((total, row) => total + jpOf(row), 0);
}

/** A row left completely empty (the last one after Enter, typically) is not a unit. */
export function isBlankRow(row: UnitRow): boolean {
  return row.code.trim() === '' && row.title.trim() === '' && row.jp === '';
}

export function filledRows(rows: readonly UnitRow[]): UnitRow[] {
  return rows.filter((row) => !isBlankRow(row));
}

/** Adds an empty row after `after` (at the end by default); returns the rows and the new row's index. */
export function addUnit(rows: readonly UnitRow[], after = rows.length - 1): { rows: UnitRow[]; index: number } {
  const index = Math.min(Math.max(after + 1, 0), rows.length);
  return { rows: [...rows.slice(0, index), newUnitRow(), ...rows.slice(index)], index };
}

export function removeUnit(rows: readonly UnitRow[], index: number): UnitRow[] {
  return rows.filter((_, at) => at !== index);
}

/** Moves a row one place up (-1) or down (+1); unchanged at either end. */
export function moveUnit(rows: readonly UnitRow[], index: number, by: -1 | 1): UnitRow[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

/** True when units exist and the typed total is another number than their sum. */
export function jpMismatch(rows: readonly UnitRow[], typed: number | string): boolean {
  const units = filledRows(rows);
  return units.length > 0 && typed !== '' && Number(typed) !== sumJp(units);
}
