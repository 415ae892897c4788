import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Charts, RateRow, Today } from '../../src/shared/contract/dashboard';
import { DashboardPage } from '../../src/renderer/src/features/dashboard/DashboardPage';
import { presetPeriod } from '../../src/renderer/src/features/dashboard/period';
import { ok, renderEquipment } from './equipment-setup';

// Mantine charts measure their box through ResizeObserver, which jsdom lacks (render.tsx stubs it
// when missing; this keeps the test honest should that stub ever go).
if (!('ResizeObserver' in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
}

const NOTHING_TODAY: Today = {
  date: '2026-11-23',
  classesRunning: [],
  sessionsToday: [],
  followUpsDue: 0,
  overdueLoans: { count: 0, rows: [] },
  expiringCertificates: [],
  lowConsumables: [],
};

const rate = <Key extends string>(key: Key, label: string, numerator: number, denominator: number): RateRow<Key> => ({
  key,
  label,
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

function charts(placementRateByProgram: RateRow[]): Charts {
  return {
    period: { from: '2025-12-01', to: '2026-11-23' },
    enrolmentsPerMonth: [{ key: '2026-11', count: 3 }],
    bySex: [
      { key: 'L', count: 2 },
      { key: 'P', count: 1 },
    ],
    byAgeBand: [],
    byEducation: [],
    byDistrict: [],
    graduationRateByProgram: [],
    placementRateByProgram,
    placementRateByFunding: [rate('apbn', 'APBN', 1, 2)],
    placementRateByYear: [],
  };
}

function renderDashboard(today: Today, chartData: Charts) {
  return renderEquipment(<DashboardPage />, async (method) => {
    if (method === 'dashboard.today') return ok(today);
    if (method === 'dashboard.charts') return ok(chartData);
    return ok(null);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the dashboard', () => {
  it('answers the head of BLK with the placement rate and what it is out of', async () => {
    renderDashboard(NOTHING_TODAY, charts([rate('1', 'Operator Komputer', 1, 2), rate('2', 'Pengelasan SMAW', 0, 0)]));
    const headline = await screen.findByTestId('placement-rate');
    expect(headline.textContent).toBe('50% dari 2 alumni terhubung');
  });

  it('says "Belum ada data" when no graduate was reached, never 0 %', async () => {
    renderDashboard(NOTHING_TODAY, charts([rate('2', 'Pengelasan SMAW', 0, 0)]));
    const headline = await screen.findByTestId('placement-rate');
    expect(headline.textContent).toBe('Belum ada data');
    expect(headline.textContent).not.toMatch(/0\s?%/);
  });

  it('shows a rate with nobody in its denominator as "–" in the table view', async () => {
    renderDashboard(NOTHING_TODAY, charts([rate('1', 'Operator Komputer', 1, 2), rate('2', 'Pengelasan SMAW', 0, 0)]));
    const card = await screen.findByRole('region', { name: 'Penempatan per program' });
    fireEvent.click(within(card).getByRole('radio', { name: 'Tabel' }));
    const table = within(card).getByRole('table', { name: 'Penempatan per program' });
    const welding = within(table).getByRole('row', { name: /Pengelasan SMAW/ });
    expect(
      within(welding)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['–', '0', '0']);
    const computing = within(table).getByRole('row', { name: /Operator Komputer/ });
    expect(
      within(computing)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['50%', '1', '2']);
  });

  it('says plainly when there is nothing to do today, and lists what there is', async () => {
    renderDashboard(
      {
        ...NOTHING_TODAY,
        followUpsDue: 4,
        lowConsumables: [{ id: 1, name: 'Kawat las RB 2,6 mm', unit: 'kg', stock: 1.5, lowStock: 5 }],
      },
      charts([]),
    );
    expect(await screen.findByText('Tidak ada sesi hari ini')).toBeTruthy();
    expect(screen.getByText('Tidak ada peminjaman yang terlambat')).toBeTruthy();
    expect(screen.getByText('4 alumni perlu ditelusuri')).toBeTruthy();
    expect(screen.getByText('Kawat las RB 2,6 mm')).toBeTruthy();
    expect(screen.getByText('sisa 1,5 kg · batas 5 kg')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Buka Penelusuran Alumni/ }).getAttribute('href')).toBe('/follow-ups');
  });
});

describe('the period presets', () => {
  it('count from the BLK’s today', () => {
    expect(presetPeriod('thisYear', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', '2026-11-23')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    // Twelve whole months, the current one included.
    expect(presetPeriod('last12Months', '2026-11-23')).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(presetPeriod('all', '2026-11-23')).toEqual({ from: '2000-01-01', to: '2026-12-31' });
  });
});
