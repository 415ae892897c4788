import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatDate } from '../../src/shared/format';
import { arrangeClassHeldLastWeek, TRAINEES, UNITS } from './attendance-arrange';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/**
 * Screenshots of attendance, assessment and the JP log for a human to look at
 * (PELITA_SHOTS=1 PELITA_SHOTS_DIR=/tmp/shots5 npx playwright test attendance-screens).
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'] ?? '/tmp/shots';
test.skip(!process.env['PELITA_SHOTS'], 'screenshots only on request (PELITA_SHOTS=1)');
test.use({ viewport: { width: 1366, height: 900 } });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

test('attendance and assessment screens', async ({ page, harness }) => {
  mkdirSync(SHOTS, { recursive: true });
  await setUpBlk(harness);
  const { klass, days } = await arrangeClassHeldLastWeek(harness);
  const grid = await harness.backdoor('attendance.grid', { classId: klass.id });
  const [monday, tuesday] = grid.sessions;
  const [budi, nur, siti] = grid.trainees;
  if (!monday || !tuesday || !budi || !nur || !siti) throw new Error('arrangement incomplete');
  await harness.backdoor('attendance.save', {
    sessionId: monday.id,
    marks: [
      { enrolmentId: budi.enrolmentId, mark: 'H' },
      { enrolmentId: nur.enrolmentId, mark: 'S' },
      { enrolmentId: siti.enrolmentId, mark: 'A' },
    ],
  });
  await harness.backdoor('attendance.save', {
    sessionId: tuesday.id,
    marks: [
      { enrolmentId: budi.enrolmentId, mark: 'H' },
      { enrolmentId: nur.enrolmentId, mark: 'I' },
      { enrolmentId: siti.enrolmentId, mark: 'A' },
    ],
  });

  await loginAs(page);
  await page.goto(`/#/classes/${klass.id}`);
  await page.getByRole('tab', { name: 'Kehadiran' }).click();
  const wednesday = page.getByRole('gridcell', { name: `${TRAINEES[0]}, ${formatDate(days[2] ?? '', 'id')}:` });
  await wednesday.focus();
  await page.keyboard.press('h');
  await page.keyboard.press('a');
  await expect(page.getByText('Tersimpan', { exact: true })).toHaveCount(3);
  await page.getByRole('tab', { name: 'Kehadiran' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 420);
  await shot(page, 'attendance-grid');
  await shot(page, 'attendance-grid-full', true);

  await page.getByRole('tab', { name: 'Daftar peserta' }).click();
  await expect(page.getByText('Di bawah minimum').first()).toBeVisible();
  await shot(page, 'roster-attendance', true);

  await page.getByRole('tab', { name: 'Penilaian & hasil' }).click();
  await page.getByRole('button', { name: `Semua kompeten untuk ${UNITS[0]?.code}` }).click();
  const cell = page.getByRole('gridcell', { name: `${TRAINEES[1]}, ${UNITS[1]?.code}: Belum dinilai` });
  await cell.focus();
  await page.keyboard.press('b');
  await expect(page.getByText(`Belum kompeten: ${UNITS[1]?.code}`)).toBeVisible();
  await shot(page, 'assessment-running', true);

  await page.getByRole('button', { name: `Semua kompeten untuk ${UNITS[1]?.code}` }).click();
  await page.getByRole('button', { name: 'Selesai', exact: true }).click();
  await page.getByRole('dialog', { name: 'Selesai' }).getByRole('button', { name: 'Ya, lanjutkan' }).click();
  await expect(page.getByRole('heading', { name: 'Uji kompetensi BNSP' })).toBeVisible();
  await page.getByRole('button', { name: `Tetapkan hasil akhir ${TRAINEES[2]}` }).click();
  const override = page.getByRole('dialog', { name: `Hasil akhir ${TRAINEES[2]}` });
  await override.getByRole('textbox', { name: 'Alasan' }).fill('Sakit dengan surat dokter; tugas pengganti selesai');
  await shot(page, 'outcome-override');
  await override.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(override).toHaveCount(0);
  await page.getByRole('button', { name: `Catat hasil uji BNSP ${TRAINEES[0]}` }).click();
  const bnsp = page.getByRole('dialog', { name: `Uji kompetensi BNSP: ${TRAINEES[0]}` });
  await bnsp.getByRole('textbox', { name: 'Tanggal uji' }).fill('01/12/2026');
  await bnsp.getByRole('textbox', { name: 'LSP penguji' }).fill('LSP TIK Indonesia');
  await bnsp.getByRole('textbox', { name: 'Nomor sertifikat' }).fill('62090 2420 4 0012345 2026');
  await bnsp.getByRole('textbox', { name: 'Tanggal terbit sertifikat' }).fill('15/03/2027');
  await shot(page, 'bnsp-form');
  await bnsp.getByRole('button', { name: 'Simpan' }).click();
  await expect(bnsp).toHaveCount(0);
  await page.waitForTimeout(300);
  await shot(page, 'assessment-finished', true);

  await page.getByRole('navigation').getByRole('link', { name: 'Rekap JP instruktur' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rekap JP instruktur' })).toBeVisible();
  await page.getByRole('button', { name: 'Rincian kelas Rahmat Hidayat' }).click();
  await shot(page, 'teaching-log');
  await page.getByRole('button', { name: 'Bulan', exact: true }).click();
  await shot(page, 'teaching-log-month-picker');
});
