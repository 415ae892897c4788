import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { programFields } from '../../src/shared/contract';
import { useAppForm } from '../../src/renderer/src/lib/forms';
import {
  emptyProgram,
  programCandidate,
  type ProgramValues,
} from '../../src/renderer/src/features/programs/programValues';
import { UnitsEditor } from '../../src/renderer/src/features/programs/UnitsEditor';
import {
  addUnit,
  filledRows,
  jpMismatch,
  moveUnit,
  newUnitRow,
  removeUnit,
  sumJp,
  type UnitRow,
} from '../../src/renderer/src/features/programs/units';
import { renderUi } from './render';

const row = (code: string, jp: number | string, title = `Unit ${code}`): UnitRow => ({
  ...newUnitRow(),
  code: `J.620100.00${code}.01`,
  title,
  jp,
});
const letter = (r: UnitRow) => r.title.slice(-1);

describe('units logic', () => {
  const rows = [row('A', 30), row('B', 40), row('C', 26)];

  it('sums JP, counting empty boxes as nothing', () => {
    expect(sumJp(rows)).toBe(96);
    expect(sumJp([...rows, row('D', '')])).toBe(96);
    expect(sumJp([])).toBe(0);
  });

  it('adds an empty row after a given one, or at the end', () => {
    const atEnd = addUnit(rows);
    expect(atEnd.index).toBe(3);
    expect(atEnd.rows.map((r) => (r.code ? letter(r) : ''))).toEqual(['A', 'B', 'C', '']);
    const afterFirst = addUnit(rows, 0);
    expect(afterFirst.index).toBe(1);
    expect(afterFirst.rows.map((r) => (r.code ? letter(r) : ''))).toEqual(['A', '', 'B', 'C']);
    expect(new Set(atEnd.rows.map((r) => r.key)).size).toBe(4);
  });

  it('removes a row', () => {
    expect(removeUnit(rows, 1).map((r) => (r.code ? letter(r) : ''))).toEqual(['A', 'C']);
  });

  it('moves a row up and down, and not past either end', () => {
    expect(moveUnit(rows, 2, -1).map((r) => (r.code ? letter(r) : ''))).toEqual(['A', 'C', 'B']);
    expect(moveUnit(rows, 0, 1).map((r) => (r.code ? letter(r) : ''))).toEqual(['B', 'A', 'C']);
    expect(moveUnit(rows, 0, -1).map((r) => (r.code ? letter(r) : ''))).toEqual(['A', 'B', 'C']);
    expect(moveUnit(rows, 2, 1).map((r) => (r.code ? letter(r) : ''))).toEqual(['A', 'B', 'C']);
  });

  it('ignores blank rows and flags a typed total that differs from the units', () => {
    const withBlank = [...rows, newUnitRow()];
    expect(filledRows(withBlank)).toHaveLength(3);
    expect(jpMismatch(withBlank, 96)).toBe(false);
    expect(jpMismatch(withBlank, 100)).toBe(true);
    expect(jpMismatch([newUnitRow()], 100)).toBe(false);
  });

  it('sends units without their keys and drops the trailing blank row', () => {
    const values: ProgramValues = {
      ...emptyProgram(),
      code: 'opk',
      name: 'Operator Komputer',
      trade: 'TI',
      totalJp: 96,
      units: [...rows, newUnitRow()],
    };
    const parsed = programFields.safeParse(programCandidate(values));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.units).toEqual([
      { code: 'J.620100.00A.01', title: 'Unit A', jp: 30 },
      { code: 'J.620100.00B.01', title: 'Unit B', jp: 40 },
      { code: 'J.620100.00C.01', title: 'Unit C', jp: 26 },
    ]);
    expect(parsed.data).toMatchObject({ minAttendancePct: 80, jpMinutes: 45 });
    const wrong = programFields.safeParse(programCandidate({ ...values, totalJp: 100 }));
    expect(wrong.error?.issues.map((issue) => issue.message)).toContain('jp_mismatch');
  });
});

function Editor() {
  const form = useAppForm<ProgramValues>({ initialValues: emptyProgram() });
  return (
    <>
      <UnitsEditor form={form} />
      <output data-testid="total">{String(form.getValues().totalJp)}</output>
    </>
  );
}

describe('UnitsEditor', () => {
  it('fills the total from the JP boxes and opens a new row on Enter in the last JP box', () => {
    renderUi(<Editor />);
    fireEvent.change(screen.getByLabelText('Kode unit 1'), { target: { value: 'J.620100.001.01' } });
    fireEvent.change(screen.getByLabelText('JP unit 1'), { target: { value: '30' } });
    expect(screen.getByTestId('total').textContent).toBe('30');
    fireEvent.keyDown(screen.getByLabelText('JP unit 1'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('Kode unit 2'));
    fireEvent.change(screen.getByLabelText('JP unit 2'), { target: { value: '12' } });
    expect(screen.getByTestId('total').textContent).toBe('42');
    expect(screen.getByText('2 unit · 42 JP')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Naikkan unit 2' }));
    expect((screen.getByLabelText('JP unit 1') as HTMLInputElement).value).toBe('12');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus unit 1' }));
    expect(screen.queryByLabelText('Kode unit 2')).toBeNull();
    expect(screen.getByTestId('total').textContent).toBe('30');
  });

  it('"Tambah unit" adds a row and puts the cursor in its code', () => {
    renderUi(<Editor />);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah unit' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Kode unit 2'));
  });
});
