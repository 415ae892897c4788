import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportFile, ImportPreview } from '../../src/shared/contract/imports';
import { ImportPage } from '../../src/renderer/src/features/imports/ImportPage';
import { fail, ok, renderEquipment, type Invoke } from './equipment-setup';

const FILE: ImportFile = {
  importId: 'abc',
  fileName: 'peserta-desa.csv',
  format: 'csv',
  headers: ['No', 'NIK', 'Nama Lengkap', 'Tempat Lahir', 'Tgl Lahir', 'L/P', 'No. HP/WA', 'Pendidikan', 'Pekerjaan'],
  rowCount: 8,
  sample: [['1', '6401054501990001', 'Siti', 'Paser', '05/01/1999', 'P', '0812 3456 7001', 'SLTA', 'Belum bekerja']],
  suggestedMapping: {
    nik: 1,
    fullName: 2,
    birthPlace: 3,
    birthDate: 4,
    sex: 5,
    phone: 6,
    education: 7,
    activity: 8,
  },
};

const PREVIEW: ImportPreview = {
  counts: { new: 6, update: 0, unchanged: 0, exists: 0, invalid: 2 },
  rows: [
    {
      rowNumber: 3,
      status: 'invalid',
      nik: '640105120301',
      fullName: 'Budi',
      errors: { nik: 'nik_format' },
      errorCells: { nik: '640105120301' },
      changes: [],
      existingId: null,
    },
    {
      rowNumber: 5,
      status: 'invalid',
      nik: '6401051203010005',
      fullName: 'Rina',
      errors: { birthDate: 'date' },
      errorCells: { birthDate: '31/02/2001' },
      changes: [],
      existingId: null,
    },
    {
      rowNumber: 2,
      status: 'new',
      nik: '6401054501990001',
      fullName: 'Siti',
      errors: {},
      errorCells: {},
      changes: [],
      existingId: null,
    },
  ],
};

// mantine-datatable renders a cell only when its media query matches; jsdom's stand-in matches nothing.
const jsdomMatchMedia = window.matchMedia;
beforeAll(() => {
  window.matchMedia = (query: string) => ({ ...jsdomMatchMedia(query), matches: true });
});
afterAll(() => {
  window.matchMedia = jsdomMatchMedia;
});

/** The text of the column Select for a field (Mantine labels its listbox the same way). */
function columnChosenFor(field: string): string | undefined {
  return screen
    .getAllByLabelText(field)
    .find((element): element is HTMLInputElement => element instanceof HTMLInputElement)?.value;
}

function renderPage(invoke: Invoke) {
  return renderEquipment(<ImportPage />, invoke);
}

async function openAndMap() {
  fireEvent.click(screen.getByRole('button', { name: 'Pilih berkas…' }));
  expect(await screen.findByText('peserta-desa.csv')).toBeTruthy();
  expect(screen.getByText('CSV · 8 baris data')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Lanjut: cocokkan kolom' }));
  expect(await screen.findByText('Langkah 2: kolom mana berisi apa?')).toBeTruthy();
}

// The mapping step renders fifteen Mantine Selects: seconds in jsdom on a busy machine.
describe('Impor Peserta', { timeout: 20_000 }, () => {
  it('walks from the file to the preview with the suggested mapping, and imports once on a double click', async () => {
    let release: () => void = () => undefined;
    const { calls } = renderPage(async (method) => {
      if (method === 'imports.open') return ok(FILE);
      if (method === 'imports.preview') return ok(PREVIEW);
      if (method === 'imports.commit') {
        await new Promise<void>((resolve) => (release = resolve));
        return ok({ created: 6, updated: 0, unchanged: 0, skippedExisting: 0, invalid: 2 });
      }
      return ok(null);
    });
    await openAndMap();
    expect(columnChosenFor('Nomor HP')).toBe('Kolom G: No. HP/WA');
    expect(columnChosenFor('Email')).toBe('— Tidak diimpor —');
    expect(screen.getAllByText('0812 3456 7001').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut: periksa data' }));

    expect(await screen.findByText(/^NIK: NIK harus 16 digit angka/)).toBeTruthy();
    expect(screen.getByText('— di berkas: “31/02/2001”')).toBeTruthy();
    expect(screen.getByText(/^Tanggal lahir: Tanggal tidak valid \(HH\/BB\/TTTT\)/)).toBeTruthy();
    expect(screen.getByText('Baru: 6')).toBeTruthy();
    expect(screen.getByText('Ada kesalahan: 2')).toBeTruthy();
    expect(calls.find((call) => call.method === 'imports.preview')?.input).toEqual({
      importId: 'abc',
      mapping: FILE.suggestedMapping,
      merge: false,
    });

    const importButton = screen.getByRole('button', { name: 'Impor sekarang (6 baris)' });
    fireEvent.click(importButton);
    fireEvent.click(importButton);
    await waitFor(() => expect(calls.filter((call) => call.method === 'imports.commit')).toHaveLength(1));
    fireEvent.click(importButton);
    await act(async () => release());
    expect(await screen.findByText('Peserta baru: 6')).toBeTruthy();
    expect(screen.getByText('Tidak diimpor karena ada kesalahan: 2')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'imports.commit')).toHaveLength(1);
  });

  it('translates a refused file, and shows a mapping problem next to its field', async () => {
    let refuse = true;
    renderPage(async (method) => {
      if (method === 'imports.open') return refuse ? fail('FILE_NOT_SPREADSHEET') : ok(FILE);
      if (method === 'imports.preview') return fail('VALIDATION', {}, { 'mapping.phone': 'mapping_required' });
      return ok(null);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pilih berkas…' }));
    expect(
      await screen.findByText(
        'Berkas ini bukan CSV atau Excel (.xlsx). Simpan ulang dari Excel sebagai CSV atau .xlsx.',
      ),
    ).toBeTruthy();
    refuse = false;
    await openAndMap();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut: periksa data' }));
    await waitFor(() => expect(screen.getByText('Pilih kolom untuk isian ini')).toBeTruthy());
  });
});
