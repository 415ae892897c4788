import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/**
 * Impor Peserta through the screens: a village's list saved by Excel as a semicolon CSV, with
 * two bad rows, imported once, then again (nobody twice), and a picture renamed .csv refused.
 */
test.use({ viewport: { width: 1366, height: 900 } });
test.describe.configure({ timeout: 90_000 });

/** A valid Paser NIK: district 05, the birth date (+40 on the day for women), a serial. */
function paserNik(day: number, month: number, year: number, sex: 'L' | 'P', serial: number): string {
  const nikDay = String(day + (sex === 'P' ? 40 : 0)).padStart(2, '0');
  return `640105${nikDay}${String(month).padStart(2, '0')}${String(year).slice(2)}${String(serial).padStart(4, '0')}`;
}

const NAMES = ['Siti Aminah', 'Budi Santoso', 'Rina Wati', 'Agus', 'Dewi Lestari', 'Joko', 'Nur Hasanah', 'Yusuf'];

/** Eight people as a village office types them; row 4 (file row 4) has a short NIK, row 7 a 31 February. */
function villageList(): string {
  const lines = ['No;NIK;Nama Lengkap;Tempat Lahir;Tgl Lahir;L/P;Alamat;No. HP/WA;Pendidikan Terakhir;Pekerjaan'];
  NAMES.forEach((name, index) => {
    const sex = index % 2 === 0 ? 'P' : 'L';
    const day = index + 3;
    let nik = paserNik(day, 4, 2002, sex, index + 1);
    let birthDate = `${String(day).padStart(2, '0')}/04/2002`;
    if (index === 2) nik = nik.slice(0, 12);
    if (index === 5) birthDate = '31/02/2002';
    lines.push(
      [
        index + 1,
        nik,
        name,
        'Tanah Grogot',
        birthDate,
        sex,
        `Desa Kuaro RT ${index + 1}`,
        `0812-5500-${1000 + index}`,
        'SLTA',
        'Belum bekerja',
      ].join(';'),
    );
  });
  return lines.join('\r\n') + '\r\n';
}

/**
 * Screenshots for a human to look at, with PELITA_SHOTS_DIR set. `fullPage: false` for a page
 * scrolled down: a full-page capture then paints the fixed header over the middle.
 */
async function shot(page: Page, name: string, fullPage = true) {
  const dir = process.env['PELITA_SHOTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** Tabs forward to the button (the page must be usable without a mouse) and presses Enter. */
async function pressByKeyboard(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name });
  for (let presses = 0; presses < 80; presses += 1) {
    if (await button.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`No Tab stop reaches the button ${String(name)}`);
}

async function openAndCheck(page: Page) {
  await page.getByRole('button', { name: /^Pilih berkas/ }).click();
  await expect(page.getByTestId('import-file')).toContainText('peserta-desa-kuaro.csv');
  await expect(page.getByTestId('import-file')).toContainText('CSV · 8 baris data');
  await page.getByRole('button', { name: 'Lanjut: cocokkan kolom' }).click();
  await expect(page.getByRole('heading', { name: 'Langkah 2: kolom mana berisi apa?' })).toBeFocused();
}

test('a semicolon CSV: two bad rows listed, six people imported, the same file again creates nobody', async ({
  page,
  harness,
}) => {
  await setUpBlk(harness);
  const csv = join(harness.dataDir, 'peserta-desa-kuaro.csv');
  writeFileSync(csv, villageList(), 'utf8');
  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Impor Peserta', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impor Peserta' })).toBeVisible();

  harness.chooseNextOpenPath(csv);
  await openAndCheck(page);
  await expect(page.locator('input[aria-label="Nomor HP"]')).toHaveValue('Kolom H: No. HP/WA');
  await shot(page, '1-mapping');
  await page.getByRole('button', { name: 'Lanjut: periksa data' }).click();

  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('Baru: 6');
  await expect(counts).toContainText('Ada kesalahan: 2');
  const badRows = page.getByRole('row').filter({ hasText: 'Ada kesalahan' });
  await expect(badRows).toHaveCount(2);
  await expect(badRows.nth(0)).toContainText('NIK: NIK harus 16 digit angka');
  await expect(badRows.nth(0)).toContainText('Rina Wati');
  await expect(badRows.nth(1)).toContainText('Tanggal lahir: Tanggal tidak valid (HH/BB/TTTT)');
  await expect(badRows.nth(1)).toContainText('di berkas: “31/02/2002”');
  await expect(badRows.nth(1)).toContainText('Joko');
  await shot(page, '2-preview', false);

  await page.getByRole('button', { name: 'Impor sekarang (6 baris)' }).dblclick();
  await expect(page.getByTestId('import-result')).toContainText('Peserta baru: 6');
  await shot(page, '3-result');
  expect((await harness.backdoor('participants.search', {})).total).toBe(6);
  await page.getByRole('link', { name: 'Buka daftar Peserta' }).click();
  await expect(page.getByText('Siti Aminah')).toBeVisible();

  // The same file again, with the keyboard only: everyone is already registered, nothing to import.
  await page.getByRole('navigation').getByRole('link', { name: 'Impor Peserta', exact: true }).click();
  harness.chooseNextOpenPath(csv);
  await pressByKeyboard(page, /^Pilih berkas/);
  await expect(page.getByTestId('import-file')).toContainText('CSV · 8 baris data');
  await pressByKeyboard(page, 'Lanjut: cocokkan kolom');
  await expect(page.getByRole('heading', { name: 'Langkah 2: kolom mana berisi apa?' })).toBeFocused();
  await pressByKeyboard(page, 'Lanjut: periksa data');
  await expect(counts).toContainText('Baru: 0');
  await expect(counts).toContainText('Sudah terdaftar: 6');
  await expect(page.getByRole('row').filter({ hasText: 'Sudah terdaftar' })).toHaveCount(6);
  await expect(page.getByText('Tidak ada baris yang akan ditambahkan atau diperbarui.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Impor sekarang (0 baris)' })).toBeDisabled();
  expect((await harness.backdoor('participants.search', {})).total).toBe(6);
});

test('a picture renamed .csv is refused with a sentence the clerk can act on', async ({ page, harness }) => {
  await setUpBlk(harness);
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(120);
  const fake = join(harness.dataDir, 'daftar-peserta.csv');
  writeFileSync(fake, PNG.sync.write(png));
  await loginAs(page);
  await page.goto(`${page.url().split('#')[0]}#/import`);
  harness.chooseNextOpenPath(fake);
  await page.getByRole('button', { name: 'Pilih berkas…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Berkas ini bukan CSV atau Excel (.xlsx). Simpan ulang dari Excel sebagai CSV atau .xlsx.',
  );
  await expect(page.getByRole('button', { name: 'Lanjut: cocokkan kolom' })).toHaveCount(0);
});
