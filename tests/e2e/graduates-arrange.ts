import { arrangeFinishedClass, GRADUATES } from './certificates-arrange';
import type { Harness } from './fixtures';

/** Three months and nine days after the class of last week ended: the 3-month round is due. */
export const FOLLOW_UP_DAY = new Date('2027-03-01T02:00:00.000Z');

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
export async function arrangeGraduatesDue(harness: Harness) {
  const { klass } = await arrangeFinishedClass(harness);
  const company = await harness.backdoor('companies.create', PARTNER);
  await harness.moveClockTo(FOLLOW_UP_DAY);
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
