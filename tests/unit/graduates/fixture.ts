/**
 * Shared set-up of the graduate-tracking tests: finished classes of Operator Komputer that ended
 * on 30 November 2026, so with the default rounds (3, 6, 12 months) follow-ups fall due on
 * 28 February, 30 May and 30 November 2027.
 */
import type { InputOf } from '@shared/contract';
import { createSetUpApp, type TestApp } from '../helpers';
import { finishedClass } from '../main/certificates-fixture';

export const GRADUATED_ON = '2026-11-30';

/** 10:00 WITA on a BLK day. */
export const onDay = (isoDate: string) => new Date(`${isoDate}T02:00:00.000Z`);

export async function graduatesApp(names: string[] = ['Andi', 'Bayu', 'Citra'], failing: string[] = []) {
  const t = await createSetUpApp();
  const c = await finishedClass(t, names, { failing });
  return { t, ...c };
}

/** Moves the class's end (graduation) date, e.g. to a month's last day (its start moves along when it must). */
export async function setGraduation(t: TestApp, classId: number, endDate: string) {
  await t.app.handle.db
    .updateTable('classes')
    .set((eb) => ({ endDate, startDate: eb.fn('min', [eb.ref('startDate'), eb.val(endDate)]) }))
    .where('id', '=', classId)
    .execute();
}

export function contact(
  enrolmentId: number,
  contactedOn: string,
  facts: Partial<InputOf<'followUps.record'>> = {},
): InputOf<'followUps.record'> {
  return { enrolmentId, contactedOn, channel: 'phone', outcome: 'not_working', ...facts };
}

export const employedAt = (employer: string) =>
  ({ outcome: 'employed', employer, employmentKind: 'formal', incomeBand: '2m_3m' }) as const;

export async function company(t: TestApp, name = 'PT Kideco Jaya Agung') {
  return t.call('companies.create', { name, sector: 'mining', partnerships: ['hiring', 'apprentices'] });
}
