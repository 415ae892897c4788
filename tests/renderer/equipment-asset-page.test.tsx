import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Asset, AssetEvent } from '../../src/shared/contract';
import type { Role } from '../../src/shared/domain';
import { shownChanges } from '../../src/renderer/src/features/equipment/AssetHistory';
import { AssetPage } from '../../src/renderer/src/features/equipment/AssetPage';
import { asset, fail, ok, renderEquipment } from './equipment-setup';

const ASSET: Asset = {
  ...asset(5, 'LAS-0005', 'Mesin las MIG', { valueRupiah: 12_500_000, bookValueRupiah: 7_291_666 }),
  serialNumber: 'SN-1234',
  size: '',
  material: '',
  grantReference: 'BAST/12/2024',
  notes: '',
  statusReason: '',
  usefulLifeYears: 5,
  photoDataUrl: null,
  openLoan: null,
  openRepair: null,
};

const HISTORY: AssetEvent[] = [
  {
    at: '2026-11-20T02:00:00.000Z',
    operatorName: 'Siti',
    action: 'loans.checkIn',
    changes: { status: ['checked_out', 'available'], condition: ['good', 'minor_damage'], loanId: [null, 7] },
    note: 'Budi Santoso: kabel retak',
  },
];

function show(role: Role, value: Asset = ASSET) {
  return renderEquipment(
    <AssetPage />,
    async (method) => {
      if (method === 'assets.get') return ok(value);
      if (method === 'assets.history') return ok(HISTORY);
      if (method === 'loans.list') return ok({ rows: [], total: 0, capped: false });
      if (method === 'maintenance.list' || method === 'rooms.list') return ok([]);
      if (method === 'equipmentCategories.list') return ok([]);
      return fail('INTERNAL');
    },
    { role, path: '/equipment/assets/5', pattern: '/equipment/assets/:id' },
  );
}

describe('the asset page', () => {
  it('shows the facts in rupiah and written-out dates, and the history in words', async () => {
    show('front_desk');
    await screen.findByRole('heading', { name: 'Mesin las MIG' });
    for (const text of ['Rp 12.500.000', 'Rp 7.291.666', '1 Maret 2024', '5 tahun', 'BAST/12/2024', 'Hibah Kemnaker']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    await waitFor(() => expect(screen.getByText('Dikembalikan')).toBeTruthy());
    expect(screen.getByText('Budi Santoso: kabel retak')).toBeTruthy();
    expect(screen.getByText('Kondisi: Baik → Rusak Ringan')).toBeTruthy();
    expect(screen.queryByText(/loanId/)).toBeNull();
  });

  it('gives the front desk lending and maintenance, but no write-off', async () => {
    show('front_desk');
    await screen.findByRole('heading', { name: 'Mesin las MIG' });
    expect(screen.getByRole('button', { name: 'Pinjamkan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat pemeliharaan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hapuskan' })).toBeNull();
  });

  it('gives the head of BLK (read-only) no write buttons at all', async () => {
    show('head');
    await screen.findByRole('heading', { name: 'Mesin las MIG' });
    for (const name of ['Pinjamkan', 'Catat pemeliharaan', 'Hapuskan', 'Tandai hilang', 'Ubah', 'Pilih foto']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.getByRole('button', { name: 'Cetak label' })).toBeTruthy();
  });

  it('offers to finish a repair instead of lending an asset in repair', async () => {
    show('admin', {
      ...ASSET,
      status: 'in_repair',
      openRepair: { maintenanceId: 3, reportedOn: '2026-11-18', problem: 'Kabel massa putus' },
    });
    await screen.findByRole('heading', { name: 'Mesin las MIG' });
    expect(screen.getByRole('button', { name: 'Selesai perbaikan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pinjamkan' })).toBeNull();
    expect(screen.getByText('Sejak 18 November 2026: Kabel massa putus')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapuskan' })).toBeTruthy();
  });
});

describe('history lines', () => {
  it('leave out internal links and the field dump of a creation', () => {
    expect(shownChanges(HISTORY[0] as AssetEvent).map(([field]) => field)).toEqual(['status', 'condition']);
    expect(shownChanges({ ...(HISTORY[0] as AssetEvent), action: 'assets.create' })).toEqual([]);
  });
});
