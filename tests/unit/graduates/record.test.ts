import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers';
import { company, contact, employedAt, graduatesApp, onDay } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('recording a follow-up', () => {
  it('refuses a date after today, before graduation, and a trainee who did not graduate', async () => {
    const f = await graduatesApp(['Andi', 'Bayu'], ['Bayu']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    expect(await t.fail('followUps.record', contact(f.byName('Andi'), '2027-03-02'))).toMatchObject({
      code: 'VALIDATION',
      fields: { contactedOn: 'date_future' },
    });
    expect(await t.fail('followUps.record', contact(f.byName('Andi'), '2026-11-29'))).toMatchObject({
      code: 'FOLLOW_UP_BEFORE_GRADUATION',
      params: { date: '30 November 2026' },
      fields: { contactedOn: 'follow_up_before_graduation' },
    });
    expect(await t.fail('followUps.record', contact(f.byName('Bayu'), '2027-03-01'))).toMatchObject({
      code: 'NOT_GRADUATED',
    });
    expect(await t.fail('followUps.record', contact(9999, '2027-03-01'))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { enrolmentId: 'not_found' },
    });
    const rows = t.app.handle.sqlite.prepare('SELECT count(*) FROM follow_ups').pluck().get();
    expect(rows).toBe(0);
    // On graduation day itself is fine.
    expect(await t.call('followUps.record', contact(f.byName('Andi'), '2026-11-30'))).toMatchObject({
      contactedOn: '2026-11-30',
      roundMonths: null, // no round is due yet: a contact between rounds
    });
  });

  it('asks for the facts of the outcome and drops the facts of other outcomes', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    const andi = f.byName('Andi');
    expect(await t.fail('followUps.record', contact(andi, '2027-03-01', { outcome: 'employed' }))).toMatchObject({
      code: 'VALIDATION',
      fields: { employer: 'required', employmentKind: 'required', incomeBand: 'required' },
    });
    expect(await t.fail('followUps.record', contact(andi, '2027-03-01', { outcome: 'self_employed' }))).toMatchObject({
      code: 'VALIDATION',
      fields: { businessType: 'required', incomeBand: 'required' },
    });
    expect(
      await t.fail('followUps.record', { ...contact(andi, '2027-03-01', employedAt('Toko')), incomeBand: '10m_plus' }),
    ).toMatchObject({ code: 'VALIDATION', fields: { incomeBand: 'income_band' } });

    const strays = {
      employer: 'Toko Makmur',
      jobTitle: 'Kasir',
      employmentKind: 'informal',
      businessType: 'Bengkel las',
      sector: 'trade',
      incomeBand: '1m_2m',
    } as const;
    const studying = await t.call('followUps.record', contact(andi, '2027-03-01', { ...strays, outcome: 'studying' }));
    expect(studying).toMatchObject({
      outcome: 'studying',
      employer: '',
      jobTitle: '',
      employmentKind: null,
      businessType: '',
      sector: null,
      incomeBand: null,
      operatorName: 'Admin BLK',
    });
    const business = await t.call(
      'followUps.record',
      contact(andi, '2027-03-01', { ...strays, outcome: 'self_employed' }),
    );
    expect(business).toMatchObject({
      employer: '',
      jobTitle: '',
      employmentKind: null,
      businessType: 'Bengkel las',
      sector: 'trade',
      incomeBand: '1m_2m',
    });
    const job = await t.call('followUps.record', contact(andi, '2027-03-01', { ...strays, outcome: 'employed' }));
    expect(job).toMatchObject({
      employer: 'Toko Makmur',
      jobTitle: 'Kasir',
      employmentKind: 'informal',
      businessType: '',
      sector: 'trade',
      incomeBand: '1m_2m',
    });
    const audit = t.app.handle.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'follow_up' AND entity_id = ?")
      .pluck()
      .get(job.id);
    expect(audit).toBe(1);
  });

  it('fills the employer and sector from a partner company picked instead of typed', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    const kideco = await company(t);
    const followUp = await t.call('followUps.record', {
      ...contact(f.byName('Andi'), '2027-03-01', { ...employedAt(''), companyId: kideco.id }),
    });
    expect(followUp).toMatchObject({ employer: 'PT Kideco Jaya Agung', companyId: kideco.id, sector: 'mining' });
    expect(
      await t.fail('followUps.record', contact(f.byName('Andi'), '2027-03-01', { ...employedAt(''), companyId: 999 })),
    ).toMatchObject({ code: 'NOT_FOUND', fields: { companyId: 'not_found' } });
  });

  it('answers the latest due round that nobody answered yet', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    const andi = f.byName('Andi');
    t.clock.now = onDay('2027-12-01');
    const late = await t.call('followUps.record', contact(andi, '2027-06-15', { outcome: 'unreachable' }));
    expect(late.roundMonths).toBe(6); // an unreachable try does not answer the round
    const reached = await t.call('followUps.record', contact(andi, '2027-06-20'));
    expect(reached.roundMonths).toBe(6);
    const after = await t.call('followUps.record', contact(andi, '2027-07-01'));
    expect(after.roundMonths).toBe(3); // round 6 answered: the open round 3 is the latest left
    const between = await t.call('followUps.record', contact(andi, '2027-07-02'));
    expect(between.roundMonths).toBeNull();
    const yearly = await t.call('followUps.record', contact(andi, '2027-12-01'));
    expect(yearly.roundMonths).toBe(12);
  });

  it('never lets a follow-up be changed or deleted, even past the services', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    t.clock.now = onDay('2027-03-01');
    const followUp = await t.call('followUps.record', contact(f.byName('Andi'), '2027-03-01'));
    const sqlite = t.app.handle.sqlite;
    expect(() => sqlite.prepare("UPDATE follow_ups SET outcome = 'studying' WHERE id = ?").run(followUp.id)).toThrow(
      'FOLLOW_UP_KEPT',
    );
    expect(() => sqlite.prepare('DELETE FROM follow_ups WHERE id = ?').run(followUp.id)).toThrow('FOLLOW_UP_KEPT');
    expect(() => sqlite.prepare('DELETE FROM graduate_status').run()).toThrow('FOLLOW_UP_KEPT');
    expect(() =>
      sqlite.prepare("UPDATE graduate_status SET outcome = 'employed' WHERE follow_up_id = ?").run(followUp.id),
    ).toThrow('FOLLOW_UP_KEPT');
  });
});
