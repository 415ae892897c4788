import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { nikDateDigits } from '../../src/shared/nik';
import type { Sex } from '../../src/shared/domain';
import { expect, loginAs, setUpBlk, test, type Harness } from './fixtures';

/**
 * Screenshots for a human to look at (PELITA_SHOTS=1 npx playwright test screens): the screens a
 * front-desk clerk meets, with realistic data, at a front-desk laptop's size.
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'] ?? '/tmp/shots';
test.skip(!process.env['PELITA_SHOTS'], 'screenshots only on request (PELITA_SHOTS=1)');
test.use({ viewport: { width: 1366, height: 900 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

const PEOPLE: [string, string, Sex, string][] = [
  ['Siti Aminah', '1999-01-05', 'P', 'Kuaro'],
  ['Budi', '2000-03-12', 'L', 'Tanah Grogot'],
  ['Muhammad Rizky Pratama', '2003-07-21', 'L', 'Long Ikis'],
  ['Nur Aisyah', '2001-11-02', 'P', 'Batu Sopang'],
  ['Andi Saputra', '1997-05-30', 'L', 'Pasir Belengkong'],
  ['Dewi Lestari', '2004-02-14', 'P', 'Muara Komam'],
  ['Rahmat Hidayat', '1995-09-09', 'L', 'Tanjung Harapan'],
  ['Fitriani', '2002-12-25', 'P', 'Long Kali'],
];

async function arrange(harness: Harness) {
  const program = await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 240,
    rules: { minAge: 17, maxAge: 35, minEducation: 'SMP', domicileRegencyCode: '6401' },
  });
  const full = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Operator Komputer Angkatan 1 2026',
    quota: 3,
    startDate: '2026-12-01',
    endDate: '2027-01-15',
  });
  const open = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Operator Komputer Angkatan 2 2027',
    quota: 16,
    startDate: '2027-02-01',
    endDate: '2027-03-15',
  });
  const ids: number[] = [];
  for (const [index, [fullName, birthDate, sex, district]] of PEOPLE.entries()) {
    const person = await harness.backdoor('participants.create', {
      nik: `640105${nikDateDigits(birthDate, sex)}${String(index + 1).padStart(4, '0')}`,
      fullName,
      birthPlace: 'Tanah Grogot',
      birthDate,
      sex,
      district,
      village: 'Desa ' + district.split(' ')[0],
      regencyCode: '6401',
      phone: `08125550${String(index).padStart(4, '0')}`,
      education: index % 2 ? 'SMK' : 'SMA',
      activity: 'not_working',
    });
    ids.push(person.id);
  }
  for (const id of ids.slice(0, 5))
    await harness.backdoor('enrolments.enroll', { participantId: id, classId: full.id });
  return { full, open, ids };
}

test('screens a clerk sees', async ({ page, harness }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto('/');
  await expect(page.getByLabel('Nama BLK')).toBeFocused();
  await shot(page, '01-setup');

  await setUpBlk(harness);
  const { full, open, ids } = await arrange(harness);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await shot(page, '02-login');
  await loginAs(page);
  // The dashboard opens after login; the enrolment page is one click away.
  await page.getByRole('navigation').getByRole('link', { name: 'Pendaftaran' }).click();

  await page.getByLabel('NIK').fill('6401054501990');
  await shot(page, '03-nik-typing');
  await page.getByLabel('NIK').fill('6401056010020009');
  await page.keyboard.press('Enter');
  await page.getByLabel('Nama lengkap').fill('Wahyuni');
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await expect(page.getByTestId('nik-mismatch')).toBeVisible();
  await shot(page, '04-person-warning');

  // An admin enrolling someone too old for the programme into the open class.
  const older = await harness.backdoor('participants.create', {
    nik: '6401051203880010',
    fullName: 'Hendra Gunawan',
    birthPlace: 'Balikpapan',
    birthDate: '1988-03-12',
    sex: 'L',
    phone: '081255500099',
    education: 'SD',
    activity: 'working',
  });
  await page.goto(`/#/enrol/${older.id}`);
  await page.getByRole('radio', { name: open.name }).click();
  await page.getByRole('checkbox', { name: /Usia maksimal/ }).check();
  await expect(page.getByRole('heading', { name: 'Syarat peserta' })).toBeVisible();
  await shot(page, '05-eligibility');
  await page
    .getByLabel(/Alasan mengabaikan aturan: Usia maksimal/)
    .fill('Rekomendasi Kepala Desa: kepala keluarga, tidak bekerja sejak PHK');
  await page.getByRole('checkbox', { name: /Pendidikan minimal/ }).check();
  await page.getByLabel(/Alasan mengabaikan aturan: Pendidikan minimal/).fill('Sudah mengikuti paket B');
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pendaftaran tersimpan' })).toBeVisible();
  await page.goto(`/#/classes/${open.id}`);
  await expect(page.getByText(/Aturan diabaikan/).first()).toBeVisible();
  await shot(page, '05b-roster-override');

  await page.goto(`/#/enrol/${ids[6]}`);
  await page.getByRole('radio', { name: full.name }).click();
  await expect(page.getByTestId('seats')).toContainText('Kelas penuh');
  await shot(page, '06-class-full');

  await page.getByTestId('seats').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Daftarkan sebagai Peserta cadangan' }).click();
  await page.getByRole('button', { name: 'Cetak tanda terima' }).click();
  await expect(page.getByText(/Tanda terima disimpan/)).toBeVisible();
  await shot(page, '07-result');

  await harness.backdoor('enrolments.setStatus', { enrolmentId: 1, status: 'accepted' });
  await harness.backdoor('enrolments.setStatus', { enrolmentId: 2, status: 'withdrawn' });
  await page.goto(`/#/classes/${full.id}`);
  await expect(page.getByText('Ditawari kursi')).toBeVisible();
  await shot(page, '08-roster');

  await page.goto('/#/participants');
  await expect(page.getByTestId('participants-total')).toContainText('9');
  await shot(page, '09-participants');
  await page.getByLabel('Cari peserta').fill('aminha');
  await expect(page.getByTestId('fuzzy-hint')).toBeVisible();
  await shot(page, '10-participants-fuzzy');

  await page.goto(`/#/participants/${ids[0]}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Siti Aminah' })).toBeVisible();
  await shot(page, '11-person');

  await page.goto('/#/programs');
  await expect(page.getByRole('cell', { name: 'Operator Komputer', exact: true })).toBeVisible();
  await shot(page, '12-programs');
  await page.goto('/#/classes');
  await shot(page, '13-classes');
  await page.goto('/#/settings');
  await expect(page.getByText('Admin BLK').last()).toBeVisible();
  await shot(page, '14-settings');

  await page.getByText('EN', { exact: true }).click();
  await page.goto(`/#/enrol/${older.id}`);
  await page.getByRole('radio', { name: open.name }).click();
  await expect(page.getByRole('heading', { name: 'Eligibility' })).toBeVisible();
  await shot(page, '15-eligibility-en');
});
