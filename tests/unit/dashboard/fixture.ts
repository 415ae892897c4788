/**
 * A hand-made set of graduates for the dashboard and report tests: two finished classes (Operator
 * Komputer, APBN; Pengelasan, APBD) ending 30 November 2026, and follow-ups written straight into
 * `follow_ups` (its triggers keep `graduate_status`), so every outcome is there exactly once or twice.
 */
import type { FollowUpOutcome } from '@shared/graduates';
import type { TestApp } from '../helpers';
import { finishedClass } from '../main/certificates-fixture';

/** Operator Komputer: the outcome each graduate's latest follow-up gives (null: never followed up). */
export const OPK_LATEST: Record<string, FollowUpOutcome | null> = {
  'Ani Employed': 'employed',
  'Budi Selfemployed': 'self_employed',
  'Citra Studying': 'studying',
  'Dedi Notworking': 'not_working',
  'Eka Unreachable': 'unreachable',
  'Fajar Never': null,
  // Found once, then lost: the latest follow-up is what counts, so neither placed nor reached.
  'Gita Lost': 'unreachable',
  // Not reached at first, then found: reached, not placed.
  'Hadi Found': 'not_working',
};
export const OPK_FAILING = 'Indra Failing';
export const OPK_DROPPED = 'Joko Dropped';

export async function followUp(
  t: TestApp,
  enrolmentId: number,
  outcome: FollowUpOutcome,
  contactedOn: string,
  roundMonths: number | null = 3,
): Promise<void> {
  const facts =
    outcome === 'employed'
      ? {
          employer: 'PT Kideco Jaya Agung',
          sector: 'mining' as const,
          jobTitle: 'Operator =HYPERLINK("http://x")',
          employmentKind: 'formal' as const,
          incomeBand: '3m_5m' as const,
        }
      : outcome === 'self_employed'
        ? { businessType: 'Servis laptop', incomeBand: 'below_1m' as const, sector: 'other_services' as const }
        : {};
  await t.app.handle.db
    .insertInto('followUps')
    .values({
      enrolmentId,
      roundMonths,
      contactedOn,
      channel: 'phone',
      outcome,
      ...facts,
      operatorId: 1,
      createdAt: `${contactedOn}T02:00:00.000Z`,
    })
    .execute();
}

export async function graduatesData(t: TestApp) {
  const db = t.app.handle.db;
  const opk = await finishedClass(t, [...Object.keys(OPK_LATEST), OPK_FAILING, OPK_DROPPED], {
    code: 'OPK',
    className: 'OPK Angkatan 1 2026',
    failing: [OPK_FAILING],
  });
  await db.updateTable('enrolments').set({ status: 'dropped_out' }).where('id', '=', opk.byName(OPK_DROPPED)).execute();
  const las = await finishedClass(t, ['Kiki Welder', 'Lina Never'], { code: 'LAS', className: 'LAS Angkatan 1 2026' });
  await db.updateTable('classes').set({ fundingSource: 'apbd' }).where('id', '=', las.klass.id).execute();

  for (const [name, outcome] of Object.entries(OPK_LATEST)) {
    if (outcome === null) continue;
    const id = opk.byName(name);
    if (name === 'Gita Lost') await followUp(t, id, 'employed', '2027-03-01');
    if (name === 'Hadi Found') await followUp(t, id, 'unreachable', '2027-03-01');
    await followUp(t, id, outcome, '2027-03-05');
  }
  await followUp(t, las.byName('Kiki Welder'), 'employed', '2027-03-02');
  return { opk, las };
}
