import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, loginAs, setUpBlk, test } from './fixtures';

const NOT_AN_IMAGE = 'Berkas yang dipilih bukan gambar PNG atau JPEG (maksimal 2 MB).';

/** A small PNG a clerk might pick, and a text file someone renamed to .png. */
function pictures(dir: string) {
  const png = new PNG({ width: 24, height: 24 });
  png.data.fill(200);
  const good = join(dir, 'logo-blk.png');
  writeFileSync(good, PNG.sync.write(png));
  const fake = join(dir, 'bukan-gambar.png');
  writeFileSync(fake, 'ini bukan gambar');
  return { good, fake };
}

test('the certificate logo and an asset photo are chosen in a file dialog; a fake image is refused', async ({
  page,
  harness,
}) => {
  await setUpBlk(harness);
  const { good, fake } = pictures(harness.dataDir);
  await loginAs(page);

  // The logo on Pengaturan: a file that is not an image is refused, a PNG is installed.
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  const logoState = page.getByTestId('image-state-logo');
  await expect(logoState).toHaveText('Belum ada');
  harness.chooseNextOpenPath(fake);
  await page.getByRole('button', { name: 'Pilih gambar… Logo' }).click();
  await expect(page.getByText(NOT_AN_IMAGE)).toBeVisible();
  await expect(logoState).toHaveText('Belum ada');
  harness.chooseNextOpenPath(good);
  await page.getByRole('button', { name: 'Pilih gambar… Logo' }).click();
  await expect(page.getByText('Logo terpasang.')).toBeVisible();
  await expect(logoState).toHaveText('Terpasang');
  // The clerk cancels the dialog: nothing changes.
  harness.chooseNextOpenPath(null);
  await page.getByRole('button', { name: 'Pilih gambar… Logo' }).click();
  await expect(logoState).toHaveText('Terpasang');
  // The data folder lost its copy (moved without images/): the panel says so, and choosing mends it.
  for (const file of readdirSync(join(harness.dataDir, 'images'))) rmSync(join(harness.dataDir, 'images', file));
  await page.reload();
  await expect(logoState).toHaveText('Berkas hilang atau rusak: pilih ulang');
  harness.chooseNextOpenPath(good);
  await page.getByRole('button', { name: 'Pilih gambar… Logo' }).click();
  await expect(logoState).toHaveText('Terpasang');

  // An asset's photo: chosen the same way, then shown on its page.
  const room = await harness.backdoor('rooms.create', { name: 'Workshop Las 1', trade: 'Las', capacity: 12 });
  const category = await harness.backdoor('equipmentCategories.create', {
    name: 'Mesin las',
    code: 'LAS',
    usefulLifeYears: 5,
  });
  const asset = await harness.backdoor('assets.create', {
    name: 'Mesin las SMAW',
    categoryId: category.id,
    roomId: room.id,
    condition: 'good',
    source: 'ministry_grant',
    acquiredOn: '2024-03-01',
    valueRupiah: 12_500_000,
  });
  await page.goto(`${page.url().split('#')[0]}#/equipment/assets/${asset.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mesin las SMAW' })).toBeVisible();
  harness.chooseNextOpenPath(fake);
  await page.getByRole('button', { name: 'Pilih foto' }).click();
  await expect(page.getByText(NOT_AN_IMAGE)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Foto Mesin las SMAW' })).toHaveCount(0);
  harness.chooseNextOpenPath(good);
  await page.getByRole('button', { name: 'Pilih foto' }).click();
  await expect(page.getByRole('img', { name: 'Foto Mesin las SMAW' })).toBeVisible();
});
