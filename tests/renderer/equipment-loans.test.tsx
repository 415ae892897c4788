import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Loan } from '../../src/shared/contract';
import { CheckInModal, checkInCandidate, openRows } from '../../src/renderer/src/features/equipment/CheckInModal';
import { LoanStateBadge } from '../../src/renderer/src/features/equipment/LoansTable';
import { fail, ok, renderEquipment } from './equipment-setup';

const LOAN: Loan = {
  id: 7,
  borrowerKind: 'mtu',
  borrower: 'Balai Desa Long Ikis (Menjahit Angkatan 2)',
  responsibleName: 'Siti Aminah',
  checkedOutOn: '2026-11-10',
  dueOn: '2026-11-17',
  itemCount: 3,
  openCount: 2,
  daysOverdue: 6,
  instructorId: null,
  classId: 3,
  mtuSiteId: 2,
  purpose: 'Pelatihan menjahit keliling',
  operatorName: 'Desk',
  items: [
    {
      assetId: 1,
      tag: 'JHT-0001',
      name: 'Mesin jahit',
      conditionOut: 'good',
      returnedOn: null,
      conditionIn: null,
      damageNote: '',
    },
    {
      assetId: 2,
      tag: 'JHT-0002',
      name: 'Mesin obras',
      conditionOut: 'minor_damage',
      returnedOn: null,
      conditionIn: null,
      damageNote: '',
    },
    {
      assetId: 3,
      tag: 'JHT-0003',
      name: 'Gunting kain',
      conditionOut: 'good',
      returnedOn: '2026-11-15',
      conditionIn: 'good',
      damageNote: '',
    },
  ],
};

describe('check-in values', () => {
  it('lists only what is still out, ticked, in the condition it went out in', () => {
    const rows = openRows(LOAN);
    expect(rows.map((row) => [row.tag, row.returned, row.condition])).toEqual([
      ['JHT-0001', true, 'good'],
      ['JHT-0002', true, 'minor_damage'],
    ]);
  });

  it('sends the ticked rows and puts item errors back on their rows', () => {
    const rows = openRows(LOAN).map((row, index) => (index === 0 ? { ...row, returned: false } : row));
    const { candidate, toRows } = checkInCandidate(7, { returnedOn: '23/11/2026', rows });
    expect(candidate).toEqual({
      loanId: 7,
      returnedOn: '2026-11-23',
      items: [{ assetId: 2, condition: 'minor_damage', damageNote: '' }],
    });
    expect(toRows({ 'items.0.damageNote': 'too_long', items: 'required' })).toEqual({
      'rows.1.damageNote': 'too_long',
      rows: 'check_in_none',
    });
  });
});

describe('the check-in modal', () => {
  it('returns the ticked assets with their condition and note, then offers the return receipt', async () => {
    const { calls } = renderEquipment(<CheckInModal loan={LOAN} opened onClose={vi.fn()} />, async (method, input) => {
      if (method === 'loans.checkIn') return ok({ ...LOAN, openCount: 1 });
      if (method === 'loans.printReceipt') return ok(null);
      return fail('INTERNAL', { input: JSON.stringify(input) });
    });
    const rows = await screen.findAllByTestId('check-in-row');
    expect(rows).toHaveLength(2);
    // The first row's box unticked: JHT-0001 stays out.
    fireEvent.click(within(rows[0] as HTMLElement).getByRole('checkbox'));
    fireEvent.change(screen.getByLabelText('Catatan kerusakan JHT-0002'), { target: { value: 'Pisau obras tumpul' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));
    await waitFor(() => expect(screen.getByText('1 aset masih dipinjam.')).toBeTruthy());
    const sent = calls.find((call) => call.method === 'loans.checkIn')?.input as Record<string, unknown>;
    expect(sent['items']).toEqual([{ assetId: 2, condition: 'minor_damage', damageNote: 'Pisau obras tumpul' }]);
    fireEvent.click(screen.getByRole('button', { name: /Cetak berita acara pengembalian/ }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'loans.printReceipt')?.input).toEqual({ id: 7, kind: 'return' }),
    );
  });

  it('refuses to send nothing', async () => {
    const { calls } = renderEquipment(<CheckInModal loan={LOAN} opened onClose={vi.fn()} />, async () =>
      fail('INTERNAL'),
    );
    for (const row of await screen.findAllByTestId('check-in-row')) {
      fireEvent.click(within(row).getByRole('checkbox'));
    }
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));
    expect(screen.getByText('Centang minimal satu aset yang dikembalikan.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'loans.checkIn')).toBe(false);
  });
});

describe('the loan state badge', () => {
  it('says how many days a loan is late, in red; open or returned otherwise', () => {
    renderEquipment(
      <>
        <LoanStateBadge loan={{ openCount: 2, daysOverdue: 6 }} />
        <LoanStateBadge loan={{ openCount: 1, daysOverdue: 0 }} />
        <LoanStateBadge loan={{ openCount: 0, daysOverdue: 0 }} />
      </>,
      async () => fail('INTERNAL'),
    );
    const late = screen.getByText('Terlambat 6 hari');
    expect(late.closest('.mantine-Badge-root')?.getAttribute('style') ?? '').toContain('red');
    expect(screen.getByText('Dipinjam')).toBeTruthy();
    expect(screen.getByText('Dikembalikan')).toBeTruthy();
  });
});
