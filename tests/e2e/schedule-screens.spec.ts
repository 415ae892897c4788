import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { arrange, DAY, HOLIDAY, monday, mondayOfToday, week } from './schedule-data';

/**
 * Screenshots of the scheduling screens for a human to look at
 * (PELITA_SHOTS=1 PELITA_SHOTS_DIR=/tmp/shots-schedule npx playwright test schedule-screens).
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'] ?? '/tmp/shots';
test.skip(!process.env['PELITA_SHOTS'], 'screenshots only on request (PELITA_SHOTS=1)');
test.use({ viewport: { width: 1366, height: 900 } });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

test('scheduling screens', async ({ page, harness }) => {
  mkdirSync(SHOTS, { recursive: true });
  const { computer, other, andi } = await arrange(harness);
  await harness.backdoor('holidays.save', { date: HOLIDAY, name: 'Libur BLK (rapat kerja)' });
  await harness.backdoor('holidays.save', { date: week(38), name: 'Hari Raya Natal' });
  const site = await harness.backdoor('mtuSites.create', {
    name: 'Balai Desa Songka',
    village: 'Songka',
    district: 'Batu Sopang',
  });
  const sewing = await harness.backdoor('programs.create', {
    code: 'MJT',
    name: 'Menjahit',
    trade: 'Garmen',
    totalJp: 40,
    rules: {},
    units: [{ code: 'C.141100.001.01', title: 'Menjahit pakaian dasar', jp: 40 }],
  });
  const village = await harness.backdoor('classes.create', {
    programId: sewing.id,
    name: 'Menjahit MTU Songka',
    startDate: week(0),
    endDate: week(25),
    place: { kind: 'mtu', mtuSiteId: site.id },
    instructors: [{ instructorId: andi.id }],
  });
  for (const offset of [0, 1, 3]) {
    await harness.backdoor('sessions.create', {
      classId: village.id,
      date: week(offset),
      startTime: '13:00',
      endTime: '16:00',
      jp: 4,
    });
  }
  await harness.backdoor('sessions.create', {
    classId: other.id,
    date: week(4),
    startTime: '13:00',
    endTime: '16:00',
    jp: 4,
    notes: 'Bawa flashdisk',
  });

  await loginAs(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Hari libur' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await shot(page, 'holidays');
  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  await shot(page, 'holiday-form');
  await page.keyboard.press('Escape');

  await page.goto(`/#/classes/${computer.id}`);
  await page.getByRole('tab', { name: 'Jadwal' }).click();
  await expect(page.getByText('Terjadwal 0 dari 24 JP')).toBeVisible();
  await page.getByRole('button', { name: 'Buat jadwal otomatis' }).click();
  const generate = page.getByRole('dialog', { name: 'Buat jadwal otomatis' });
  await generate.getByRole('checkbox', { name: 'Sel' }).uncheck();
  await generate.getByRole('button', { name: 'Pratinjau' }).click();
  await expect(generate.getByText(/sudah dipakai kelas/).first()).toBeVisible();
  await shot(page, 'generate-clashes');
  await generate.getByRole('checkbox', { name: 'Sel' }).check();
  await generate.getByRole('checkbox', { name: 'Jum' }).uncheck();
  await generate.getByRole('button', { name: 'Pratinjau' }).click();
  await expect(generate.getByRole('button', { name: 'Simpan jadwal' })).toBeEnabled();
  await shot(page, 'generate-preview');
  await generate.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(generate).toHaveCount(0);
  await expect(page.getByText('Terjadwal 24 dari 24 JP')).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'schedule-tab', true);
  await page.getByRole('table', { name: 'Sesi kelas ini' }).getByRole('button', { name: /^Ubah/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Ubah sesi' })).toBeVisible();
  await shot(page, 'session-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Cetak jadwal mingguan' }).click();
  await expect(page.getByText(/Jadwal mingguan disimpan di/)).toBeVisible();
  await shot(page, 'schedule-printed');
  const printed = harness.opened.at(-1);
  if (printed) console.log(`timetable PDF: ${printed}`);

  await page.getByRole('navigation').getByRole('link', { name: 'Jadwal' }).click();
  const weeksAhead = Math.round((monday - mondayOfToday()) / (7 * DAY));
  for (let step = 0; step < weeksAhead; step += 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByText(/sesi ditampilkan/)).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'calendar-week');
  // A refused drag: Monday's session onto the other class's Friday morning.
  const mondayEvent = page
    .locator('.rbc-time-content .rbc-event')
    .filter({ hasText: 'Operator Komputer Angkatan 1' })
    .first();
  const from = await mondayEvent.boundingBox();
  const friday = await page.locator('.rbc-time-content .rbc-day-slot').nth(4).boundingBox();
  if (from && friday) {
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 14, { steps: 4 });
    await page.mouse.move(friday.x + friday.width / 2, from.y + 12, { steps: 10 });
    await page.mouse.up();
    await expect(page.getByText('Sesi tidak dipindahkan')).toBeVisible();
    await shot(page, 'calendar-move-refused');
  }
  await page.getByRole('button', { name: 'Bulan' }).click();
  await page.waitForTimeout(300);
  await shot(page, 'calendar-month');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await shot(page, 'calendar-agenda');
  await page.getByRole('button', { name: 'Minggu' }).click();
  await page.getByRole('combobox', { name: 'Tampilkan per' }).click();
  await page.getByRole('option', { name: 'Instruktur' }).click();
  await page.getByRole('combobox', { name: 'Instruktur' }).click();
  await page.getByRole('option', { name: 'Andi' }).click();
  await page.waitForTimeout(300);
  await shot(page, 'calendar-by-instructor');
  await page.locator('.rbc-time-content .rbc-event').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'calendar-session-open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Shown by one class, a free slot adds a session to it (Saturday, 10.00).
  await page.getByRole('combobox', { name: 'Tampilkan per' }).click();
  await page.getByRole('option', { name: 'Kelas' }).click();
  await page.getByRole('combobox', { name: 'Kelas' }).click();
  await page.getByRole('option', { name: 'Operator Komputer Angkatan 1' }).click();
  await expect(page.getByText(/untuk menambah sesi kelas ini/)).toBeVisible();
  const saturday = await page.locator('.rbc-time-content .rbc-day-slot').nth(5).boundingBox();
  const ten = await page.locator('.rbc-time-gutter .rbc-timeslot-group').nth(4).boundingBox();
  if (saturday && ten) await page.mouse.click(saturday.x + saturday.width / 2, ten.y + 5);
  const adding = page.getByRole('dialog', { name: 'Tambah sesi' });
  await expect(adding.getByRole('textbox', { name: 'Jam mulai' })).toHaveValue('10:00');
  await adding.getByRole('textbox', { name: 'JP', exact: true }).fill('4');
  await page.waitForTimeout(300);
  await shot(page, 'calendar-add-session');
  await page.keyboard.press('Escape');

  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, 'calendar-week-en');
});
