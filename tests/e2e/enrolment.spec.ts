import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { formatDate } from '../../src/shared/format';
import { nikDateDigits } from '../../src/shared/nik';
import { todayIn } from '../../src/shared/time';
import type { Sex } from '../../src/shared/domain';
import { E2E_START, expect, loginAs, setUpBlk, test, type Harness } from './fixtures';

/** Dates relative to today (WITA), so the tests do not rot: classes start on the 1st of next month. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const today = todayIn(E2E_START);
const [thisYear, thisMonth] = today.split('-').map(Number) as [number, number];
const classStart =
  thisMonth === 12 ? `${thisYear + 1}-01-01` : `${thisYear}-${String(thisMonth + 1).padStart(2, '0')}-01`;
const classEnd = addDays(classStart, 40);
const startYear = Number(classStart.slice(0, 4));

/** A birth date that makes someone `age` on the class's first day, their birthday `daysBefore` days earlier. */
function bornAged(age: number, daysBefore = 60): string {
  return addDays(`${startYear - age}${classStart.slice(4)}`, -daysBefore);
}
/** A Kuaro (Kabupaten Paser) NIK for this birth date and sex. */
function nikFor(birthDate: string, sex: Sex, serial: string): string {
  return `640105${nikDateDigits(birthDate, sex)}${serial}`;
}
const typed = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function arrangeClass(harness: Harness, options: { quota?: number; name?: string } = {}) {
  const program = await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 240,
    rules: { minAge: 17, maxAge: 35 },
  });
  return harness.backdoor('classes.create', {
    programId: program.id,
    name: options.name ?? `Operator Komputer Angkatan 1 ${startYear}`,
    quota: options.quota ?? 16,
    startDate: classStart,
    endDate: classEnd,
  });
}

async function arrangePerson(harness: Harness, fullName: string, birthDate: string, sex: Sex, serial: string) {
  return harness.backdoor('participants.create', {
    nik: nikFor(birthDate, sex, serial),
    fullName,
    birthPlace: 'Tanah Grogot',
    birthDate,
    sex,
    phone: `0812345678${serial.slice(2)}`,
    education: 'SMA',
    activity: 'not_working',
  });
}

/** The dashboard (Beranda) opens after login; the walk-in flow is one click away in the menu. */
async function openEnrolment(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Pendaftaran' }).click();
}

/** Step 1: the NIK, then Enter. */
async function typeNik(page: Page, nik: string) {
  await expect(page.getByLabel('NIK')).toBeFocused();
  await page.keyboard.type(nik);
  await page.keyboard.press('Enter');
}

/**
 * Step 2 by keyboard, in the form's own Tab order. Birth date, sex, regency and district come
 * from the NIK, so the clerk only Tabs past them.
 */
async function fillPerson(
  page: Page,
  person: { fullName: string; birthPlace: string; street: string; village: string; phone: string },
  { doubleEnter = false } = {},
) {
  const tab = () => page.keyboard.press('Tab');
  await expect(page.getByLabel('Nama lengkap')).toBeFocused();
  await page.keyboard.type(person.fullName);
  await tab();
  await page.keyboard.type(person.birthPlace);
  await tab(); // Tanggal lahir: from the NIK
  await tab(); // Jenis kelamin: from the NIK
  await tab();
  await page.keyboard.type(person.street);
  await tab();
  await page.keyboard.type(person.village);
  await tab(); // Kabupaten/Kota: from the NIK
  await tab(); // Kecamatan: from the NIK
  await tab();
  await expect(page.getByLabel('Nomor HP')).toBeFocused();
  await page.keyboard.type(person.phone);
  await tab(); // Email: optional
  await tab();
  await expect(page.getByRole('combobox', { name: 'Pendidikan terakhir' })).toBeFocused();
  await page.keyboard.type('SMK');
  await page.keyboard.press('Enter');
  await tab(); // Disabilitas: none
  await tab();
  await page.keyboard.press('Space'); // Kegiatan saat ini: the first choice, "Tidak bekerja"
  await expect(page.getByRole('radio', { name: 'Tidak bekerja' })).toBeChecked();
  await page.keyboard.press('Enter');
  // An impatient second Enter must not save twice (the second save would hit NIK_EXISTS).
  if (doubleEnter) await page.keyboard.press('Enter');
}

const firstClass = (page: Page) =>
  page.getByRole('radiogroup', { name: 'Kelas yang dibuka' }).getByRole('radio').first();

/** Step 3: focus is on the first open class; Space picks it, Tab reaches the confirm button. */
async function chooseFirstClassAndConfirm(page: Page, button: RegExp | string = 'Daftarkan') {
  const card = firstClass(page);
  await expect(card).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Syarat peserta' })).toBeVisible();
  const confirm = page.getByRole('button', { name: button, exact: typeof button === 'string' });
  await expect(confirm).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
}

test.beforeEach(async ({ harness }) => {
  await setUpBlk(harness);
});

test('a walk-in man is enrolled by keyboard alone', async ({ page, harness }) => {
  const klass = await arrangeClass(harness);
  await loginAs(page);
  await openEnrolment(page);
  const birthDate = bornAged(24);
  await typeNik(page, nikFor(birthDate, 'L', '0001'));
  await fillPerson(
    page,
    {
      fullName: 'Budi',
      birthPlace: 'Tanah Grogot',
      street: 'Jl. Kusuma Bangsa RT 03',
      village: 'Kuaro',
      phone: '0812 3456 7801',
    },
    { doubleEnter: true },
  );
  await expect(page.getByText('Pilih kelas untuk Budi.')).toBeVisible();
  await chooseFirstClassAndConfirm(page);

  await expect(page.getByRole('heading', { name: 'Pendaftaran tersimpan' })).toBeVisible();
  await expect(page.getByTestId('registration-no')).toHaveText(`PND-${thisYear}-00001`);
  await expect(page.getByText('Terdaftar', { exact: true })).toBeVisible();
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  expect(roster.roster).toMatchObject([{ fullName: 'Budi', sex: 'L', status: 'registered', phone: '081234567801' }]);

  // "Pendaftaran baru" starts over with the focus on the NIK.
  await page.getByRole('button', { name: 'Pendaftaran baru' }).click();
  await expect(page.getByLabel('NIK')).toBeFocused();
  await expect(page.getByLabel('NIK')).toHaveValue('');
});

test('a woman’s NIK (day + 40) fills in her birth date and sex, and a different entry only warns', async ({
  page,
  harness,
}) => {
  await arrangeClass(harness);
  await loginAs(page);
  await openEnrolment(page);
  const birthDate = bornAged(27);
  const nik = nikFor(birthDate, 'P', '0002');
  expect(Number(nik.slice(6, 8))).toBeGreaterThan(40);
  await page.getByLabel('NIK').fill(nik);
  // The decoded NIK shows while typing, before Enter.
  await expect(page.getByText(`Perempuan, lahir ${formatDate(birthDate, 'id')}`)).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('Tanggal lahir')).toHaveValue(typed(birthDate));
  await expect(page.getByRole('radio', { name: 'Perempuan' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Kecamatan' })).toHaveValue('Kuaro');

  // A different sex is a warning next to the fields, not a block.
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await expect(page.getByTestId('nik-mismatch')).toContainText(
    `NIK menunjukkan Perempuan, lahir ${formatDate(birthDate, 'id')}`,
  );
  await page.getByRole('radio', { name: 'Perempuan' }).check();
  await expect(page.getByTestId('nik-mismatch')).toHaveCount(0);

  await page.getByLabel('Nama lengkap').focus();
  await fillPerson(page, {
    fullName: 'Siti Aminah',
    birthPlace: 'Paser',
    street: 'Jl. Pangeran Menteri',
    village: 'Janju',
    phone: '+62 812 3456 7802',
  });
  await chooseFirstClassAndConfirm(page);
  await expect(page.getByRole('heading', { name: 'Pendaftaran tersimpan' })).toBeVisible();
  const person = await harness.backdoor('participants.search', { query: nik });
  expect(person.rows).toMatchObject([{ fullName: 'Siti Aminah', sex: 'P', birthDate, phone: '081234567802' }]);
});

test('a 16-year-old is refused, with the age rule and its reason shown', async ({ page, harness }) => {
  await arrangeClass(harness);
  await harness.backdoor('operators.create', {
    username: 'dewi',
    fullName: 'Dewi Lestari',
    role: 'front_desk',
    password: 'rahasia123',
  });
  const young = await arrangePerson(harness, 'Rahmat', bornAged(16, 30), 'L', '0003');
  await loginAs(page, 'dewi', 'rahasia123');
  await page.goto(`/#/enrol/${young.id}`);
  await expect(firstClass(page)).toBeFocused();
  await page.keyboard.press('Space');

  const rule = page.locator('[data-rule="min_age"]');
  await expect(rule).toHaveAttribute('data-passed', 'false');
  await expect(rule).toContainText('Usia 16 tahun, di bawah batas minimal 17 tahun');
  await expect(page.locator('[data-rule="max_age"]')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('eligibility-verdict')).toContainText('belum dapat didaftarkan');
  // A front-desk clerk has no override, and the confirm button stays disabled.
  await expect(page.getByText('Abaikan aturan')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Daftarkan', exact: true })).toBeDisabled();
  const after = await harness.backdoor('participants.get', { id: young.id });
  expect(after.enrolments).toEqual([]);
});

test('a NIK already on record opens that person instead of making a second record', async ({ page, harness }) => {
  const known = await arrangePerson(harness, 'Siti Rahmawati', bornAged(30), 'P', '0004');
  await loginAs(page);
  await openEnrolment(page);
  await page.getByLabel('NIK').fill(known.nik);
  await expect(page.getByText('NIK ini milik Siti Rahmawati.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Siti Rahmawati' })).toBeVisible();
  const everyone = await harness.backdoor('participants.search', {});
  expect(everyone.total).toBe(1);
  // From the person's page, Enter goes on to the class choice for that person.
  await expect(page.getByRole('button', { name: 'Daftarkan ke kelas' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Pilih kelas untuk Siti Rahmawati.')).toBeVisible();
});

test('a full class puts the next person on the reserve list, and a freed seat is offered to them', async ({
  page,
  harness,
}) => {
  const klass = await arrangeClass(harness, { quota: 1 });
  const first = await arrangePerson(harness, 'Andi', bornAged(22), 'L', '0005');
  await harness.backdoor('enrolments.enroll', { participantId: first.id, classId: klass.id });
  const next = await arrangePerson(harness, 'Nur Aisyah', bornAged(23), 'P', '0006');
  await loginAs(page);
  await page.goto(`/#/enrol/${next.id}`);
  await expect(page.getByText('1 dari 1 kursi terisi')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('seats')).toHaveText('Kelas penuh: akan masuk daftar Peserta cadangan urutan 1.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Masuk daftar Peserta cadangan' })).toBeVisible();
  await expect(page.getByText('Peserta cadangan (urutan 1)')).toBeVisible();

  // On the roster, Andi withdraws; the seat goes to the first reserve.
  await page.goto(`/#/classes/${klass.id}`);
  await page.getByRole('button', { name: 'Tindakan untuk Andi' }).click();
  await page.getByRole('menuitem', { name: 'Batalkan pendaftaran' }).click();
  await page.getByRole('button', { name: 'Ya, ubah status' }).click();
  await expect(page.getByText('Kursi yang kosong ditawarkan kepada Nur Aisyah')).toBeVisible();
  await expect(page.getByText('Ditawari kursi')).toBeVisible();
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  expect(roster.roster.map((row) => [row.fullName, row.status])).toEqual([
    ['Nur Aisyah', 'registered'],
    ['Andi', 'withdrawn'],
  ]);
});

test('the receipt PDF is written to the data dir and carries the person’s name', async ({ page, harness }) => {
  await arrangeClass(harness);
  const person = await arrangePerson(harness, 'Muhammad Rizky', bornAged(20), 'L', '0007');
  await loginAs(page);
  await page.goto(`/#/enrol/${person.id}`);
  await chooseFirstClassAndConfirm(page);
  const print = page.getByRole('button', { name: 'Cetak tanda terima' });
  await expect(print).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Tanda terima disimpan sebagai Tanda-Terima-PND-${thisYear}-00001.pdf`)).toBeVisible();
  expect(harness.opened).toHaveLength(1);
  const path = harness.opened[0] ?? '';
  expect(path.startsWith(harness.dataDir)).toBe(true);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Muhammad Rizky');
  expect(text).toContain(`PND-${thisYear}-00001`);
});
