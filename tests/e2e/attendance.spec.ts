import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { formatDate } from '../../src/shared/format';
import { arrangeClassHeldLastWeek, TRAINEES, UNITS } from './attendance-arrange';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/** Last week's marks, typed down each day's column: Siti misses two days (16 of 40 JP). */
const WEEK_MARKS = [
  ['H', 'H', 'H'],
  ['H', 'S', 'A'],
  ['H', 'H', 'A'],
  ['H', 'H', 'H'],
  ['H', 'H', 'H'],
];

const cellOf = (page: Page, fullName: string, date: string) =>
  page.getByRole('gridcell', { name: `${fullName}, ${formatDate(date, 'id')}:` });

test('a clerk takes a week of attendance by keyboard, records results, and the class graduates', async ({
  page,
  harness,
}) => {
  await setUpBlk(harness);
  const { klass, days } = await arrangeClassHeldLastWeek(harness);
  await loginAs(page);
  await page.goto(`/#/classes/${klass.id}`);
  await page.getByRole('tab', { name: 'Kehadiran' }).click();

  // The grid opens on last week (nothing is scheduled this week); nothing is saved yet.
  const first = cellOf(page, TRAINEES[0], days[0] ?? '');
  await expect(first).toHaveAccessibleName(/Hadir \(belum disimpan\)$/);
  await expect(page.getByText('Belum diabsen', { exact: true })).toHaveCount(5);
  await first.focus();
  for (const column of WEEK_MARKS) {
    for (const mark of column) await page.keyboard.press(mark.toLowerCase());
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByText('Tersimpan', { exact: true })).toHaveCount(5);
  await expect(cellOf(page, TRAINEES[1], days[1] ?? '')).toHaveAccessibleName(/Sakit$/);
  await expect(cellOf(page, TRAINEES[2], days[2] ?? '')).toHaveAccessibleName(/Alpa$/);

  const rowOf = (fullName: string) => page.getByRole('grid').getByRole('row').filter({ hasText: fullName });
  await expect(rowOf(TRAINEES[0])).toContainText('100%');
  await expect(rowOf(TRAINEES[1])).toContainText('80%');
  await expect(rowOf(TRAINEES[2])).toContainText('60%');
  await expect(rowOf(TRAINEES[2])).toContainText('Di bawah minimum');
  await expect(rowOf(TRAINEES[2])).toContainText('Tidak mungkin mencapai minimum');
  await expect(rowOf(TRAINEES[1])).not.toContainText('Di bawah minimum');
  const grid = await harness.backdoor('attendance.grid', { classId: klass.id });
  expect(grid.marks).toHaveLength(15);

  // The week's sign-in sheet lists the trainees.
  await page.getByRole('button', { name: 'Cetak daftar hadir minggu ini' }).click();
  await expect(page.getByText(/Daftar hadir disimpan di /)).toBeVisible();
  expect(harness.opened).toHaveLength(1);
  const sheet = execFileSync('pdftotext', ['-layout', harness.opened[0] ?? '', '-'], { encoding: 'utf8' });
  for (const fullName of TRAINEES) expect(sheet).toContain(fullName);

  // Assessment: every unit competent for everyone, by the column buttons.
  await page.getByRole('tab', { name: 'Penilaian & hasil' }).click();
  await expect(page.getByRole('combobox', { name: 'Asesor / penilai' })).toHaveValue('Rahmat Hidayat');
  for (const unit of UNITS) {
    await page.getByRole('button', { name: `Semua kompeten untuk ${unit.code}` }).press('Enter');
    await expect(page.getByRole('button', { name: `Semua kompeten untuk ${unit.code}` })).toHaveCount(0);
  }
  // A verdict changed by keyboard: B on a cell, then K back.
  const nurUnit2 = page.getByRole('gridcell', { name: `${TRAINEES[1]}, ${UNITS[1]?.code}: Kompeten`, exact: false });
  await nurUnit2.focus();
  await page.keyboard.press('b');
  await expect(rowOf(TRAINEES[1])).toContainText(`Belum kompeten: ${UNITS[1]?.code}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('k');
  await expect(rowOf(TRAINEES[1])).toContainText('Semua syarat terpenuhi');
  await expect(rowOf(TRAINEES[0])).toContainText('Akan lulus');
  await expect(rowOf(TRAINEES[2])).toContainText('Kehadiran 60%, di bawah minimum 80%');

  // The admin finishes the class: the outcomes become final.
  await page.getByRole('button', { name: 'Selesai', exact: true }).click();
  await page.getByRole('dialog', { name: 'Selesai' }).getByRole('button', { name: 'Ya, lanjutkan' }).click();
  await expect(rowOf(TRAINEES[0])).toContainText('Lulus / Kompeten');
  await expect(rowOf(TRAINEES[1])).toContainText('Lulus / Kompeten');
  await expect(rowOf(TRAINEES[2])).toContainText('Belum Kompeten');
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  expect(roster.roster.map((row) => [row.fullName, row.status])).toEqual([
    [TRAINEES[0], 'graduated'],
    [TRAINEES[1], 'graduated'],
    [TRAINEES[2], 'not_competent'],
  ]);

  // The admin passes Siti against the rules, with a written reason.
  await page.getByRole('button', { name: `Tetapkan hasil akhir ${TRAINEES[2]}` }).click();
  const override = page.getByRole('dialog', { name: `Hasil akhir ${TRAINEES[2]}` });
  await expect(override.getByRole('radio', { name: 'Lulus / Kompeten' })).toBeChecked();
  await override.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(override.getByText('Wajib diisi')).toBeVisible();
  await override.getByRole('textbox', { name: 'Alasan' }).fill('Sakit dengan surat dokter; tugas pengganti selesai');
  await override.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(override).toHaveCount(0);
  await expect(rowOf(TRAINEES[2])).toContainText('Ditetapkan admin: Lulus / Kompeten');
  expect((await harness.backdoor('classes.get', { id: klass.id })).roster[2]).toMatchObject({
    status: 'graduated',
    outcomeOverride: { status: 'graduated' },
  });

  // BNSP: the graduates are listed; a certificate recorded shows its three-year validity.
  await expect(page.getByRole('button', { name: /^Catat hasil uji BNSP/ })).toHaveCount(3);
  const bnsp = page.getByRole('button', { name: `Catat hasil uji BNSP ${TRAINEES[0]}` });
  await bnsp.click();
  const dialog = page.getByRole('dialog', { name: `Uji kompetensi BNSP: ${TRAINEES[0]}` });
  await dialog.getByRole('textbox', { name: 'Tanggal uji' }).fill('01/12/2026');
  await dialog.getByRole('textbox', { name: 'LSP penguji' }).fill('LSP TIK Indonesia');
  await dialog.getByRole('textbox', { name: 'Nomor sertifikat' }).fill('62090 2420 4 0012345 2026');
  await dialog.getByRole('textbox', { name: 'Tanggal terbit sertifikat' }).fill('15/03/2027');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('15 Maret 2027 – 15 Maret 2030')).toBeVisible();

  // The roster shows attendance too.
  await page.getByRole('tab', { name: 'Daftar peserta' }).click();
  await expect(page.getByRole('row').filter({ hasText: TRAINEES[2] })).toContainText('60%');
  await expect(page.getByRole('row').filter({ hasText: TRAINEES[2] })).toContainText('Di bawah minimum');
});

test('the instructor JP log sums the JP taught in a month, per class', async ({ page, harness }) => {
  await setUpBlk(harness);
  const { klass } = await arrangeClassHeldLastWeek(harness);
  const grid = await harness.backdoor('attendance.grid', { classId: klass.id });
  // Three of the five days taken: 24 JP taught, 16 JP still without attendance.
  for (const session of grid.sessions.slice(0, 3)) {
    await harness.backdoor('attendance.save', {
      sessionId: session.id,
      marks: grid.trainees.map((trainee) => ({ enrolmentId: trainee.enrolmentId, mark: 'H' as const })),
    });
  }
  await loginAs(page);
  await page.goto('/#/teaching-log');
  // Last week (16-20 November) lies in this month: the page opens on it.
  await expect(page.getByText('November 2026')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Rahmat Hidayat' });
  await expect(row).toContainText('3');
  await expect(row).toContainText('24');
  await expect(row).toContainText('16');
  await page.getByRole('button', { name: 'Rincian kelas Rahmat Hidayat' }).click();
  await expect(page.getByRole('link', { name: klass.name })).toBeVisible();
});
