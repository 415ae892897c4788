import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E_START, expect, loginAs, setUpBlk, test } from './fixtures';

/**
 * Screenshots of the scheduling set-up screens for a human to look at
 * (PELITA_SHOTS=1 PELITA_SHOTS_DIR=/tmp/shots3 npx playwright test scheduling-screens).
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'] ?? '/tmp/shots';
test.skip(!process.env['PELITA_SHOTS'], 'screenshots only on request (PELITA_SHOTS=1)');
test.use({ viewport: { width: 1366, height: 900 } });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

test('scheduling set-up screens', async ({ page, harness }) => {
  mkdirSync(SHOTS, { recursive: true });
  await setUpBlk(harness);
  await harness.backdoor('programs.create', {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 96,
    rules: { minAge: 17, maxAge: 35 },
    units: [
      { code: 'J.620100.001.01', title: 'Mengoperasikan perangkat komputer', jp: 30 },
      { code: 'J.620100.002.01', title: 'Mengolah kata (word processing)', jp: 40 },
      { code: 'J.620100.003.01', title: 'Mengolah lembar kerja (spreadsheet)', jp: 26 },
    ],
  });
  await harness.backdoor('programs.create', {
    code: 'LAS',
    name: 'Pengelasan SMAW',
    trade: 'Las',
    totalJp: 240,
    rules: {},
  });
  await harness.backdoor('rooms.create', { name: 'Lab Komputer A', trade: 'Teknologi Informasi', capacity: 16 });
  await harness.backdoor('rooms.create', { name: 'Workshop Las 1', trade: 'Las', capacity: 12 });
  await harness.backdoor('rooms.create', { name: 'Ruang Teori 2', capacity: 30, active: false });
  await harness.backdoor('mtuSites.create', {
    name: 'Balai Desa Songka',
    village: 'Songka',
    district: 'Batu Sopang',
    contactName: 'Pak Kades Songka',
    contactPhone: '081250001234',
  });
  await harness.backdoor('mtuSites.create', {
    name: 'Pondok Pesantren Al-Ikhlas',
    village: 'Senaken',
    district: 'Tanah Grogot',
    address: 'Jl. Kusuma Bangsa RT 05',
  });
  const certificate = (issuedOn: string, expiresOn: string, issuer: string) => ({
    number: `NO-${issuedOn}`,
    issuer,
    issuedOn,
    expiresOn,
  });
  await harness.backdoor('instructors.create', {
    nik: '6401010909850001',
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Las'],
    competency: certificate('2024-02-01', '2029-02-01', 'BNSP'),
    methodology: certificate('2019-03-10', '2022-03-10', 'BBPLK Bekasi'),
  });
  const soon = new Date(E2E_START.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  await harness.backdoor('instructors.create', {
    nik: '6401024512900002',
    fullName: 'Siti Nurhaliza',
    phone: '081398765432',
    employerKind: 'partner',
    employerName: 'PT Kideco Jaya Agung',
    trades: ['Teknologi Informasi', 'Desain Grafis'],
    competency: certificate('2023-05-01', soon, 'LSP TIK'),
    methodology: null,
  });
  await harness.backdoor('instructors.create', {
    nik: '6401031101880003',
    fullName: 'Andi',
    phone: '085212345678',
    employerKind: 'blk',
    trades: ['Teknologi Informasi'],
    competency: certificate('2024-01-10', '2029-01-10', 'BNSP'),
    methodology: certificate('2023-08-01', '2028-08-01', 'Kemnaker'),
  });

  await loginAs(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Program Pelatihan/ })
    .click();
  await page.getByRole('button', { name: /Unit kompetensi Operator Komputer/ }).click();
  await expect(page.getByRole('table', { name: 'Unit kompetensi Operator Komputer' })).toBeVisible();
  await page.waitForTimeout(600);
  await shot(page, 'programs-list');
  await page.getByRole('button', { name: 'Ubah Operator Komputer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah program' });
  await expect(dialog.getByLabel('Kode unit 3')).toHaveValue('J.620100.003.01');
  await shot(page, 'program-form');
  const total = dialog.getByRole('textbox', { name: 'Jumlah JP', exact: true });
  await total.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('100');
  await shot(page, 'program-form-mismatch');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Salin Operator Komputer' }).click();
  await shot(page, 'program-copy');
  await page.keyboard.press('Escape');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Instruktur/ })
    .click();
  await expect(page.getByText('Siti Nurhaliza').first()).toBeVisible();
  await shot(page, 'instructors', true);
  await page.getByRole('button', { name: 'Tambah instruktur' }).click();
  await page.getByLabel('Sudah punya sertifikat kompetensi').check();
  await page.getByText('Dari perusahaan mitra').click();
  await shot(page, 'instructor-form', true);
  await page.keyboard.press('Escape');

  await page.getByRole('navigation').getByRole('link', { name: 'Ruang / Workshop' }).click();
  await expect(page.getByText('Lab Komputer A')).toBeVisible();
  await shot(page, 'rooms');
  await page.getByRole('navigation').getByRole('link', { name: 'Lokasi MTU' }).click();
  await expect(page.getByText('Balai Desa Songka', { exact: true })).toBeVisible();
  await shot(page, 'mtu-sites');
  await page.getByRole('button', { name: 'Tambah lokasi' }).click();
  await shot(page, 'mtu-site-form');
});
