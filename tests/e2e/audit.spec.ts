import type { Page } from '@playwright/test';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/** Screenshots for a human to look at when PELITA_SHOTS_DIR is set. */
const SHOTS = process.env['PELITA_SHOTS_DIR'];
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

test.use({ viewport: { width: 1366, height: 900 } });

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Operator' })).toBeVisible();
}

async function setActive(page: Page, fullName: string, active: boolean) {
  await page.getByRole('button', { name: `Ubah ${fullName}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Aktif (boleh masuk)').setChecked(active);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  return dialog;
}

test('an admin manages an operator, cannot disable the last admin, and reads it all in the audit log', async ({
  page,
  harness,
}) => {
  // Seven logins and three password changes, each a deliberately slow scrypt hash: about a
  // minute when the other worker is busy too.
  test.slow();
  await setUpBlk(harness);
  await loginAs(page);
  await openSettings(page);

  // A new front-desk operator.
  await page.getByRole('button', { name: 'Tambah operator' }).click();
  const create = page.getByRole('dialog');
  await create.getByLabel('Nama lengkap').fill('Siti Front Desk');
  await create.getByLabel('Nama pengguna').fill('siti');
  await create.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('mejadepan1');
  await create.getByLabel('Ulangi kata sandi').fill('mejadepan1');
  await create.getByRole('button', { name: 'Simpan' }).click();
  const siti = page.getByRole('row', { name: /Siti Front Desk/ });
  await expect(siti).toContainText('Petugas pendaftaran');

  // Disabled: greyed with a badge, and refused at the login.
  await expect(await setActive(page, 'Siti Front Desk', false)).toBeHidden();
  await expect(siti.getByText('Nonaktif')).toBeVisible();
  await shot(page, 'operators');
  await logout(page);
  await loginAs(page, 'siti', 'mejadepan1');
  await expect(page.getByText('Akun operator ini dinonaktifkan. Hubungi administrator.')).toBeVisible();

  // Enabled again with a new password: the old one no longer works, the new one does.
  await loginAs(page);
  await openSettings(page);
  await expect(await setActive(page, 'Siti Front Desk', true)).toBeHidden();
  await expect(siti.getByText('Aktif', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Atur ulang kata sandi Siti Front Desk' }).click();
  const reset = page.getByRole('dialog');
  await expect(reset).toContainText('Sampaikan kata sandi baru ini langsung kepada Siti Front Desk');
  await reset.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill('sandibaru9');
  await reset.getByLabel('Ulangi kata sandi').fill('sandibaru8');
  await reset.getByRole('button', { name: 'Simpan' }).click();
  await expect(reset.getByText('Kata sandi tidak sama')).toBeVisible();
  await reset.getByLabel('Ulangi kata sandi').fill('sandibaru9');
  await reset.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kata sandi siti sudah diganti.')).toBeVisible();
  await logout(page);
  await loginAs(page, 'siti', 'mejadepan1');
  await expect(page.getByText('Nama pengguna atau kata sandi salah.')).toBeVisible();
  await loginAs(page, 'siti', 'sandibaru9');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  // The front desk has neither settings nor the audit log.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Jejak Audit' })).toHaveCount(0);
  await logout(page);

  // The only admin cannot disable themselves.
  await loginAs(page);
  await openSettings(page);
  const refused = await setActive(page, 'Admin BLK', false);
  await expect(refused.getByRole('alert')).toHaveText(
    'Administrator aktif terakhir tidak dapat dinonaktifkan atau diubah perannya.',
  );
  await refused.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('row', { name: /Admin BLK/ }).getByText('Aktif', { exact: true })).toBeVisible();

  // The audit log: the admin's changes to operators, newest first, with before and after.
  await page.getByRole('navigation').getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jejak Audit' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Operator' }).click();
  await page.getByRole('option', { name: 'Admin BLK (admin)' }).click();
  await page.getByRole('combobox', { name: 'Jenis data' }).click();
  await page.getByRole('option', { name: 'Operator' }).click();
  const rows = page.getByRole('row').filter({ has: page.getByText(/^operators\./) });
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('operators.resetPassword');
  await expect(rows.nth(1)).toContainText('operators.update');
  await expect(rows.nth(2)).toContainText('operators.update');
  await expect(rows.nth(3)).toContainText('operators.create');
  await expect(rows.nth(0)).toContainText('23 November 2026');
  await expect(rows.nth(0)).toContainText('WITA');
  await expect(page.getByTestId('audit-total')).toHaveText('5 catatan'); // + the admin made at setup

  // The disabling, opened: only the active flag changed.
  await rows
    .nth(2)
    .getByRole('button', { name: /Lihat perubahan/ })
    .click();
  const diff = page.getByTestId('audit-diff');
  await expect(diff).toBeVisible();
  await expect(diff.getByText('1 isian berubah')).toBeVisible();
  const activeLine = diff.getByRole('row').filter({ hasText: 'active' });
  await expect(activeLine).toHaveAttribute('data-changed', 'true');
  await expect(activeLine).toContainText('ya');
  await expect(activeLine).toContainText('tidak');
  await expect(diff.getByRole('row').filter({ hasText: 'fullName' })).not.toHaveAttribute('data-changed');
  await shot(page, 'audit-log');

  // Narrowed to Siti's record, by number.
  const sitiId = (await harness.backdoor('operators.list', {})).find((row) => row.username === 'siti')?.id;
  await page.getByRole('textbox', { name: 'Nomor data' }).fill(String(sitiId));
  await expect(page.getByTestId('audit-total')).toHaveText('4 catatan');
  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await expect(page.getByRole('textbox', { name: 'Nomor data' })).toHaveValue('');
  // Everyone's entries again, the failed sign-in with the old password (by nobody yet) among them.
  await expect(page.getByTestId('audit-total')).toHaveText('7 catatan');
  await expect(page.getByRole('row').filter({ hasText: 'auth.login' })).toContainText('Sistem');

  // In English, the same entry opened.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page
    .getByRole('row')
    .filter({ hasText: 'operators.create' })
    .getByRole('button', { name: /Show changes/ })
    .click();
  await expect(page.getByTestId('audit-diff')).toContainText('front_desk');
  await shot(page, 'audit-log-en');
});
