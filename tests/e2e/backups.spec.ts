import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, loginAs, setUpBlk, test } from './fixtures';

test('an admin backs up now and copies the data to a folder', async ({ page, harness }) => {
  await setUpBlk(harness);
  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  const panel = page.getByRole('region', { name: 'Cadangan data' });
  await expect(panel.getByText('Belum ada salinan cadangan.')).toBeVisible();

  await panel.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(page.getByText('Salinan cadangan dibuat dan sudah diperiksa.')).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'Manual' })).toHaveCount(1);

  await panel.getByRole('button', { name: 'Salin ke flashdisk…' }).click();
  await expect(page.getByText(/Salinan \(data, kunci tanda tangan sertifikat dan gambar\) disimpan di /)).toBeVisible();
  const copies = join(harness.dataDir, 'output', 'certificates');
  expect(existsSync(copies)).toBe(true);
});

test('an admin restores a backup: what it holds, a deliberate confirmation, then a restart', async ({ page, harness }) => {
  await setUpBlk(harness);
  await harness.backdoor('backups.create', {});
  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  const panel = page.getByRole('region', { name: 'Cadangan data' });
  await panel.getByRole('button', { name: 'Pulihkan…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('0 peserta')).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Pulihkan dan mulai ulang' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox').check();
  await confirm.click();
  await expect(dialog.getByText('Aplikasi dimulai ulang…')).toBeVisible();
  expect(existsSync(join(harness.dataDir, 'pelita.db.restore'))).toBe(true);
});
