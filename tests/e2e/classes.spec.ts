import type { Page } from '@playwright/test';
import { nikDateDigits } from '../../src/shared/nik';
import { E2E_START, expect, loginAs, setUpBlk, test, type Harness } from './fixtures';

const DAY = 86_400_000;
const iso = (days: number) => new Date(E2E_START.getTime() + days * DAY).toISOString().slice(0, 10);
const typed = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const classStart = iso(30);
const classEnd = iso(75);
/** The methodology certificate lapses ten days before the class's last day. */
const methodologyEnds = iso(65);

async function arrange(harness: Harness) {
  await setUpBlk(harness);
  const program = await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 240,
    rules: {},
  });
  await harness.backdoor('mtuSites.create', {
    name: 'Balai Desa Songka',
    village: 'Songka',
    district: 'Batu Sopang',
    contactName: 'Pak Kades Songka',
    contactPhone: '081250001234',
  });
  await harness.backdoor('instructors.create', {
    nik: '6401010909850001',
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Teknologi Informasi'],
    competency: { number: 'K-1', issuer: 'BNSP', issuedOn: '2024-02-01', expiresOn: iso(900) },
    methodology: { number: 'M-1', issuer: 'BBPLK Bekasi', issuedOn: '2023-03-10', expiresOn: methodologyEnds },
  });
  // The source class: one seat, taken; the next person waits on the reserve list.
  const source = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Operator Komputer Angkatan 1',
    quota: 1,
    minToOpen: 1,
    startDate: classStart,
    endDate: classEnd,
  });
  const person = (fullName: string, serial: string, sex: 'L' | 'P', birthDate: string) =>
    harness.backdoor('participants.create', {
      nik: `640105${nikDateDigits(birthDate, sex)}${serial}`,
      fullName,
      birthPlace: 'Tanah Grogot',
      birthDate,
      sex,
      phone: `08123456780${serial.slice(3)}`,
      education: 'SMA',
      activity: 'not_working',
    });
  const moving = await person('Budi Santoso', '0001', 'L', '2000-04-12');
  const waiting = await person('Nur Aisyah', '0002', 'P', '2001-07-20');
  await harness.backdoor('enrolments.enroll', { participantId: moving.id, classId: source.id });
  const reserve = await harness.backdoor('enrolments.enroll', { participantId: waiting.id, classId: source.id });
  expect(reserve.status).toBe('reserve');
  return { source };
}

/** In a focused searchable select: replace what it shows, then take the first match. */
/** Screenshots for a human to look at: PELITA_SHOTS_DIR=/tmp/shots4 npx playwright test classes. */
const SHOTS = process.env['PELITA_SHOTS_DIR'];
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function chooseOption(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('an admin creates a Dana Desa class at an MTU site, opens it, and moves a trainee into it', async ({
  page,
  harness,
}) => {
  const { source } = await arrange(harness);
  await loginAs(page);
  await page.getByRole('link', { name: 'Kelas / Paket' }).click();
  await page.getByRole('button', { name: 'Tambah kelas' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Kelas baru' });
  await expect(dialog.getByRole('combobox', { name: 'Program pelatihan' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Operator Komputer Desa Songka');
  await page.keyboard.press('Tab');
  await page.keyboard.type(typed(classStart));
  await page.keyboard.press('Tab');
  await page.keyboard.type(typed(classEnd));
  await dialog.getByRole('combobox', { name: 'Sumber dana' }).focus();
  await chooseOption(page, 'Dana Desa');
  const sponsor = dialog.getByRole('textbox', { name: 'Desa pemberi dana' });
  await expect(sponsor).toBeVisible();
  await dialog.getByRole('radio', { name: 'Lokasi MTU' }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('combobox', { name: 'Lokasi MTU' }).focus();
  await chooseOption(page, 'Songka');
  await dialog.getByRole('button', { name: 'Tambah instruktur' }).press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Instruktur 1' })).toBeFocused();
  await chooseOption(page, 'Rahmat');
  // Before saving: the methodology certificate lapses before the class ends.
  await expect(dialog.getByText(/Sertifikat metodologi habis .*, sebelum kelas selesai/)).toBeVisible();
  await shot(page, 'class-form');
  await dialog.getByRole('combobox', { name: 'Status awal' }).focus();
  await chooseOption(page, 'Direncanakan');
  await page.keyboard.press('Enter');
  // The sponsoring village is required for Dana Desa.
  await expect(dialog.getByText('Wajib diisi')).toBeVisible();
  await sponsor.focus();
  await page.keyboard.type('Desa Songka');
  await shot(page, 'class-form-sponsor');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Operator Komputer Desa Songka' })).toBeVisible();
  await expect(page.getByText('Dana Desa', { exact: true })).toBeVisible();
  await expect(page.getByText('Desa pemberi dana: Desa Songka')).toBeVisible();
  await expect(page.getByText('Balai Desa Songka (Desa Songka)')).toBeVisible();
  await expect(page.getByText(/Sertifikat metodologi habis .*, sebelum kelas selesai/)).toBeVisible();
  await expect(page.getByText('1 masalah sertifikat')).toBeVisible();
  await expect(page.getByText('Di bawah minimum')).toBeVisible();
  const [created] = (await harness.backdoor('classes.list', {})).filter((klass) => klass.id !== source.id);
  expect(created).toMatchObject({
    status: 'planned',
    fundingSource: 'dana_desa',
    sponsorName: 'Desa Songka',
    place: { kind: 'mtu', name: 'Balai Desa Songka' },
    minToOpen: 10,
    instructors: [{ fullName: 'Rahmat Hidayat', role: 'lead' }],
  });

  await shot(page, 'class-page-planned');
  await page.getByRole('button', { name: 'Buka pendaftaran' }).press('Enter');
  await shot(page, 'class-open-confirm');
  const confirm = page.getByRole('dialog', { name: 'Buka pendaftaran' });
  await expect(confirm.getByRole('button', { name: 'Ya, lanjutkan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mulai pelatihan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kembali ke rencana' })).toBeVisible();

  // The class warnings on the classes page link to the class.
  await page.getByRole('navigation').getByRole('link', { name: 'Kelas / Paket' }).click();
  const warnings = page.getByRole('region', { name: 'Peringatan kelas' });
  await expect(warnings.getByText(/Rahmat Hidayat: Sertifikat metodologi habis/)).toBeVisible();
  await expect(page.getByRole('cell', { name: /MTU · Balai Desa Songka/ })).toBeVisible();
  await shot(page, 'classes-list');

  await page.getByRole('link', { name: 'Operator Komputer Angkatan 1' }).first().click();
  await page.getByRole('button', { name: 'Tindakan untuk Budi Santoso' }).press('Enter');
  await page.getByRole('menuitem', { name: 'Pindah kelas' }).press('Enter');
  const move = page.getByRole('dialog', { name: 'Pindah kelas: Budi Santoso' });
  await expect(move.getByRole('combobox', { name: 'Pindah ke kelas' })).toBeFocused();
  await chooseOption(page, 'Desa Songka');
  await expect(move.getByText('Peserta mendapat kursi di kelas tujuan (16 kursi kosong).')).toBeVisible();
  await move.getByRole('button', { name: 'Pindahkan' }).press('Enter');
  await expect(move.getByText('Wajib diisi')).toBeVisible();
  await move.getByRole('textbox', { name: 'Alasan pindah' }).focus();
  await page.keyboard.type('Rumah dekat Balai Desa Songka');
  await shot(page, 'transfer-dialog');
  await move.getByRole('button', { name: 'Pindahkan' }).press('Enter');
  await expect(move).toHaveCount(0);
  await expect(
    page.getByText('Budi Santoso pindah ke Operator Komputer Desa Songka dengan status "Terdaftar".'),
  ).toBeVisible();
  await expect(page.getByText('Kursi kosong ditawarkan')).toBeVisible();
  await expect(page.getByText(/ditawarkan kepada Nur Aisyah/)).toBeVisible();
  await expect(page.getByText('Ditawari kursi')).toBeVisible();
  await shot(page, 'class-page-after-transfer');
});
