import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import { countDueFollowUps } from '../../../src/main/features/graduates/handlers';
import type { TestApp } from '../helpers';
import { finishedClass } from '../main/certificates-fixture';
import { contact, employedAt, graduatesApp, onDay, setGraduation } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

const due = async (filters: InputOf<'followUps.due'> = {}) =>
  (await t.call('followUps.due', filters)).rows.map((row) => [row.fullName, row.roundMonths, row.dueOn]);
const dueCount = () => countDueFollowUps(t.app.handle.db, t.clock.now.toISOString().slice(0, 10));

describe('the follow-up due list', () => {
  it('lists a graduate once a round falls due and drops them once a follow-up reaches them', async () => {
    const f = await graduatesApp();
    t = f.t;
    t.clock.now = onDay('2027-02-27');
    expect(await due()).toEqual([]);
    expect(await dueCount()).toBe(0);

    t.clock.now = onDay('2027-02-28'); // 30 November + 3 months
    const page = await t.call('followUps.due', {});
    expect(page).toMatchObject({ total: 3, capped: false });
    expect(page.rows[0]).toMatchObject({
      fullName: 'Andi',
      roundMonths: 3,
      graduatedOn: '2026-11-30',
      dueOn: '2027-02-28',
      daysOverdue: 0,
      unreachableTries: 0,
      lastContactOn: null,
      currentStatus: null,
      className: f.klass.name,
      programName: f.program.name,
    });
    expect(await dueCount()).toBe(3);

    const reached = await t.call(
      'followUps.record',
      contact(f.byName('Andi'), '2027-02-28', employedAt('Toko Makmur')),
    );
    expect(reached.roundMonths).toBe(3);
    expect(await due()).toEqual([
      ['Bayu', 3, '2027-02-28'],
      ['Citra', 3, '2027-02-28'],
    ]);
    expect(await dueCount()).toBe(2);
  });

  it('keeps a graduate on the list after an unreachable try, and counts the tries', async () => {
    const f = await graduatesApp(['Bayu']);
    t = f.t;
    t.clock.now = onDay('2027-03-10');
    for (const day of ['2027-03-01', '2027-03-08']) {
      const tried = await t.call('followUps.record', contact(f.byName('Bayu'), day, { outcome: 'unreachable' }));
      expect(tried.roundMonths).toBe(3);
    }
    const [row] = (await t.call('followUps.due', {})).rows;
    expect(row).toMatchObject({
      fullName: 'Bayu',
      roundMonths: 3,
      daysOverdue: 10,
      unreachableTries: 2,
      lastContactOn: '2027-03-08',
      currentStatus: 'unreachable',
    });
    expect(await dueCount()).toBe(1);
  });

  it('shows only the most recent due round per graduate; a missed round is not due any more', async () => {
    const f = await graduatesApp(['Andi', 'Bayu']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    await t.call('followUps.record', contact(f.byName('Andi'), '2027-03-01', employedAt('Toko Makmur')));
    t.clock.now = onDay('2027-06-01');
    // Andi answered round 3 and is due for round 6; Bayu missed round 3 and is due for round 6 only.
    expect(await due()).toEqual([
      ['Andi', 6, '2027-05-30'],
      ['Bayu', 6, '2027-05-30'],
    ]);
    expect(await dueCount()).toBe(2);
    const bayu = await t.call('graduates.get', { enrolmentId: f.byName('Bayu') });
    expect(bayu.rounds.map((round) => [round.months, round.dueOn, round.state])).toEqual([
      [3, '2027-02-28', 'missed'],
      [6, '2027-05-30', 'due'],
      [12, '2027-11-30', 'upcoming'],
    ]);
    const andi = await t.call('graduates.get', { enrolmentId: f.byName('Andi') });
    expect(andi.rounds.map((round) => round.state)).toEqual(['done', 'due', 'upcoming']);
    expect(andi.rounds[0]?.followUpId).toBe(andi.followUps[0]?.id);

    // The last round (12) stays due as long as the gap before it (6 months): until month 18.
    t.clock.now = onDay('2028-05-29');
    expect(await due()).toEqual([
      ['Andi', 12, '2027-11-30'],
      ['Bayu', 12, '2027-11-30'],
    ]);
    expect(await dueCount()).toBe(2);
    t.clock.now = onDay('2028-05-30'); // graduated 30 November 2026 + 18 months
    expect(await due()).toEqual([]);
    expect(await dueCount()).toBe(0);
    const closed = await t.call('graduates.get', { enrolmentId: f.byName('Bayu') });
    expect(closed.rounds.map((round) => round.state)).toEqual(['missed', 'missed', 'missed']);
  });

  it('clamps the due date to the end of the month (31 August + 6 months = 28 February)', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    await setGraduation(t, f.klass.id, '2026-08-31');
    await t.call('followUps.saveSettings', { months: [6] });
    t.clock.now = onDay('2027-02-27');
    expect(await due()).toEqual([]);
    t.clock.now = onDay('2027-02-28');
    expect(await due()).toEqual([['Andi', 6, '2027-02-28']]);
  });

  it('puts the most overdue first and filters by programme, class, name, NIK or phone prefix, in pages', async () => {
    const a = await graduatesApp(['Andi', 'Bayu']);
    t = a.t;
    const b = await finishedClass(t, ['Citra', 'Dewi'], { code: 'LAS', className: 'Las Angkatan 1 2026' });
    await setGraduation(t, b.klass.id, '2026-11-10');
    t.clock.now = onDay('2027-03-01');
    expect(await due()).toEqual([
      ['Citra', 3, '2027-02-10'],
      ['Dewi', 3, '2027-02-10'],
      ['Andi', 3, '2027-02-28'],
      ['Bayu', 3, '2027-02-28'],
    ]);
    expect((await t.call('followUps.due', {})).rows[0]?.daysOverdue).toBe(19);
    expect(await due({ programId: a.program.id })).toEqual([
      ['Andi', 3, '2027-02-28'],
      ['Bayu', 3, '2027-02-28'],
    ]);
    expect(await due({ classId: b.klass.id })).toEqual([
      ['Citra', 3, '2027-02-10'],
      ['Dewi', 3, '2027-02-10'],
    ]);
    expect(await due({ search: 'dew' })).toEqual([['Dewi', 3, '2027-02-10']]);
    const bayu = await t.call('graduates.get', { enrolmentId: a.byName('Bayu') });
    expect(await due({ search: bayu.nik })).toEqual([['Bayu', 3, '2027-02-28']]);
    expect(await due({ search: '9999' })).toEqual([]);
    // The number a WhatsApp message came from, typed as the phone shows it.
    await t.app.handle.db
      .updateTable('participants')
      .set({ phone: '081355550123' })
      .where('id', '=', bayu.participantId)
      .execute();
    expect(await due({ search: '+62 813-5555' })).toEqual([['Bayu', 3, '2027-02-28']]);
    expect(await due({ search: '0813 5555 0123' })).toEqual([['Bayu', 3, '2027-02-28']]);

    const second = await t.call('followUps.due', { page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, capped: false });
    expect(second.rows.map((row) => row.fullName)).toEqual(['Bayu']);
  });

  it('leaves out enrolments that did not graduate', async () => {
    const f = await graduatesApp(['Andi', 'Bayu'], ['Bayu']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    expect(await due()).toEqual([['Andi', 3, '2027-02-28']]);
    expect(await dueCount()).toBe(1);
  });
});
