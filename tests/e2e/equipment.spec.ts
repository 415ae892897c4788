import { existsSync, mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { pdfText } from './certificates-qr';
import { arrangeWorkshop, qrTextOfLabel } from './equipment-arrange';
import { expect, loginAs, test } from './fixtures';

/**
 * The workshop equipment room as a clerk works it, through the screens: registering assets and
 * printing their labels, the header scan, an MTU trip out and back with damage, a stock-take
 * that writes off what was not found, practice materials used by a class, and a class's
 * equipment turning from short to ready. Only the prerequisites are arranged by the backdoor.
 */
test.use({ viewport: { width: 1366, height: 900 } });
// Each flow takes 15–30 s on two busy cores; room to spare over the default minute.
test.describe.configure({ timeout: 90_000 });

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** A Mantine select: open it, then pick the option. */
async function choose(page: Page, box: Locator, option: string) {
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('option')).toHaveCount(0);
}

/** The header's "Pindai label aset": a scanner types the tag and Enter. */
async function headerScan(page: Page, tag: string) {
  const field = page.getByRole('banner').getByRole('textbox', { name: 'Pindai label aset' });
  await field.click();
  await field.pressSequentially(tag);
  await field.press('Enter');
}

const assetRow = (page: Page, tag: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: tag, exact: true }) });

/** Screenshots for a human to look at, with PELITA_SHOTS_DIR set (as in equipment-screens.spec.ts). */
async function shot(page: Page, name: string) {
  const dir = process.env['PELITA_SHOTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test('register assets, print their labels, find one by scanning', async ({ page, harness }) => {
  await arrangeWorkshop(harness);
  await loginAs(page);
  await nav(page, 'Peralatan').click();
  await expect(page.getByText('Belum ada aset. Klik "Tambah aset" untuk mencatat alat pertama.')).toBeVisible();

  // An old welder that already carries a label: its tag is typed.
  await page.getByRole('link', { name: 'Tambah aset' }).click();
  await page.getByRole('textbox', { name: /^Nama aset/ }).fill('Mesin las SMAW Lincoln');
  await choose(page, page.getByRole('combobox', { name: /^Kategori/ }), 'LAS · Mesin las');
  await choose(page, page.getByRole('combobox', { name: /^Workshop/ }), 'Workshop Las 1');
  await page.getByRole('textbox', { name: /^Kode label/ }).fill('LAS-2019-07');
  await page.getByRole('textbox', { name: /^Harga perolehan/ }).fill('12500000');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Mesin las SMAW Lincoln', level: 1 })).toBeVisible();
  await expect(page.getByText('LAS-2019-07', { exact: true })).toBeVisible();

  // A new grinder without a label: the tag comes from the pattern.
  await nav(page, 'Peralatan').click();
  await page.getByRole('link', { name: 'Tambah aset' }).click();
  await page.getByRole('textbox', { name: /^Nama aset/ }).fill('Gerinda tangan Makita');
  await choose(page, page.getByRole('combobox', { name: /^Kategori/ }), 'LAS · Mesin las');
  await choose(page, page.getByRole('combobox', { name: /^Workshop/ }), 'Workshop Las 1');
  await expect(page.getByRole('textbox', { name: /^Kode label/ })).toHaveValue('');
  await page.getByRole('textbox', { name: /^Harga perolehan/ }).fill('1250000');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Gerinda tangan Makita', level: 1 })).toBeVisible();
  await expect(page.getByText('LAS-0001', { exact: true })).toBeVisible();

  // Both on the list; their label sheet.
  await nav(page, 'Peralatan').click();
  await expect(page.getByText('2 aset', { exact: true })).toBeVisible();
  for (const tag of ['LAS-2019-07', 'LAS-0001'])
    await page.getByRole('checkbox', { name: `Pilih ${tag} untuk cetak label` }).check();
  await expect(page.getByRole('checkbox', { name: 'Pilih semua aset di halaman ini' })).toBeChecked();
  await page.getByRole('button', { name: 'Cetak label (2)' }).click();
  const saved = page.getByText(/^Lembar label disimpan di /);
  await expect(saved).toBeVisible();
  const pdf = /^Lembar label disimpan di (.+\.pdf)$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(pdf.startsWith(harness.dataDir)).toBe(true);
  expect(existsSync(pdf)).toBe(true);
  const text = pdfText(pdf);
  expect(text).toContain('LAS-2019-07');
  expect(text).toContain('LAS-0001');
  expect(text).toContain('Gerinda tangan Makita');
  const scanned = [qrTextOfLabel(pdf, 0), qrTextOfLabel(pdf, 1)].sort();
  expect(scanned).toEqual(['LAS-0001', 'LAS-2019-07']);

  // The scanner in the header, reading one of those labels, opens the asset.
  await headerScan(page, scanned[0] ?? '');
  await expect(page.getByRole('heading', { name: 'Gerinda tangan Makita', level: 1 })).toBeVisible();
  await expect(page.getByText('Tersedia', { exact: true }).first()).toBeVisible();
});

test('an MTU trip: check out by scanning, return with one item damaged', async ({ page, harness }) => {
  const { asset } = await arrangeWorkshop(harness, { classAt: 'mtu' });
  const welder = await asset('Mesin las inverter');
  const grinder = await asset('Gerinda tangan');
  const clamp = await asset('Klem massa');
  const borrower = 'Balai Desa Muara Komam · Las SMAW Angkatan 2';

  await loginAs(page);
  await nav(page, 'Peminjaman').click();
  await expect(page.getByRole('heading', { name: 'Peminjaman', level: 1 })).toBeVisible();
  await page.getByText('Peminjaman baru', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Peminjaman baru', level: 1 })).toBeVisible();
  const scan = page.getByRole('textbox', { name: /Pindai atau ketik kode label/ });
  await expect(scan).toBeFocused();
  for (const tag of [welder.tag, grinder.tag, clamp.tag]) {
    await scan.pressSequentially(tag);
    await scan.press('Enter');
  }
  await expect(page.getByTestId('scanned-asset')).toHaveCount(3);
  await expect(page.getByText('Aset yang dipinjam (3)')).toBeVisible();

  await page.getByText('Mobile Training Unit', { exact: true }).click();
  await choose(page, page.getByRole('combobox', { name: /^Lokasi MTU/ }), 'Balai Desa Muara Komam (Muara Komam)');
  await choose(
    page,
    page.getByRole('combobox', { name: /^Kelas \(bila ada\)/ }),
    'Las SMAW Angkatan 2 · Pengelasan SMAW',
  );
  // The class's lead instructor signs for the equipment.
  await expect(page.getByRole('textbox', { name: /Penanggung jawab/ })).toHaveValue('Rahmat Hidayat');
  await page.getByRole('textbox', { name: /^Keperluan/ }).fill('Pelatihan las keliling di Muara Komam');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Peminjaman dicatat')).toBeVisible();
  await expect(page.getByText(`3 aset dipinjamkan kepada ${borrower}.`).first()).toBeVisible();

  // While out, the asset says where it is.
  await headerScan(page, grinder.tag);
  await expect(page.getByRole('heading', { name: 'Gerinda tangan', level: 1 })).toBeVisible();
  await expect(page.getByText('Sedang dipinjam')).toBeVisible();
  await expect(page.getByText(new RegExp(`^Dipinjam oleh ${borrower} sejak 23 November 2026`))).toBeVisible();

  // Back from the trip: the grinder's cable is damaged.
  await page.getByRole('link', { name: 'Buka peminjaman' }).click();
  await expect(page.getByRole('heading', { name: borrower, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Terima kembali' }).click();
  const dialog = page.getByRole('dialog', { name: `Pengembalian dari ${borrower}` });
  await expect(dialog.getByTestId('check-in-row')).toHaveCount(3);
  await choose(page, dialog.getByRole('combobox', { name: `Kondisi ${grinder.tag} saat kembali` }), 'Rusak Ringan');
  await dialog.getByLabel(`Catatan kerusakan ${grinder.tag}`).fill('Kabel power terkelupas');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('3 aset diterima kembali.')).toBeVisible();
  await expect(dialog.getByText('Semua aset peminjaman ini sudah kembali.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The loan: returned, with the damage on the grinder's line.
  await expect(page.getByText('Dikembalikan', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terima kembali' })).toHaveCount(0);
  const grinderLine = page.getByRole('row').filter({ hasText: grinder.tag });
  await expect(grinderLine).toContainText('Kabel power terkelupas');
  await expect(grinderLine).toContainText('Rusak Ringan');
  await nav(page, 'Peminjaman').click();
  await page.getByRole('tab', { name: 'Semua' }).click();
  await expect(page.getByRole('row').filter({ hasText: borrower })).toContainText('Dikembalikan');

  // The asset now carries that condition; it is back on the shelf.
  await headerScan(page, grinder.tag);
  await expect(page.getByRole('heading', { name: 'Gerinda tangan', level: 1 })).toBeVisible();
  await expect(page.getByText('Rusak Ringan', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Tersedia', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Sedang dipinjam')).toHaveCount(0);
  await nav(page, 'Peralatan').click();
  await expect(assetRow(page, grinder.tag)).toContainText('Rusak Ringan');
  await expect(assetRow(page, welder.tag)).toContainText('Baik');
});

test('a stock-take of the welding workshop writes off the asset not found', async ({ page, harness }) => {
  const { asset, otherRoom } = await arrangeWorkshop(harness);
  const found = [await asset('Mesin las SMAW'), await asset('Gerinda tangan'), await asset('Tang ampere')];
  const missing = await asset('Helm las otomatis');
  // Another workshop's asset: not part of this count.
  const elsewhere = await asset('Kompresor', { roomId: otherRoom.id });

  await loginAs(page);
  await nav(page, 'Stok Opname').click();
  await expect(page.getByRole('heading', { name: 'Stok Opname', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mulai stok opname' }).click();
  const start = page.getByRole('dialog', { name: 'Mulai stok opname' });
  await choose(page, start.getByRole('combobox', { name: /^Workshop/ }), 'Workshop Las 1');
  await start.getByRole('textbox', { name: /^Catatan/ }).fill('Dihitung bersama Rahmat Hidayat');
  await start.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Stok Opname Workshop Las 1', level: 1 })).toBeVisible();
  await expect(page.getByTestId('count-found')).toHaveText('0 / 4');
  await expect(page.getByText('Menunggu pindaian pertama.')).toBeVisible();

  const scan = page.locator('#stocktake-scan');
  await expect(scan).toBeFocused();
  for (const [index, item] of found.entries()) {
    await scan.pressSequentially(item.tag);
    await scan.press('Enter');
    const feedback = page.getByTestId('scan-feedback');
    await expect(feedback).toHaveAttribute('data-kind', 'found');
    await expect(feedback).toContainText(item.tag);
    await expect(page.getByTestId('count-found')).toHaveText(`${index + 1} / 4`);
  }
  await expect(page.getByTestId('count-missing')).toHaveText('1');
  await expect(page.getByTestId('count-unexpected')).toHaveText('0');

  await shot(page, 'stocktake-count');
  await page.getByRole('button', { name: 'Selesaikan…' }).click();
  const finish = page.getByRole('dialog', { name: 'Selesaikan stok opname Workshop Las 1' });
  await expect(finish.getByText('Belum ditemukan (1)')).toBeVisible();
  await expect(finish.getByRole('listitem')).toHaveCount(1);
  await expect(finish.getByRole('listitem')).toContainText(`${missing.tag} Helm las otomatis`);
  await shot(page, 'stocktake-finish');
  await finish.getByRole('checkbox', { name: 'Tandai aset yang belum ditemukan sebagai hilang' }).check();
  await expect(
    finish.getByText('1 aset menjadi hilang; 0 aset hilang yang ditemukan kembali menjadi tersedia.'),
  ).toBeVisible();
  await finish.getByRole('button', { name: 'Selesaikan stok opname' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByText('Stok opname ini sudah selesai; hasilnya disimpan seperti di bawah dan tidak dapat diubah.'),
  ).toBeVisible();
  await expect(page.getByText('Selesai', { exact: true }).first()).toBeVisible();

  await nav(page, 'Stok Opname').click();
  const row = page.getByRole('row').filter({ hasText: 'Workshop Las 1' });
  await expect(row).toContainText('Selesai');

  // The register: the helmet is lost, the rest are on the shelf.
  await nav(page, 'Peralatan').click();
  await expect(page.getByText('5 aset', { exact: true })).toBeVisible();
  await expect(assetRow(page, missing.tag)).toContainText('Hilang');
  for (const item of [...found, elsewhere]) await expect(assetRow(page, item.tag)).toContainText('Tersedia');
  await headerScan(page, missing.tag);
  await expect(page.getByRole('heading', { name: 'Helm las otomatis', level: 1 })).toBeVisible();
  await expect(page.getByText('Hilang', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pinjamkan' })).toHaveCount(0);
});

test('a class: its equipment short then ready, and the materials it used', async ({ page, harness }) => {
  const { asset, klass } = await arrangeWorkshop(harness);
  await asset('Mesin las SMAW 1');
  const broken = await asset('Mesin las SMAW 2');
  await harness.backdoor('maintenance.record', {
    assetId: broken.id,
    reportedOn: '2026-11-20',
    problem: 'Kipas pendingin mati',
  });

  await loginAs(page);

  // The programme needs two welders per class, set on Program Pelatihan.
  await nav(page, 'Program Pelatihan').click();
  await page.getByRole('button', { name: 'Peralatan Pengelasan SMAW' }).click();
  const needs = page.getByRole('dialog', { name: 'Kebutuhan peralatan Pengelasan SMAW' });
  await choose(page, needs.getByRole('combobox', { name: 'Kategori baris 1' }), 'Mesin las (LAS)');
  await needs.getByRole('textbox', { name: 'Jumlah baris 1' }).fill('2');
  await needs.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kebutuhan peralatan Pengelasan SMAW disimpan.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The class: one welder is away for repair, so it is one short.
  await nav(page, 'Kelas / Paket').click();
  await page.getByRole('link', { name: klass.name }).first().click();
  await page.getByRole('tab', { name: 'Peralatan' }).click();
  const verdict = page.getByTestId('readiness-verdict');
  await expect(verdict).toHaveAttribute('data-state', 'short');
  await expect(verdict).toContainText('Peralatan kurang di 1 kategori untuk 30 November 2026 – 11 Desember 2026.');
  const line = page.getByTestId('readiness-lines').getByRole('row').filter({ hasText: 'Mesin las' });
  await expect(line).toContainText('Kurang 1');
  await shot(page, 'readiness-short');
  await expect(line).toContainText('1 sedang diperbaiki');
  await expect(page.getByTestId('usage-empty')).toBeVisible();

  // Practice material: a new item, its first delivery, and 2,5 kg used by this class.
  await nav(page, 'Bahan Habis Pakai').click();
  await page.getByRole('button', { name: 'Tambah bahan' }).click();
  let dialog = page.getByRole('dialog', { name: 'Bahan habis pakai baru' });
  await dialog.getByRole('textbox', { name: /^Nama bahan/ }).fill('Kawat las RB 2,6 mm');
  await choose(page, dialog.getByRole('combobox', { name: /^Satuan/ }), 'kg');
  await choose(page, dialog.getByRole('combobox', { name: /^Disimpan di/ }), 'Workshop Las 1');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(
    page.getByText('Kawat las RB 2,6 mm ditambahkan. Catat stok awalnya dengan tombol Terima.'),
  ).toBeVisible();
  const item = page.getByRole('row').filter({ hasText: 'Kawat las RB 2,6 mm' });
  await expect(item).toContainText('0 kg');

  await item.getByRole('button', { name: 'Terima Kawat las RB 2,6 mm' }).click();
  dialog = page.getByRole('dialog', { name: 'Terima Kawat las RB 2,6 mm' });
  await dialog.getByRole('textbox', { name: /^Jumlah diterima/ }).fill('10');
  await dialog.getByRole('textbox', { name: /^Keterangan/ }).fill('Toko Teknik Jaya, nota 118');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('10 kg Kawat las RB 2,6 mm diterima. Stok sekarang 10 kg.')).toBeVisible();
  await expect(item).toContainText('10 kg');

  await item.getByRole('button', { name: 'Pakai Kawat las RB 2,6 mm' }).click();
  dialog = page.getByRole('dialog', { name: 'Pakai Kawat las RB 2,6 mm' });
  await dialog.getByRole('textbox', { name: /^Jumlah dipakai/ }).fill('2,5');
  await expect(dialog.getByText('Terbaca 2,5 kg; stok menjadi 7,5 kg')).toBeVisible();
  await shot(page, 'consumable-use');
  await choose(page, dialog.getByRole('combobox', { name: /^Untuk kelas/ }), 'Las SMAW Angkatan 2 — Pengelasan SMAW');
  await dialog.getByRole('textbox', { name: /^Keterangan/ }).fill('Praktik las posisi datar');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('2,5 kg Kawat las RB 2,6 mm dipakai. Stok sekarang 7,5 kg.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(item).toContainText('7,5 kg');

  // The repair is done: the welder is back, and the class is ready.
  await headerScan(page, broken.tag);
  await expect(page.getByRole('heading', { name: 'Mesin las SMAW 2', level: 1 })).toBeVisible();
  await expect(page.getByText('Sejak 20 November 2026: Kipas pendingin mati')).toBeVisible();
  await page.getByRole('button', { name: 'Selesai perbaikan' }).click();
  dialog = page.getByRole('dialog', { name: 'Selesai perbaikan' });
  await dialog.getByRole('textbox', { name: /^Tindakan/ }).fill('Kipas diganti baru');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perbaikan selesai; aset tersedia kembali.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pinjamkan' })).toBeVisible();

  await nav(page, 'Kelas / Paket').click();
  await page.getByRole('link', { name: klass.name }).first().click();
  await page.getByRole('tab', { name: 'Peralatan' }).click();
  await expect(verdict).toHaveAttribute('data-state', 'ready');
  await expect(verdict).toContainText(
    'Peralatan siap untuk 30 November 2026 – 11 Desember 2026: setiap kategori cukup.',
  );
  await expect(line).toContainText('Cukup');
  await shot(page, 'readiness-ready');
  const usage = page.getByTestId('usage-lines').getByRole('row').filter({ hasText: 'Kawat las RB 2,6 mm' });
  await expect(usage).toContainText('2,5 kg');
});

test('the row tick boxes on Peralatan name their asset in Bahasa Indonesia', async ({ page, harness }) => {
  const { asset } = await arrangeWorkshop(harness);
  const welder = await asset('Mesin las SMAW');
  await loginAs(page);
  await nav(page, 'Peralatan').click();
  await expect(
    assetRow(page, welder.tag).getByRole('checkbox', { name: `Pilih ${welder.tag} untuk cetak label` }),
  ).toBeVisible();
});
