import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { arrangeFinishedClass } from './certificates-arrange';
import { qrTextOnPage, tamper } from './certificates-qr';
import { expect, loginAs, setUpBlk, test } from './fixtures';

/**
 * Screenshots of issuing, printing, the registry, verification and the settings for a human to
 * look at (PELITA_SHOTS=1 PELITA_SHOTS_DIR=/tmp/shots-cert npx playwright test certificates-screens).
 */
const SHOTS = process.env['PELITA_SHOTS_DIR'] ?? '/tmp/shots';
test.skip(!process.env['PELITA_SHOTS'], 'screenshots only on request (PELITA_SHOTS=1)');
test.use({ viewport: { width: 1366, height: 900 } });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

test('certificate screens', async ({ page, harness }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await setUpBlk(harness);
  const { klass } = await arrangeFinishedClass(harness, { failing: 2 });
  await loginAs(page);
  await page.goto(`/#/classes/${klass.id}`);
  await page.getByRole('tab', { name: 'Sertifikat' }).click();
  await expect(page.getByText('belum diterbitkan').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Sertifikat' }).scrollIntoViewIfNeeded();
  await shot(page, 'cert-tab-before', true);

  await page.getByRole('button', { name: 'Terbitkan untuk semua lulusan' }).click();
  await expect(page.getByText('14 sertifikat baru diterbitkan.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pilih semua sertifikat' }).check();
  await shot(page, 'cert-tab-issued', true);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Issue for all graduates' })).toBeVisible();
  await shot(page, 'cert-tab-issued-en', true);
  await page.getByText('ID', { exact: true }).click();

  await page
    .locator('label')
    .filter({ hasText: /^Satu PDF per peserta/ })
    .click();
  await page.getByRole('button', { name: 'Cetak 14 sertifikat' }).click();
  const progress = page.getByRole('dialog', { name: 'Mencetak sertifikat' });
  await progress.waitFor({ timeout: 10_000 }).then(
    () => shot(page, 'cert-print-progress'),
    () => undefined,
  );
  await expect(page.getByText(/^14 sertifikat disimpan di folder /)).toBeVisible({ timeout: 30_000 });
  await shot(page, 'cert-printed');

  const candidates = await harness.backdoor('certificates.candidates', { classId: klass.id });
  const [first, second] = candidates.flatMap((row) => (row.certificate ? [row.certificate] : []));
  if (!first || !second) throw new Error('arrangement incomplete');
  await page.getByRole('button', { name: `Cetak ulang ${first.serial} ${first.fullName}` }).click();
  await page.getByRole('textbox', { name: 'Alasan cetak ulang' }).fill('Sertifikat asli hilang saat pindah rumah');
  await shot(page, 'cert-reprint-modal');
  await page.getByRole('dialog').getByRole('button', { name: 'Cetak ulang' }).click();
  await expect(page.getByText(/^1 sertifikat disimpan di /)).toBeVisible();
  const reprinted = harness.opened.at(-1) ?? '';

  await page.getByRole('button', { name: `Cabut ${second.serial} ${second.fullName}` }).click();
  await page.getByRole('textbox', { name: 'Alasan pencabutan' }).fill('Data peserta terbukti dipalsukan');
  await shot(page, 'cert-revoke-modal');
  await page.getByRole('dialog').getByRole('button', { name: 'Cabut sertifikat' }).click();
  await expect(page.getByText(/telah dicabut/)).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Sertifikat', exact: true }).click();
  await expect(page.getByTestId('registry-total')).toHaveText('14 sertifikat');
  await shot(page, 'cert-registry');
  await shot(page, 'cert-registry-full', true);
  await page.getByRole('row').filter({ hasText: second.serial }).getByText('Dicabut').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await shot(page, 'cert-registry-revoked-tooltip');

  await page.getByRole('navigation').getByRole('link', { name: 'Verifikasi' }).click();
  await shot(page, 'cert-verify-empty');
  const qr = qrTextOnPage(reprinted, 1);
  const input = page.getByRole('textbox', { name: /Pindai QR/ });
  for (const [name, text] of [
    ['valid', qr],
    ['revoked', second.serial],
    ['forged', tamper(qr)],
    ['unknown', '9999/BLK-PSR/OPK/2026'],
  ] as const) {
    await input.fill(text);
    await input.press('Enter');
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-state', name);
    await shot(page, `cert-verify-${name}`);
  }

  await page.goto('/#/settings');
  await expect(page.getByTestId('serial-example')).toBeVisible();
  await page.getByTestId('serial-example').scrollIntoViewIfNeeded();
  await shot(page, 'cert-settings');
  await shot(page, 'cert-settings-full', true);
});
