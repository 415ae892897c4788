import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { todayIn } from '../../src/shared/time';
import { GRADUATES } from './certificates-arrange';
import { expect, loginAs, setUpBlk, test } from './fixtures';
import { arrangeGraduatesDue, FOLLOW_UP_DAY, PARTNER } from './graduates-arrange';

/**
 * Graduate tracking through the screens: the due list, a follow-up typed with the keyboard (Bekerja
 * at a partner company), one that did not reach the graduate, a placement from the graduate's page,
 * and the dashboard's placement rate before and after. Screenshots with PELITA_SHOTS_DIR set.
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'];
test.use({ viewport: { width: 1366, height: 900 } });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const EMPLOYED = GRADUATES[0];
const UNREACHABLE = GRADUATES[1];
const PLACED = GRADUATES[2];

/** The row of the due list that names this graduate. */
const dueRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('graduates: follow-ups recorded from the due list and a placement move the placement rate', async ({
  page,
  harness,
}) => {
  await setUpBlk(harness);
  const { alreadyReached } = await arrangeGraduatesDue(harness);

  await loginAs(page);
  // One graduate reached so far, not working: 0 % of 1.
  const rate = page.getByTestId('placement-rate');
  await expect(rate).toContainText(/0\s?%/);
  await expect(rate).toContainText('dari 1 alumni');

  await page.getByRole('navigation').getByRole('link', { name: 'Penelusuran Alumni' }).click();
  await expect(page.getByRole('heading', { name: 'Penelusuran Alumni', level: 1 })).toBeVisible();
  await expect(page.getByTestId('due-total')).toHaveText('15 alumni perlu dihubungi');
  await expect(dueRow(page, alreadyReached)).toHaveCount(0);
  const first = dueRow(page, EMPLOYED);
  await expect(first).toContainText('Bulan ke-3');
  await expect(first).toContainText('Lewat 9 hari');
  await expect(first).toContainText('WA 6281234567800');
  await shot(page, 'graduates-due-list');

  // Budi works at the partner company: recorded with the keyboard alone.
  await page.getByRole('button', { name: `Catat hasil penelusuran ${EMPLOYED}` }).click();
  const dialog = page.getByRole('dialog', { name: `Catat hasil penelusuran bulan ke-3: ${EMPLOYED}` });
  await expect(dialog.getByRole('textbox', { name: /Tanggal kontak/ })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: /Tanggal kontak/ })).toHaveValue(
    todayIn(FOLLOW_UP_DAY).split('-').reverse().join('/'),
  );
  await page.keyboard.press('Tab'); // the channel, Telepon
  await page.keyboard.press('Tab'); // the outcomes
  await page.keyboard.press('Space'); // Bekerja, the first
  await expect(dialog.getByRole('radio', { name: 'Bekerja', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: /Tempat kerja/ })).toBeFocused();
  await page.keyboard.type('Kideco');
  await expect(page.getByRole('option', { name: PARTNER.name })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Tercatat sebagai Mitra Industri')).toBeVisible();
  // The partner's sector came with it.
  await expect(dialog.getByRole('combobox', { name: /Sektor usaha/ })).toHaveValue('Pertambangan dan penggalian');
  await page.keyboard.press('Tab'); // the sector, already chosen
  await page.keyboard.press('Tab');
  await page.keyboard.type('Operator komputer administrasi');
  await page.keyboard.press('Tab'); // Formal / Informal
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: 'Formal', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: /Penghasilan per bulan/ })).toBeFocused();
  // The first ArrowDown opens the list; the rest walk it once it is there (a press sent while the
  // list is still opening is lost, so count nothing blind).
  await page.keyboard.press('ArrowDown');
  const band = page.getByRole('option', { name: 'Rp 3.000.000 – Rp 5.000.000' });
  await expect(band).toBeVisible();
  for (let step = 0; step < 8 && (await band.getAttribute('data-combobox-selected')) === null; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: /Penghasilan per bulan/ })).toHaveValue(
    'Rp 3.000.000 – Rp 5.000.000',
  );
  await shot(page, 'graduates-form-employed');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Penelusuran ${EMPLOYED} dicatat: Bekerja.`)).toBeVisible();
  await expect(dueRow(page, EMPLOYED)).toHaveCount(0);
  await expect(page.getByTestId('due-total')).toHaveText('14 alumni perlu dihubungi');

  // Nur does not answer her WhatsApp: she stays on the list with the try counted.
  await page.getByRole('button', { name: `Catat hasil penelusuran ${UNREACHABLE}` }).click();
  const second = page.getByRole('dialog', { name: `Catat hasil penelusuran bulan ke-3: ${UNREACHABLE}` });
  await second.getByText('WhatsApp', { exact: true }).click();
  await second.getByRole('radio', { name: 'Tidak dapat dihubungi' }).check();
  await expect(second.getByTestId('outcome-fields')).toHaveCount(0);
  await second.getByRole('textbox', { name: /Catatan/ }).fill('Pesan WA tidak dibalas');
  await second.getByRole('button', { name: 'Simpan' }).click();
  await expect(second).toBeHidden();
  await expect(dueRow(page, UNREACHABLE)).toContainText('1 kali tidak terhubung');
  await expect(dueRow(page, UNREACHABLE)).toContainText('Tidak dapat dihubungi');
  await expect(page.getByTestId('due-total')).toHaveText('14 alumni perlu dihubungi');

  // Siti starts at the partner company: a placement from her page.
  await dueRow(page, PLACED).getByRole('link', { name: PLACED }).click();
  await expect(page.getByRole('heading', { name: PLACED, level: 1 })).toBeVisible();
  await expect(page.getByTestId('follow-up-rounds')).toContainText('Jatuh tempo');
  await page.getByRole('button', { name: 'Catat penempatan' }).click();
  const placement = page.getByRole('dialog', { name: `Catat penempatan: ${PLACED}` });
  await placement.getByRole('combobox', { name: /Perusahaan/ }).fill('Kideco');
  await page.getByRole('option', { name: PARTNER.name }).click();
  await placement.getByRole('textbox', { name: /Posisi/ }).fill('Juru tulis gudang');
  await placement.getByRole('combobox', { name: /Penghasilan per bulan/ }).click();
  await page.getByRole('option', { name: 'Rp 2.000.000 – Rp 3.000.000' }).click();
  await placement.getByRole('button', { name: 'Simpan' }).click();
  await expect(placement).toBeHidden();
  await expect(page.getByRole('heading', { name: PLACED, level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Juru tulis gudang', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Penempatan' })).toBeVisible();
  await expect(page.getByTestId('follow-up-rounds')).toContainText('Sudah');
  await shot(page, 'graduates-graduate-page');

  await page
    .getByRole('link', { name: /Penelusuran Alumni/ })
    .first()
    .click();
  await expect(page.getByTestId('due-total')).toHaveText('13 alumni perlu dihubungi');
  await expect(dueRow(page, PLACED)).toHaveCount(0);
  await expect(dueRow(page, UNREACHABLE)).toHaveCount(1);

  await page.getByRole('navigation').getByRole('link', { name: 'Mitra Industri' }).click();
  await expect(page.getByRole('row').filter({ hasText: PARTNER.name })).toContainText('Merekrut lulusan');
  await shot(page, 'graduates-companies');

  // Reached: not working, Budi (employed), Siti (placed); Nur is not reached. 2 of 3.
  await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
  await expect(rate).toContainText(/67\s?%/);
  await expect(rate).toContainText('dari 3 alumni');
});

test('graduates: the list by status, a partner company through its form, the follow-up schedule in settings', async ({
  page,
  harness,
}) => {
  await setUpBlk(harness);
  const { alreadyReached } = await arrangeGraduatesDue(harness);
  await loginAs(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Alumni', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Alumni', level: 1 })).toBeVisible();
  await expect(page.getByTestId('graduates-total')).toHaveText('16 alumni');
  await page.getByRole('combobox', { name: 'Status saat ini' }).click();
  await page.getByRole('option', { name: 'Belum bekerja' }).click();
  await expect(page.getByTestId('graduates-total')).toHaveText('1 alumni');
  await expect(page.getByRole('link', { name: alreadyReached })).toBeVisible();
  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  await expect(page.getByTestId('graduates-total')).toHaveText('16 alumni');
  await shot(page, 'graduates-list');

  // The contacts of the due list, for calling from a phone: a CSV where the notification says.
  await page.getByRole('navigation').getByRole('link', { name: 'Penelusuran Alumni' }).click();
  await page.getByRole('button', { name: 'Ekspor kontak (CSV atau Excel)' }).click();
  const saved = page.getByText(/^Daftar kontak disimpan di /);
  await expect(saved).toBeVisible();
  const csvPath = ((await saved.textContent()) ?? '').replace('Daftar kontak disimpan di ', '');
  expect(csvPath.startsWith(harness.dataDir)).toBe(true);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain('Budi Santoso');
  expect(csv).not.toContain(alreadyReached);

  // A second partner: the name already taken is refused on its field, then saved under its own.
  await page.getByRole('navigation').getByRole('link', { name: 'Mitra Industri' }).click();
  await page.getByRole('button', { name: 'Tambah mitra' }).click();
  const form = page.getByRole('dialog', { name: 'Mitra Industri baru' });
  await expect(form.getByRole('textbox', { name: /Nama perusahaan/ })).toBeFocused();
  await page.keyboard.type(PARTNER.name.toUpperCase());
  await form.getByRole('combobox', { name: /Sektor usaha/ }).click();
  await page.getByRole('option', { name: 'Informasi dan komunikasi' }).click();
  await form.getByRole('checkbox', { name: 'Menerima pemagangan' }).check();
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Nama perusahaan ini sudah terdaftar')).toBeVisible();
  await form.getByRole('textbox', { name: /Nama perusahaan/ }).fill('CV Paser Digital Printing');
  await form.getByRole('textbox', { name: /Telepon/ }).fill('0543-21999');
  await shot(page, 'graduates-company-form');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('link', { name: 'CV Paser Digital Printing' }).click();
  await expect(page.getByRole('heading', { name: 'CV Paser Digital Printing', level: 1 })).toBeVisible();
  await expect(page.getByText('Menerima pemagangan')).toBeVisible();
  await expect(page.getByText('Belum ada alumni yang ditempatkan di perusahaan ini.')).toBeVisible();
  await shot(page, 'graduates-company-page');

  // A fourth round two years after graduation.
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  const panel = page.getByRole('region', { name: 'Penelusuran Alumni' });
  const months = panel.getByRole('combobox', { name: /Jadwal penelusuran/ });
  await months.click();
  await page.keyboard.type('24');
  await page.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Jadwal penelusuran disimpan.')).toBeVisible();
  await months.scrollIntoViewIfNeeded();
  await shot(page, 'graduates-settings');
  expect((await harness.backdoor('followUps.settings', {})).months).toEqual([3, 6, 12, 24]);
});
