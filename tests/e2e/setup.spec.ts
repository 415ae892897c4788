import { expect, test } from './fixtures';

test('first run: the clerk sets up the BLK by keyboard, lands in the app, signs out and signs in again', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Selamat datang di Pelita' })).toBeVisible();

  // Focus starts on the BLK name; everything else is Tab and typing.
  await expect(page.getByLabel('Nama BLK')).toBeFocused();
  await page.keyboard.type('UPTD BLK Paser');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Alamat BLK')).toBeFocused();
  await page.keyboard.type('Jl. Jenderal Sudirman No. 1, Tanah Grogot');
  await page.keyboard.press('Tab');
  // The regency defaults to Kabupaten Paser (6401), chosen from the Kemendagri list.
  await expect(page.getByRole('combobox', { name: 'Kabupaten/Kota' })).toHaveValue(
    'Kabupaten Paser (Kalimantan Timur)',
  );
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nama Kepala BLK')).toBeFocused();
  await page.keyboard.type('Drs. H. Ahmad Yani, M.Si.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12345');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nama lengkap')).toBeFocused();
  await page.keyboard.type('Admin BLK');
  await page.keyboard.press('Tab');
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('rahasia123');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Ulangi kata sandi')).toBeFocused();
  await page.keyboard.type('rahasia12');
  await page.keyboard.press('Enter');

  // Errors appear next to their fields; nothing was saved.
  await expect(page.getByText('NIP harus 18 digit angka')).toBeVisible();
  await expect(page.getByText('Kata sandi tidak sama')).toBeVisible();
  expect(await harness.backdoor('setup.status', {})).toMatchObject({ needsSetup: true });

  await page.getByLabel('NIP Kepala BLK').fill('196805121994031007');
  await page.getByLabel('Ulangi kata sandi').fill('rahasia123');
  await page.getByLabel('Ulangi kata sandi').press('Enter');

  await expect(page.getByRole('navigation').getByText('Pendaftaran')).toBeVisible();
  await expect(page.getByText('Admin BLK')).toBeVisible();
  expect(await harness.backdoor('setup.status', {})).toEqual({ needsSetup: false, blkName: 'UPTD BLK Paser' });

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await expect(page.getByLabel('Nama pengguna')).toBeFocused();
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('salah-sandi');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Nama pengguna atau kata sandi salah.')).toBeVisible();
  // The wrong password is emptied (after the answer arrives) and the cursor waits in its field.
  await expect(page.getByLabel('Kata sandi', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Kata sandi', { exact: true })).toBeFocused();
  await page.keyboard.type('rahasia123');
  await page.keyboard.press('Enter');
  // Beranda is the first screen; Pendaftaran opens with the cursor in the NIK.
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Pendaftaran' }).click();
  await expect(page.getByLabel('NIK')).toBeFocused();
});
