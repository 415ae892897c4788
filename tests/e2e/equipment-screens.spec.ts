import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/**
 * The equipment room through the screens: the register, the header scan, a check-out by scanning,
 * the return. Screenshots for a human with PELITA_SHOTS_DIR set.
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'];
test.use({ viewport: { width: 1366, height: 900 } });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('equipment: register, scan, check-out and return', async ({ page, harness }) => {
  await setUpBlk(harness);
  const room = await harness.backdoor('rooms.create', { name: 'Workshop Las 1', trade: 'Las', capacity: 12 });
  const category = await harness.backdoor('equipmentCategories.create', {
    name: 'Mesin las',
    code: 'las',
    usefulLifeYears: 5,
  });
  await harness.backdoor('instructors.create', {
    nik: '6401010909850001',
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Las'],
    competency: null,
    methodology: null,
  });
  const base = {
    categoryId: category.id,
    roomId: room.id,
    condition: 'good' as const,
    source: 'ministry_grant' as const,
    acquiredOn: '2024-03-01',
  };
  const welder = await harness.backdoor('assets.create', { ...base, name: 'Mesin las SMAW', valueRupiah: 12_500_000 });
  const grinder = await harness.backdoor('assets.create', { ...base, name: 'Gerinda tangan', valueRupiah: 1_250_000 });

  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Peralatan' }).click();
  await expect(page.getByRole('heading', { name: 'Peralatan', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: welder.tag })).toBeVisible();
  await expect(page.getByText('Rp 583.333')).toBeVisible();
  await expect(page.getByText('2 aset')).toBeVisible();
  await shot(page, 'equipment-register');

  // The header scan field, by its shortcut.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(welder.tag.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mesin las SMAW', level: 1 })).toBeVisible();
  await expect(page.getByText('Rp 12.500.000')).toBeVisible();
  await shot(page, 'equipment-asset');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('OTO-9999');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Tidak ada aset dengan kode label OTO-9999.')).toBeVisible();

  // Pinjamkan: the form opens with this asset; the second one is scanned.
  await page.getByRole('button', { name: 'Pinjamkan' }).click();
  await expect(page.getByRole('heading', { name: 'Peminjaman baru', level: 1 })).toBeVisible();
  await expect(page.getByTestId('scanned-asset')).toHaveCount(1);
  const scan = page.getByRole('textbox', { name: /Pindai atau ketik kode label/ });
  await expect(scan).toBeFocused();
  await scan.fill(grinder.tag);
  await scan.press('Enter');
  await expect(page.getByTestId('scanned-asset')).toHaveCount(2);
  await scan.fill(grinder.tag);
  await scan.press('Enter');
  await expect(page.getByText(`Aset ${grinder.tag} sudah ada di daftar.`)).toBeVisible();
  await page.getByRole('combobox', { name: /^Instruktur/ }).click();
  await page.getByRole('option', { name: 'Rahmat Hidayat' }).click();
  await expect(page.getByRole('textbox', { name: /Penanggung jawab/ })).toHaveValue('Rahmat Hidayat');
  await shot(page, 'equipment-checkout');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Peminjaman dicatat')).toBeVisible();
  await page.getByRole('button', { name: 'Cetak berita acara' }).click();
  await expect(page.getByText(/Berita acara disimpan di|dibatalkan/)).toBeVisible();
  await shot(page, 'equipment-checkout-done');

  // The loan, then its return with one item damaged.
  await page.getByRole('link', { name: 'Lihat peminjaman' }).click();
  await expect(page.getByRole('heading', { name: 'Rahmat Hidayat', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Terima kembali' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(`Catatan kerusakan ${grinder.tag}`).fill('Kabel retak');
  await shot(page, 'equipment-checkin');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Semua aset peminjaman ini sudah kembali.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).first().click();

  await page.getByRole('navigation').getByRole('link', { name: 'Peminjaman' }).click();
  await page.getByRole('tab', { name: 'Semua' }).click();
  await expect(page.getByText('Dikembalikan')).toBeVisible();
  await shot(page, 'equipment-loans');

  // A new asset by keyboard: what is missing shows next to its field; an empty tag comes from the pattern.
  await page.goto('/#/equipment/new');
  const name = page.getByRole('textbox', { name: /^Nama aset/ });
  await expect(name).toBeFocused();
  await name.press('Enter');
  await expect(page.getByText('Wajib diisi').first()).toBeVisible();
  await shot(page, 'equipment-asset-form-errors');
  await name.fill('Helm las otomatis');
  await page.getByRole('combobox', { name: /^Kategori/ }).fill('Mesin');
  await expect(page.getByRole('option', { name: 'LAS · Mesin las' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option')).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Workshop/ }).fill('Workshop');
  await expect(page.getByRole('option', { name: 'Workshop Las 1' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option')).toHaveCount(0);
  await page.getByRole('textbox', { name: /^Harga perolehan/ }).fill('850000');
  await expect(page.getByRole('textbox', { name: /^Harga perolehan/ })).toHaveValue('Rp 850.000');
  await page.getByRole('textbox', { name: /^Harga perolehan/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Helm las otomatis', level: 1 })).toBeVisible();
  await expect(page.getByText('LAS-0003', { exact: true })).toBeVisible();

  // Its repair, then its write-off with a reason.
  await page.getByRole('button', { name: 'Catat pemeliharaan' }).click();
  let form = page.getByRole('dialog', { name: 'Catat pemeliharaan' });
  await form.getByRole('textbox', { name: /^Masalah/ }).fill('Sensor gelap tidak bereaksi');
  await form.getByRole('textbox', { name: /^Biaya/ }).fill('150000');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Sejak 23 November 2026: Sensor gelap tidak bereaksi')).toBeVisible();
  await page.getByRole('button', { name: 'Selesai perbaikan' }).click();
  form = page.getByRole('dialog', { name: 'Selesai perbaikan' });
  await form.getByRole('textbox', { name: /^Tindakan/ }).fill('Sensor diganti');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('button', { name: 'Pinjamkan' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Pemeliharaan' }).click();
  await expect(page.getByText('Rp 150.000')).toBeVisible();
  await shot(page, 'equipment-maintenance');
  await page.getByRole('button', { name: 'Hapuskan' }).click();
  form = page.getByRole('dialog');
  await form.getByRole('textbox').fill('Rusak berat, tidak ekonomis diperbaiki');
  await form.getByRole('button', { name: 'Hapuskan' }).click();
  await expect(page.getByText('Alasan: Rusak berat, tidak ekonomis diperbaiki')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pinjamkan' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Riwayat' }).click();
  await shot(page, 'equipment-history');

  await page.goto(`/#/equipment/categories`);
  await expect(page.getByText('Contoh:')).toBeVisible();
  await shot(page, 'equipment-categories');
});
