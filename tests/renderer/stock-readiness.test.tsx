import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClassReadiness, ClassUsage, ReadinessLine } from '../../src/shared/contract';
import { ReadinessTab } from '../../src/renderer/src/features/equipment/ReadinessTab';
import { fail, ok, renderEquipment } from './equipment-setup';

const line = (categoryId: number, categoryName: string, extra: Partial<ReadinessLine>): ReadinessLine => ({
  categoryId,
  categoryName,
  needed: 8,
  usable: 8,
  lentElsewhere: 0,
  inRepair: 0,
  damaged: 0,
  short: 0,
  ...extra,
});

const KLASS = { id: 7, programName: 'Las SMAW' };

const readiness = (extra: Partial<ClassReadiness>): ClassReadiness => ({
  classId: 7,
  startDate: '2026-11-23',
  endDate: '2026-12-23',
  ready: true,
  hasNeeds: true,
  lines: [line(1, 'Mesin las', {})],
  ...extra,
});

function renderTab(answer: ClassReadiness, usage: ClassUsage[] = [], role: 'admin' | 'front_desk' = 'front_desk') {
  const calls: string[] = [];
  renderEquipment(
    <ReadinessTab klass={KLASS} />,
    async (method) => {
      calls.push(method);
      if (method === 'programEquipment.readiness') return ok(answer);
      if (method === 'consumables.usageByClass') return ok(usage);
      return fail('INTERNAL');
    },
    { role },
  );
  return calls;
}

const verdict = () => screen.getByTestId('readiness-verdict');

describe('the equipment tab of a class', () => {
  it('says ready in green when every category has enough', async () => {
    renderTab(readiness({}));
    await waitFor(() => expect(verdict().dataset['state']).toBe('ready'));
    expect(verdict().textContent).toContain('Peralatan siap untuk 23 November 2026 – 23 Desember 2026');
    expect(screen.getByText('Cukup')).toBeTruthy();
  });

  it('says short per category, with usable vs needed and why the rest are unavailable', async () => {
    renderTab(
      readiness({
        ready: false,
        lines: [
          line(1, 'Mesin las', { needed: 8, usable: 5, lentElsewhere: 2, inRepair: 1, damaged: 3, short: 3 }),
          line(2, 'Gerinda tangan', { needed: 4, usable: 6, damaged: 1 }),
        ],
      }),
    );
    await waitFor(() => expect(verdict().dataset['state']).toBe('short'));
    expect(verdict().textContent).toContain('kurang di 1 kategori');
    const rows = screen.getByTestId('readiness-lines').querySelectorAll('tbody tr');
    const [welders, grinders] = [...rows] as [HTMLElement, HTMLElement];
    expect(welders.dataset['short']).toBe('yes');
    expect(welders.textContent).toContain('Kurang 3');
    expect(welders.textContent).toContain('2 dipinjam pihak lain · 1 sedang diperbaiki · 3 rusak');
    expect(welders.textContent).toMatch(/Mesin las85/);
    expect(grinders.dataset['short']).toBe('no');
    expect(grinders.textContent).toContain('Cukup');
    expect(grinders.textContent).toContain('1 rusak');
  });

  it('tells what to do when the programme lists no equipment', async () => {
    renderTab(readiness({ hasNeeds: false, ready: true, lines: [] }), [], 'admin');
    await waitFor(() => expect(verdict().dataset['state']).toBe('none'));
    expect(verdict().textContent).toContain('Program Las SMAW belum mencantumkan kebutuhan peralatan');
    expect(screen.getByRole('link', { name: /Isi kebutuhan peralatan/ })).toBeTruthy();
    expect(screen.queryByTestId('readiness-lines')).toBeNull();
  });

  it('lists the consumables the class used, in their units with Indonesian decimals', async () => {
    renderTab(readiness({}), [
      { consumableId: 1, name: 'Kawat las RB 2,6 mm', unit: 'kg', quantity: 2.5 },
      { consumableId: 2, name: 'Kabel NYM', unit: 'meter', quantity: 0.1 + 0.2 },
    ]);
    const table = await screen.findByTestId('usage-lines');
    expect(table.textContent).toContain('2,5 kg');
    expect(table.textContent).toContain('0,3 meter');
    expect(table.textContent).not.toContain('0000');
  });

  it('says how to record usage when there is none', async () => {
    renderTab(readiness({}), []);
    const empty = await screen.findByTestId('usage-empty');
    expect(empty.textContent).toContain('Belum ada pemakaian bahan');
  });
});
