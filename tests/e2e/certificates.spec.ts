import type { Page } from '@playwright/test';
import { arrangeFinishedClass, GRADUATES } from './certificates-arrange';
import { pdfText, qrTextOnPage, serialOfQr, tamper } from './certificates-qr';
import { expect, loginAs, setUpBlk, test } from './fixtures';

const verifyText = async (page: Page, text: string) => {
  const input = page.getByRole('textbox', { name: /Pindai QR dengan pemindai USB/ });
  // The previous answer left the text selected: typing replaces it, as a scanner would.
  await expect(input).toBeFocused();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  return page.getByTestId('verify-result');
};

test('a class of 16: issue, print, reprint, revoke, and verify on the verify screen', async ({ page, harness }) => {
  await setUpBlk(harness);
  const { klass } = await arrangeFinishedClass(harness);
  await loginAs(page);
  await page.goto(`/#/classes/${klass.id}`);
  await page.getByRole('tab', { name: 'Sertifikat' }).click();

  // Issue for the whole class in one action.
  await expect(page.getByText('belum diterbitkan')).toHaveCount(16);
  await page.getByRole('button', { name: 'Terbitkan untuk semua lulusan' }).click();
  await expect(page.getByText('16 sertifikat baru diterbitkan.')).toBeVisible();
  await expect(page.getByText('0 peserta sudah punya sertifikat')).toBeVisible();
  await expect(page.getByText('belum diterbitkan')).toHaveCount(0);
  const candidates = await harness.backdoor('certificates.candidates', { classId: klass.id });
  const serials = candidates.map((row) => row.certificate?.serial ?? '');
  expect(new Set(serials).size).toBe(16);

  // Print all sixteen into one PDF: every name and serial is in it.
  await page.getByRole('checkbox', { name: 'Pilih semua sertifikat' }).check();
  await page.getByRole('button', { name: 'Cetak 16 sertifikat' }).click();
  await expect(page.getByText(/^16 sertifikat disimpan di /)).toBeVisible({ timeout: 30_000 });
  expect(harness.opened).toHaveLength(1);
  const combined = harness.opened[0] ?? '';
  const text = pdfText(combined);
  for (const fullName of GRADUATES) expect(text).toContain(fullName);
  for (const serial of serials) expect(text).toContain(serial);
  expect(text).not.toContain('SALINAN');
  await expect(page.getByText('1× dicetak')).toHaveCount(16);

  // Each certificate is a front and a back: the QRs on pages 1 and 3 belong to two certificates.
  const validQr = qrTextOnPage(combined, 1);
  const revokedQr = qrTextOnPage(combined, 3);
  const validSerial = serialOfQr(validQr);
  const revokedSerial = serialOfQr(revokedQr);
  const nameOf = (serial: string) => candidates.find((row) => row.certificate?.serial === serial)?.fullName ?? '';

  // Reprint one: a reason is required, and the copy says SALINAN.
  await page.getByRole('button', { name: `Cetak ulang ${validSerial} ${nameOf(validSerial)}` }).click();
  const reprint = page.getByRole('dialog', { name: 'Cetak ulang 1 sertifikat' });
  await reprint.getByRole('button', { name: 'Cetak ulang' }).click();
  await expect(reprint.getByText('Wajib diisi')).toBeVisible();
  await reprint.getByRole('textbox', { name: 'Alasan cetak ulang' }).fill('Sertifikat asli rusak terkena banjir');
  await reprint.getByRole('button', { name: 'Cetak ulang' }).click();
  await expect(page.getByText(/^1 sertifikat disimpan di /)).toBeVisible();
  expect(harness.opened).toHaveLength(2);
  const copy = pdfText(harness.opened[1] ?? '');
  expect(copy).toContain('SALINAN');
  expect(copy).toContain(validSerial);
  await expect(page.getByText('2× dicetak')).toHaveCount(1);

  // Revoke another (admin only): reason required, and the tab no longer offers to print it.
  await page.getByRole('button', { name: `Cabut ${revokedSerial} ${nameOf(revokedSerial)}` }).click();
  const revoke = page.getByRole('dialog', { name: `Cabut sertifikat ${revokedSerial}` });
  await revoke.getByRole('textbox', { name: 'Alasan pencabutan' }).fill('Data peserta terbukti dipalsukan');
  await revoke.getByRole('button', { name: 'Cabut sertifikat' }).click();
  await expect(page.getByText(`Sertifikat ${revokedSerial} (${nameOf(revokedSerial)}) telah dicabut.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Cabut ${revokedSerial} ${nameOf(revokedSerial)}` })).toHaveCount(0);
  // The class list keeps showing the revoked serial, next to the way to issue a replacement.
  await expect(page.getByRole('row').filter({ hasText: revokedSerial })).toContainText('Dicabut');

  // The registry shows all sixteen, the revoked one with its state.
  await page.getByRole('navigation').getByRole('link', { name: 'Sertifikat', exact: true }).click();
  await expect(page.getByTestId('registry-total')).toHaveText('16 sertifikat');
  await page
    .locator('label')
    .filter({ hasText: /^Dicabut$/ })
    .click();
  await expect(page.getByTestId('registry-total')).toHaveText('1 sertifikat');
  await expect(page.getByRole('row').filter({ hasText: revokedSerial })).toContainText('Dicabut');

  // The verify screen, by keyboard: QR texts as a scanner types them, then a typed serial.
  await page.getByRole('navigation').getByRole('link', { name: 'Verifikasi' }).click();
  let result = await verifyText(page, validQr);
  await expect(result).toHaveAttribute('data-state', 'valid');
  await expect(result).toContainText(nameOf(validSerial));
  await expect(result).toContainText(validSerial);

  result = await verifyText(page, revokedQr);
  await expect(result).toHaveAttribute('data-state', 'revoked');
  await expect(result).toContainText('Alasan pencabutan: Data peserta terbukti dipalsukan');

  result = await verifyText(page, tamper(validQr));
  await expect(result).toHaveAttribute('data-state', 'forged');
  await expect(result).toContainText('PALSU');

  result = await verifyText(page, validSerial);
  await expect(result).toHaveAttribute('data-state', 'valid');
  await expect(result).toContainText(nameOf(validSerial));
});
