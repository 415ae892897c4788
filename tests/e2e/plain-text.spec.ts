import { nikDateDigits } from '../../src/shared/nik';
import { expect, loginAs, setUpBlk, test } from './fixtures';

test('markup typed into a name is shown as the text it is, never run', async ({ page, harness }) => {
  await setUpBlk(harness);
  const name = '<img src=x onerror="window.pwned=1"> Budi \u202Eodnas\u202C 👷';
  const person = await harness.backdoor('participants.create', {
    nik: `640105${nikDateDigits('2000-03-12', 'L')}0001`,
    fullName: name,
    birthPlace: '<b>Tanah Grogot</b>',
    birthDate: '2000-03-12',
    sex: 'L',
    phone: '081234567890',
    education: 'SMA',
    activity: 'not_working',
    notes: "'; DROP TABLE participants; --",
  });
  await loginAs(page);
  await page.goto(`/#/participants/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('<b>Tanah Grogot</b>', { exact: false })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
