import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Loan } from '../../src/shared/contract';
import { CheckOutForm } from '../../src/renderer/src/features/equipment/CheckOutForm';
import { addDays, checkOutCandidate, emptyCheckOut } from '../../src/renderer/src/features/equipment/checkOutValues';
import { asset, fail, ok, renderEquipment } from './equipment-setup';

const WELDER = asset(1, 'LAS-0001', 'Mesin las SMAW');
const GRINDER = asset(2, 'LAS-0002', 'Gerinda tangan', { status: 'checked_out' });
const HELMET = asset(3, 'LAS-0003', 'Topeng las', { condition: 'minor_damage' });
const BY_TAG = new Map([WELDER, GRINDER, HELMET].map((row) => [row.tag.toLowerCase(), row]));

const LOAN: Loan = {
  id: 7,
  borrowerKind: 'instructor',
  borrower: 'Budi Santoso',
  responsibleName: 'Budi Santoso',
  checkedOutOn: '2026-11-23',
  dueOn: '2026-11-30',
  itemCount: 2,
  openCount: 2,
  daysOverdue: 0,
  instructorId: 4,
  classId: null,
  mtuSiteId: null,
  purpose: '',
  operatorName: 'Desk',
  items: [],
};

async function fakeMain(method: string, input: unknown) {
  switch (method) {
    case 'instructors.list':
      return ok([{ id: 4, fullName: 'Budi Santoso', active: true }]);
    case 'classes.list':
    case 'mtuSites.list':
      return ok([]);
    case 'assets.byTag': {
      const tag = (input as { tag: string }).tag;
      const row = BY_TAG.get(tag.toLowerCase());
      return row ? ok(row) : fail('ASSET_TAG_UNKNOWN', { tag });
    }
    case 'loans.checkOut':
      return ok(LOAN);
    default:
      return fail('INTERNAL');
  }
}

const scanField = () => screen.getByRole('textbox', { name: /Pindai atau ketik kode label/ }) as HTMLInputElement;
/** A Mantine Select's input by its label (the segmented control's radio of the same name is skipped). */
const select = (label: RegExp) =>
  screen
    .getAllByLabelText(label)
    .find((element) => element.getAttribute('aria-haspopup') === 'listbox') as HTMLInputElement;
const listed = () => screen.queryAllByTestId('scanned-asset').map((row) => row.textContent ?? '');

async function scan(tag: string) {
  const input = scanField();
  fireEvent.change(input, { target: { value: tag } });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter' });
  });
}

describe('the check-out form', () => {
  it('starts in the scan field and adds scanned assets, refusing unavailable, unknown and repeated ones', async () => {
    renderEquipment(<CheckOutForm onDone={vi.fn()} onCancel={vi.fn()} />, fakeMain);
    expect(document.activeElement).toBe(scanField());
    expect(screen.getByTestId('scanned-empty').textContent).toContain('Pindai label');

    await scan('las-0001');
    await waitFor(() => expect(listed()).toHaveLength(1));
    expect(listed()[0]).toContain('LAS-0001');
    expect(listed()[0]).toContain('Baik');

    await scan('LAS-0002');
    await waitFor(() => expect(screen.getByText('Aset LAS-0002 tidak dapat dipinjam: Dipinjam.')).toBeTruthy());
    expect(listed()).toHaveLength(1);
    // The refusal is the scan field's own error, read out with it.
    expect(scanField().getAttribute('aria-invalid')).toBe('true');

    await scan('XYZ-9');
    await waitFor(() => expect(screen.getByText('Tidak ada aset dengan kode label XYZ-9.')).toBeTruthy());

    await scan('LAS-0001');
    await waitFor(() => expect(screen.getByText('Aset LAS-0001 sudah ada di daftar.')).toBeTruthy());
    expect(listed()).toHaveLength(1);

    await scan('bad tag');
    await waitFor(() => expect(screen.getByText(/Kode label: huruf, angka/)).toBeTruthy());

    await scan('LAS-0003');
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(listed()[0]).toContain('Rusak Ringan');
    expect(scanField().getAttribute('aria-invalid')).not.toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Keluarkan LAS-0003 dari daftar' }));
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toContain('LAS-0001');
  });

  it('shows what is missing next to its field and sends nothing', async () => {
    const { calls } = renderEquipment(<CheckOutForm onDone={vi.fn()} onCancel={vi.fn()} />, fakeMain);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));
    expect(screen.getByText('Pindai minimal satu aset')).toBeTruthy();
    const instructor = select(/^Instruktur/);
    expect(instructor.getAttribute('aria-invalid')).toBe('true');
    const responsible = screen.getByRole('textbox', { name: /^Penanggung jawab/ });
    expect(responsible.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'loans.checkOut')).toBe(false);
  });

  it('fills the responsible person from the instructor and checks out what was scanned', async () => {
    const onDone = vi.fn();
    const { calls } = renderEquipment(<CheckOutForm onDone={onDone} onCancel={vi.fn()} />, fakeMain);
    await scan('LAS-0001');
    await scan('LAS-0003');
    await waitFor(() => expect(listed()).toHaveLength(2));

    const instructor = select(/^Instruktur/);
    await waitFor(() => expect(calls.some((call) => call.method === 'instructors.list')).toBe(true));
    fireEvent.click(instructor);
    fireEvent.click(await screen.findByRole('option', { name: 'Budi Santoso', hidden: true }));
    const responsible = screen.getByRole('textbox', { name: /^Penanggung jawab/ }) as HTMLInputElement;
    await waitFor(() => expect(responsible.value).toBe('Budi Santoso'));

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(LOAN));
    const sent = calls.find((call) => call.method === 'loans.checkOut')?.input as Record<string, unknown>;
    expect(sent['assetIds']).toEqual([3, 1]);
    expect(sent['instructorId']).toBe(4);
    expect(sent['responsibleName']).toBe('Budi Santoso');
    expect(sent['dueOn']).toBe(addDays(sent['checkedOutOn'] as string, 7));
  });
});

describe('check-out values', () => {
  it('defaults the due date a week ahead and sends only the borrower the kind names', () => {
    const values = emptyCheckOut('2026-11-23');
    expect(values.checkedOutOn).toBe('23/11/2026');
    expect(values.dueOn).toBe('30/11/2026');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    const candidate = checkOutCandidate(
      { ...values, borrowerKind: 'mtu', instructorId: '4', classId: '9', mtuSiteId: '3' },
      [{ id: 1 }],
    );
    expect(candidate).toMatchObject({
      instructorId: null,
      classId: 9,
      mtuSiteId: 3,
      dueOn: '2026-11-30',
      assetIds: [1],
    });
  });
});
