import type { Page } from '@playwright/test';
import { arrangeFinishedClass, GRADUATES } from './certificates-arrange';
import { E2E_START, test as base, type Harness } from './fixtures';

/** Three months and nine days after the class of last week ended: the 3-month round is due. */
export const FOLLOW_UP_DAY = new Date('2027-03-01T02:00:00.000Z');

/**
 * The harness's clock with a lever: `moveTo(page, instant)` jumps main's clock (the folder platform
 * counts from Date.now() of this worker) and the page's clock to the same moment, then time runs
 * on from there. The worker's Date.now is given back when the test ends.
 */
export const test = base.extend<{ clock: { moveTo: (page: Page, instant: Date) => Promise<void> } }>({
  clock: async ({ harness }, use) => {
    void harness; // The jump only means something once the harness's platform has its clock.
    const realNow = Date.now.bind(Date);
    const startedAt = realNow();
    await use({
      moveTo: async (page, instant) => {
        // Main's "now" is E2E_START plus what has run since the harness started; shift that much.
        const shift = instant.getTime() - E2E_START.getTime() - (realNow() - startedAt);
        await page.clock.setSystemTime(instant);
        Date.now = () => realNow() + shift;
      },
    });
    Date.now = realNow;
  },
});

export const PARTNER = {
  name: 'PT Kideco Jaya Agung',
  sector: 'mining' as const,
  address: 'Batu Kajang, Kec. Batu Sopang, Kab. Paser',
  contactName: 'Ibu Sari Handayani',
  phone: '0543-21234',
  partnerships: ['hiring' as const, 'apprentices' as const],
};

/**
 * A class of sixteen graduates whose 3-month follow-up is due (the clock moved to FOLLOW_UP_DAY),
 * a partner company, and one graduate (the last) already reached and not working, so the
 * placement rate has a denominator before the test records anything.
 */
export async function arrangeGraduatesDue(
  harness: Harness,
  page: Page,
  moveTo: (page: Page, at: Date) => Promise<void>,
) {
  const { klass } = await arrangeFinishedClass(harness);
  const company = await harness.backdoor('companies.create', PARTNER);
  await moveTo(page, FOLLOW_UP_DAY);
  const roster = await harness.backdoor('classes.get', { id: klass.id });
  const enrolmentOf = (fullName: string) => {
    const row = roster.roster.find((item) => item.fullName === fullName);
    if (!row) throw new Error(`${fullName} is not on the roster`);
    return row.enrolmentId;
  };
  const alreadyReached = GRADUATES[15];
  await harness.backdoor('followUps.record', {
    enrolmentId: enrolmentOf(alreadyReached),
    contactedOn: '2027-02-24',
    channel: 'whatsapp',
    outcome: 'not_working',
    notes: 'Masih mencari kerja',
  });
  return { klass, company, enrolmentOf, alreadyReached };
}
