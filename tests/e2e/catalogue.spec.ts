import { expect, loginAs, setUpBlk, test } from './fixtures';

test.beforeEach(async ({ harness }) => {
  await setUpBlk(harness);
});

test('an admin creates a programme with its rules and a class, by keyboard', async ({ page, harness }) => {
  await loginAs(page);
  await page.getByRole('link', { name: 'Program Pelatihan' }).click();
  await expect(page.getByText('Belum ada program pelatihan.')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah program' }).press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Program baru' });
  await expect(dialog.getByRole('textbox', { name: 'Kode', exact: true })).toBeFocused();
  await page.keyboard.type('dg');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Desain Grafis');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Teknologi Informasi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('160');
  await dialog.getByLabel('Usia maksimal (tahun)').fill('40');
  await dialog.getByLabel('Usia minimal (tahun)').fill('45');
  await dialog.getByLabel('Tidak sedang bekerja').check();
  await dialog.getByLabel('Usia minimal (tahun)').press('Enter');
  // The contract's own rule, checked before anything is sent.
  await expect(dialog.getByText('Usia maksimal tidak boleh kurang dari usia minimal')).toBeVisible();
  await dialog.getByLabel('Usia minimal (tahun)').fill('17');
  await dialog.getByLabel('Usia minimal (tahun)').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Desain Grafis', exact: true })).toBeVisible();
  const [program] = await harness.backdoor('programs.list', {});
  expect(program).toMatchObject({
    code: 'DG',
    totalJp: 160,
    rules: { minAge: 17, maxAge: 40, notWorking: true, noOverlap: true },
  });

  await page.getByRole('link', { name: 'Kelas / Paket' }).click();
  await page.getByRole('button', { name: 'Tambah kelas' }).press('Enter');
  const classDialog = page.getByRole('dialog', { name: 'Kelas baru' });
  // The only programme is already chosen; the focus waits on it.
  await expect(classDialog.getByRole('combobox', { name: 'Program pelatihan' })).toHaveValue('DG — Desain Grafis');
  await classDialog.getByLabel('Nama kelas').fill('Desain Grafis Angkatan 1');
  await classDialog.getByLabel('Tanggal mulai').fill('10/02/2030');
  await classDialog.getByLabel('Tanggal selesai').fill('01/02/2030');
  await classDialog.getByLabel('Tanggal selesai').press('Enter');
  await expect(classDialog.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai')).toBeVisible();
  await classDialog.getByLabel('Tanggal selesai').fill('20.3.2030');
  await expect(classDialog.getByText('20 Maret 2030')).toBeVisible();
  await classDialog.getByLabel('Tanggal selesai').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Desain Grafis Angkatan 1' })).toBeVisible();
  await expect(page.getByText('10 Februari 2030 – 20 Maret 2030')).toBeVisible();
  const [klass] = await harness.backdoor('classes.list', {});
  expect(klass).toMatchObject({ quota: 16, status: 'open', startDate: '2030-02-10', endDate: '2030-03-20' });
});

test('the head of BLK reads everything and changes nothing', async ({ page, harness }) => {
  await harness.backdoor('operators.create', {
    username: 'kepala',
    fullName: 'Drs. H. Ahmad Yani',
    role: 'head',
    password: 'rahasia123',
  });
  await loginAs(page, 'kepala', 'rahasia123');
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText([
    'Beranda',
    'Peserta',
    'Program Pelatihan',
    'Kelas / Paket',
    'Jadwal',
    'Hari libur',
    'Instruktur',
    'Rekap JP instruktur',
    'Penelusuran Alumni',
    'Alumni',
    'Mitra Industri',
    'Laporan',
    'Sertifikat',
    'Verifikasi',
    'Peralatan',
    'Peminjaman',
    'Stok Opname',
    'Bahan Habis Pakai',
    'Ruang / Workshop',
    'Lokasi MTU',
  ]);
  await nav.getByRole('link', { name: 'Peserta', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Peserta' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pendaftaran baru' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Program Pelatihan' }).click();
  await expect(page.getByText('Belum ada program pelatihan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah program' })).toHaveCount(0);
});

test('the language switch turns every label to English and remembers it', async ({ page }) => {
  await loginAs(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
    'Home',
    'Enrolment',
    'Trainees',
    'Training programmes',
    'Classes',
    'Timetable',
    'Holidays',
    'Instructors',
    'Instructor JP log',
    'Import people',
    'Graduate follow-ups',
    'Graduates',
    'Partner companies',
    'Reports',
    'Certificates',
    'Verify',
    'Equipment',
    'Check-out',
    'Stock-take',
    'Consumables',
    'Rooms / Workshops',
    'MTU sites',
    'Settings',
    'Audit log',
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});
