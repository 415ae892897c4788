import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { arrangeFinishedClass, GRADUATES } from './certificates-arrange';
import { expect, loginAs, setUpBlk, test, type Harness } from './fixtures';

/**
 * Beranda and Laporan through the screens: today's work right after login (a class running with
 * a session today, an overdue check-out, a consumable running low), the placement headline, and
 * two reports exported as xlsx and read back. Screenshots for a human with PELITA_SHOTS_DIR set.
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'];
test.use({ viewport: { width: 1366, height: 900 } });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  // The app shell's header is fixed: a full-page shot of a scrolled page repeats it mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** E2E_START is Monday 23 November 2026 (WITA). */
const TODAY = '2026-11-23';

/**
 * A welding workshop with today's work: Las SMAW Angkatan 1 running since last Monday with a
 * session this morning, a welding machine lent to the instructor and due back last Friday, and
 * welding wire below its reorder level.
 */
async function arrangeToday(harness: Harness) {
  const room = await harness.backdoor('rooms.create', { name: 'Workshop Las 1', trade: 'Las', capacity: 12 });
  const category = await harness.backdoor('equipmentCategories.create', {
    name: 'Mesin las',
    code: 'las',
    usefulLifeYears: 5,
  });
  const instructor = await harness.backdoor('instructors.create', {
    nik: '6401011203800002',
    fullName: 'Hendra Wijaya',
    phone: '081234567891',
    employerKind: 'blk',
    trades: ['Las'],
    competency: { number: 'K-2', issuer: 'BNSP', issuedOn: '2024-02-01', expiresOn: '2029-02-01' },
    methodology: { number: 'M-2', issuer: 'BBPLK Bekasi', issuedOn: '2023-03-10', expiresOn: '2028-03-10' },
  });
  const program = await harness.backdoor('programs.create', {
    code: 'LAS',
    name: 'Pengelasan SMAW',
    trade: 'Las',
    totalJp: 120,
    minAttendancePct: 80,
    rules: {},
    units: [{ code: 'C.24.100.001.01', title: 'Mengelas pelat posisi datar', jp: 120 }],
  });
  const klass = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Las SMAW Angkatan 1',
    quota: 16,
    minToOpen: 1,
    startDate: '2026-11-16',
    endDate: '2026-12-04',
    status: 'open',
    place: { kind: 'room', roomId: room.id },
    instructors: [{ instructorId: instructor.id, role: 'lead' }],
  });
  const person = await harness.backdoor('participants.create', {
    nik: '6401051505000001',
    fullName: 'Joko Susilo',
    birthPlace: 'Tanah Grogot',
    birthDate: '2000-05-15',
    sex: 'L',
    phone: '081234500001',
    education: 'SMK',
    activity: 'not_working',
  });
  const enrolment = await harness.backdoor('enrolments.enroll', { participantId: person.id, classId: klass.id });
  for (const status of ['accepted', 'reregistered'] as const) {
    await harness.backdoor('enrolments.setStatus', { enrolmentId: enrolment.id, status });
  }
  await harness.backdoor('classes.setStatus', { id: klass.id, status: 'running' });
  await harness.backdoor('sessions.create', {
    classId: klass.id,
    date: TODAY,
    startTime: '08:00',
    endTime: '15:00',
    jp: 8,
    instructorIds: [instructor.id],
  });
  const machine = await harness.backdoor('assets.create', {
    name: 'Mesin las inverter 120A',
    categoryId: category.id,
    roomId: room.id,
    condition: 'good',
    source: 'ministry_grant',
    acquiredOn: '2024-03-01',
    valueRupiah: 5_000_000,
  });
  await harness.backdoor('loans.checkOut', {
    borrowerKind: 'instructor',
    instructorId: instructor.id,
    responsibleName: 'Hendra Wijaya',
    purpose: 'Praktik di MTU',
    checkedOutOn: '2026-11-16',
    dueOn: '2026-11-20',
    assetIds: [machine.id],
  });
  const wire = await harness.backdoor('consumables.create', {
    name: 'Kawat las RB 2,6 mm',
    unit: 'kg',
    roomId: room.id,
    lowStock: 5,
  });
  await harness.backdoor('consumables.move', {
    consumableId: wire.id,
    kind: 'received',
    quantity: 2,
    movedOn: '2026-11-16',
  });
  return { klass };
}

/**
 * Last week's Operator Komputer class, finished, with three graduates followed up today: Budi
 * works, Nur Aisyah runs a stall, Siti is still looking. Two of three reached are placed.
 */
async function arrangeFollowedUpGraduates(harness: Harness) {
  const { klass } = await arrangeFinishedClass(harness);
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  const enrolmentOf = (fullName: string) => {
    const row = roster.roster.find((item) => item.fullName === fullName);
    if (!row) throw new Error(`${fullName} is not on the roster`);
    return row.enrolmentId;
  };
  const [employed = '', selfEmployed = '', notWorking = ''] = GRADUATES;
  await harness.backdoor('followUps.record', {
    enrolmentId: enrolmentOf(employed),
    contactedOn: TODAY,
    channel: 'phone',
    outcome: 'employed',
    employer: 'CV Maju Jaya Komputer',
    sector: 'information_communication',
    jobTitle: 'Admin gudang',
    employmentKind: 'formal',
    incomeBand: '2m_3m',
  });
  await harness.backdoor('followUps.record', {
    enrolmentId: enrolmentOf(selfEmployed),
    contactedOn: TODAY,
    channel: 'whatsapp',
    outcome: 'self_employed',
    businessType: 'Jasa pengetikan dan fotokopi',
    incomeBand: '1m_2m',
  });
  await harness.backdoor('followUps.record', {
    enrolmentId: enrolmentOf(notWorking),
    contactedOn: TODAY,
    channel: 'phone',
    outcome: 'not_working',
  });
  return { klass, employed };
}

/** Every row of the first sheet named `sheetName` as plain text cells. */
async function readSheet(path: string, sheetName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet)
    throw new Error(`${path} has no sheet ${sheetName}: ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  return rows;
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** Runs one report card's export and answers the saved file's path (the harness's dialog saves under output/). */
async function exportReport(page: Page, harness: Harness, card: string): Promise<string> {
  const region = page.getByRole('region', { name: card });
  // The last export's notification may still be up (15 s): wait for a file name not seen before.
  const notices = page.getByText(/\.xlsx selesai disimpan\.$/);
  const seen = new Set(await notices.allTextContents());
  await region.getByRole('button', { name: 'Ekspor xlsx' }).click();
  let fresh = '';
  await expect
    .poll(async () => {
      fresh = (await notices.allTextContents()).find((text) => !seen.has(text)) ?? '';
      return fresh;
    })
    .not.toBe('');
  return join(harness.dataDir, 'output', fresh.replace(/ selesai disimpan\.$/, ''));
}

test('after login Beranda shows today’s work, each leading to its list', async ({ page, harness }) => {
  await setUpBlk(harness);
  await arrangeToday(harness);
  await loginAs(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Beranda' })).toHaveAttribute(
    'data-active',
    'true',
  );

  const sessions = page.getByRole('region', { name: 'Sesi hari ini' });
  await expect(sessions).toContainText('08:00–15:00 Las SMAW Angkatan 1');
  await expect(sessions).toContainText('Workshop Las 1');
  const running = page.getByRole('region', { name: 'Kelas berjalan' });
  await expect(running).toContainText('Las SMAW Angkatan 1');
  await expect(running).toContainText('1 peserta');
  const loans = page.getByRole('region', { name: 'Peminjaman terlambat' });
  await expect(loans).toContainText('Hendra Wijaya');
  await expect(loans).toContainText('terlambat 3 hari');
  const low = page.getByRole('region', { name: 'Bahan hampir habis' });
  await expect(low).toContainText('Kawat las RB 2,6 mm');
  await expect(low).toContainText('sisa 2 kg · batas 5 kg');
  await expect(page.getByRole('region', { name: 'Penelusuran jatuh tempo' })).toContainText(
    'Tidak ada penelusuran yang jatuh tempo',
  );
  // Nobody graduated yet: no percentage to claim.
  await expect(page.getByTestId('placement-rate')).toHaveText('Belum ada data');
  await shot(page, 'dashboard-today');

  await running.getByRole('link', { name: 'Las SMAW Angkatan 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Las SMAW Angkatan 1' })).toBeVisible();
  await page.goBack();
  await loans.getByRole('link', { name: 'Lihat semua' }).click();
  await expect(page).toHaveURL(/#\/loans$/);
  // The list has loaded before the harness closes (no call left hanging).
  await expect(page.getByRole('link', { name: 'Hendra Wijaya' }).first()).toBeVisible();
});

test('the placement headline, the charts as tables, and two reports exported as xlsx', async ({ page, harness }) => {
  await setUpBlk(harness);
  const { employed } = await arrangeFollowedUpGraduates(harness);
  await arrangeToday(harness);
  await loginAs(page);

  const rate = page.getByTestId('placement-rate');
  await expect(rate).toHaveText('67% dari 3 alumni terhubung');
  const byProgram = page.getByRole('region', { name: 'Penempatan per program' });
  await byProgram.getByText('Tabel', { exact: true }).click();
  const row = byProgram.getByRole('row', { name: /Operator Komputer/ });
  await expect(row.getByRole('cell')).toHaveText(['67%', '2', '3']);
  // One chart as a table file: the saved path is told in a notification.
  await byProgram.getByRole('button', { name: 'Ekspor Penempatan per program' }).click();
  const saved = page.getByText(/^Tersimpan di .+\.xlsx$/);
  await expect(saved).toBeVisible();
  const chartFile = ((await saved.textContent()) ?? '').replace(/^Tersimpan di /, '');
  expect(chartFile.startsWith(join(harness.dataDir, 'output'))).toBe(true);
  const chartRows = await readSheet(chartFile, (await sheetNames(chartFile))[0] ?? '');
  expect(chartRows.some((cells) => cells.includes('Operator Komputer'))).toBe(true);
  await shot(page, 'dashboard-figures');
  await page.getByRole('tab', { name: 'Peserta' }).click();
  await expect(page.getByRole('region', { name: 'Peserta menurut jenis kelamin' })).toBeVisible();
  await shot(page, 'dashboard-trainees');

  // Last year nobody graduated: the headline follows the period and claims nothing.
  await page.getByText('Tahun lalu', { exact: true }).click();
  await expect(page.getByText('1 Januari 2025 – 31 Desember 2025', { exact: true })).toBeVisible();
  await expect(rate).toHaveText('Belum ada data');

  await page.getByRole('navigation').getByRole('link', { name: 'Laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan' })).toBeVisible();

  // The period in one click: the presets beside the calendar, as on the dashboard.
  const followUpCard = page.getByRole('region', { name: 'Hasil penelusuran alumni' });
  await followUpCard.getByRole('button', { name: /Periode/ }).click();
  await shot(page, 'reports-period-presets');
  await page.getByRole('button', { name: '12 bulan terakhir' }).click();
  await expect(followUpCard.getByRole('button', { name: /Periode/ })).toHaveText('1 Desember 2025 – 23 November 2026');
  const followUps = await exportReport(page, harness, 'Hasil penelusuran alumni');
  const graduates = await readSheet(followUps, 'Alumni');
  const headings = graduates.find((cells) => cells.includes('Nama Lengkap')) ?? [];
  expect(headings).toEqual(expect.arrayContaining(['NIK', 'Nama Lengkap', 'Program Pelatihan', 'Status Terakhir']));
  const budi = graduates.find((cells) => cells.includes(employed)) ?? [];
  expect(budi[headings.indexOf('Status Terakhir')]).toBe('Bekerja');
  expect(budi[headings.indexOf('Tempat Kerja')]).toBe('CV Maju Jaya Komputer');
  expect(budi[headings.indexOf('Program Pelatihan')]).toBe('Operator Komputer');
  // Last year's question per funding source, in the same file.
  const byFunding = await readSheet(followUps, 'Per Sumber Dana');
  expect(byFunding.some((cells) => cells[1] === 'APBN')).toBe(true);

  const realisation = await exportReport(page, harness, 'Realisasi pelatihan');
  const lines = (await readSheet(realisation, 'Realisasi')).filter((cells) => cells.some((text) => text !== ''));
  const realisationHeadings = lines.find((cells) => cells.includes('Sumber Dana')) ?? [];
  expect(realisationHeadings).toEqual(expect.arrayContaining(['Sumber Dana', 'Jumlah Kelas', 'Tingkat Penempatan']));
  expect(lines.some((cells) => cells.includes('APBN'))).toBe(true);
});

test('a report export shows its progress and can be stopped', async ({ page, harness }) => {
  await setUpBlk(harness);
  await arrangeFollowedUpGraduates(harness);
  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Laporan' }).click();
  // Hold each part of the job until the test lets it go, so the bar can be seen (and stopped).
  await page.evaluate(() => {
    const host = window as unknown as {
      api: { invoke: (method: string, input: unknown) => Promise<unknown> };
      releaseExport?: () => void;
    };
    const invoke = host.api.invoke;
    host.api.invoke = async (method, input) => {
      if (method === 'reports.continue') await new Promise<void>((resolve) => (host.releaseExport = resolve));
      return invoke(method, input);
    };
  });
  const card = page.getByRole('region', { name: 'Hasil penelusuran alumni' });
  await card.getByRole('button', { name: 'Ekspor xlsx' }).dblclick();
  await expect(card.getByRole('status')).toHaveText(/^0 \/ \d+ baris$/);
  await shot(page, 'reports-progress');
  await card.getByRole('button', { name: 'Batal' }).click();
  await page.evaluate(() => (window as unknown as { releaseExport?: () => void }).releaseExport?.());
  await expect(page.getByText('Ekspor dihentikan; tidak ada berkas yang disimpan.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Ekspor xlsx' })).toBeEnabled();
});
