import { expect, loginAs, setUpBlk, test } from './fixtures';

test.beforeEach(async ({ harness }) => {
  await setUpBlk(harness);
});

test('a programme gets its competency units by keyboard, and is copied for a new intake', async ({ page, harness }) => {
  await loginAs(page);
  await page.getByRole('link', { name: 'Program Pelatihan' }).click();
  await page.getByRole('button', { name: 'Tambah program' }).press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Program baru' });
  await expect(dialog.getByRole('textbox', { name: 'Kode', exact: true })).toBeFocused();
  await page.keyboard.type('opk');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Operator Komputer');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Teknologi Informasi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('100');
  // Defaults a BLK rarely changes: 45-minute JP, 80% attendance.
  await expect(dialog.getByLabel('Lama 1 JP')).toHaveValue('45 menit');
  await expect(dialog.getByLabel('Kehadiran minimal')).toHaveValue('80%');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Kode unit 1')).toBeFocused();

  const units: [string, string, string][] = [
    ['J.620100.001.01', 'Mengoperasikan perangkat komputer', '30'],
    ['J.620100.002.01', 'Mengolah kata (word processing)', '40'],
    ['J.620100.003.01', 'Mengolah lembar kerja (spreadsheet)', '26'],
  ];
  for (const [index, [code, title, jp]] of units.entries()) {
    await page.keyboard.type(code);
    await page.keyboard.press('Tab');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type(jp);
    if (index < units.length - 1) {
      await page.keyboard.press('Enter');
      await expect(dialog.getByLabel(`Kode unit ${index + 2}`)).toBeFocused();
    }
  }
  // The total follows the units as they are typed.
  await expect(dialog.getByRole('textbox', { name: 'Jumlah JP', exact: true })).toHaveValue('96');
  await expect(dialog.getByText('3 unit · 96 JP')).toBeVisible();

  // A total typed by hand that disagrees with the units is refused, with the units' sum shown.
  const total = dialog.getByRole('textbox', { name: 'Jumlah JP', exact: true });
  await total.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/Total JP harus sama dengan jumlah JP unit kompetensi/)).toBeVisible();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('96');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  const [program] = await harness.backdoor('programs.list', {});
  expect(program).toMatchObject({ code: 'OPK', totalJp: 96, jpMinutes: 45, minAttendancePct: 80 });
  expect(program?.units.map((unit) => [unit.code, unit.jp])).toEqual([
    ['J.620100.001.01', 30],
    ['J.620100.002.01', 40],
    ['J.620100.003.01', 26],
  ]);

  // The list shows the units with their JP and the total.
  await page.getByRole('button', { name: 'Unit kompetensi Operator Komputer (3 unit)' }).click();
  const unitList = page.getByRole('table', { name: 'Unit kompetensi Operator Komputer' });
  await expect(unitList.getByRole('row')).toHaveCount(5);
  await expect(unitList.getByText('Mengolah kata (word processing)')).toBeVisible();
  await expect(unitList.getByRole('row').last()).toContainText('96 JP');

  // Copy: a new code and name, then the copy opens for changes.
  await page.getByRole('button', { name: 'Salin Operator Komputer' }).click();
  const copyDialog = page.getByRole('dialog', { name: 'Salin program' });
  await expect(copyDialog.getByLabel('Kode program baru')).toBeFocused();
  await page.keyboard.type('opk-2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Operator Komputer Angkatan 2');
  await page.keyboard.press('Enter');
  const copyForm = page.getByRole('dialog', { name: 'Ubah program' });
  await expect(copyForm.getByRole('textbox', { name: 'Kode', exact: true })).toHaveValue('OPK-2');
  await expect(copyForm.getByLabel('Kode unit 3')).toHaveValue('J.620100.003.01');
  await copyForm.getByRole('button', { name: 'Batal' }).click();
  const programs = await harness.backdoor('programs.list', {});
  const copy = programs.find((each) => each.code === 'OPK-2');
  expect(copy).toMatchObject({ name: 'Operator Komputer Angkatan 2', totalJp: 96 });
  expect(copy?.units).toHaveLength(3);
});

test('an admin records a workshop and an MTU site', async ({ page, harness }) => {
  await loginAs(page);
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Ruang / Workshop' }).click();
  await expect(page.getByText('Belum ada ruang atau workshop.')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah ruang' }).press('Enter');
  const roomDialog = page.getByRole('dialog', { name: 'Ruang / workshop baru' });
  await expect(roomDialog.getByLabel('Nama ruang')).toBeFocused();
  await page.keyboard.type('Workshop Las 1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Las');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect(roomDialog).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Workshop Las 1', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '12 orang' })).toBeVisible();

  await nav.getByRole('link', { name: 'Lokasi MTU' }).click();
  await page.getByRole('button', { name: 'Tambah lokasi' }).press('Enter');
  const siteDialog = page.getByRole('dialog', { name: 'Lokasi MTU baru' });
  await expect(siteDialog.getByLabel('Nama tempat')).toBeFocused();
  await page.keyboard.type('Balai Desa Songka');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Songka');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Batu Sopang');
  await page.keyboard.press('Enter');
  await expect(siteDialog).toHaveCount(0);
  await expect(page.getByText('Balai Desa Songka', { exact: true })).toBeVisible();

  expect(await harness.backdoor('rooms.list', {})).toMatchObject([
    { name: 'Workshop Las 1', trade: 'Las', capacity: 12 },
  ]);
  expect(await harness.backdoor('mtuSites.list', {})).toMatchObject([
    { name: 'Balai Desa Songka', village: 'Songka', district: 'Batu Sopang', active: true },
  ]);
});

test('an instructor with a lapsed methodology certificate is flagged', async ({ page, harness }) => {
  await loginAs(page);
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Instruktur', exact: true }).click();
  await expect(page.getByText('Belum ada instruktur.')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah instruktur' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Instruktur baru' });
  await expect(dialog.getByLabel('NIK')).toBeFocused();
  await page.keyboard.type('6401010909950001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rahmat Hidayat');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0812 3456 7890');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Las');
  await page.keyboard.press('Enter');

  const competency = dialog.getByRole('group', { name: 'Sertifikat kompetensi' });
  await competency.getByLabel('Sudah punya sertifikat kompetensi').press('Space');
  await competency.getByLabel('Nomor sertifikat').fill('KOM-LAS-2024-001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('BNSP');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01/02/2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01/02/2030');

  const methodology = dialog.getByRole('group', { name: 'Sertifikat metodologi' });
  await methodology.getByLabel('Sudah punya sertifikat metodologi').press('Space');
  await methodology.getByLabel('Nomor sertifikat').fill('MET-2019-77');
  await page.keyboard.press('Tab');
  await page.keyboard.type('BBPLK Bekasi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10/03/2019');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10/03/2022');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  const row = page.getByRole('row', { name: /Rahmat Hidayat/ });
  await expect(row.getByText('Berlaku', { exact: true })).toBeVisible();
  await expect(row.getByText('Sudah habis')).toBeVisible();
  const warnings = page.getByRole('region', { name: 'Peringatan sertifikat' });
  await expect(warnings).toContainText('Rahmat Hidayat');
  await expect(warnings).toContainText('Sertifikat metodologi');
  await expect(nav.getByLabel('1 peringatan sertifikat')).toBeVisible();

  const [instructor] = await harness.backdoor('instructors.list', {});
  expect(instructor).toMatchObject({
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Las'],
    competency: { state: 'valid', expiresOn: '2030-02-01' },
    methodology: { state: 'expired', expiresOn: '2022-03-10' },
  });
});
