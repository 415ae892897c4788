import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import { createSetUpApp, type TestApp } from '../helpers';
import { company, contact, graduatesApp, onDay } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('partner companies', () => {
  it('refuses a name already taken, whatever its case, and replaces partnerships on update', async () => {
    t = await createSetUpApp();
    const kideco = await company(t);
    expect(kideco).toMatchObject({ partnerships: ['apprentices', 'hiring'], active: true, placementCount: 0 });
    expect(await t.fail('companies.create', { name: 'pt kideco jaya agung', sector: 'mining' })).toMatchObject({
      code: 'COMPANY_NAME_TAKEN',
      fields: { name: 'company_name_taken' },
    });
    const other = await t.call('companies.create', { name: 'CV Sinar Paser', sector: 'trade' });
    expect(
      await t.fail('companies.update', { id: other.id, name: 'PT KIDECO JAYA AGUNG', sector: 'trade' }),
    ).toMatchObject({ code: 'COMPANY_NAME_TAKEN', fields: { name: 'company_name_taken' } });

    const updated = await t.call('companies.update', {
      id: kideco.id,
      name: 'PT Kideco Jaya Agung',
      sector: 'mining',
      partnerships: ['sponsor', 'instructors', 'sponsor'],
      phone: '0543-21234',
    });
    expect(updated).toMatchObject({ partnerships: ['instructors', 'sponsor'], phone: '0543-21234' });
    const inactive = await t.call('companies.update', {
      id: other.id,
      name: 'CV Sinar Paser',
      sector: 'trade',
      active: false,
    });
    expect(inactive.active).toBe(false);

    const names = async (filters: InputOf<'companies.list'>) =>
      (await t.call('companies.list', filters)).rows.map((row) => row.name);
    expect(await names({})).toEqual(['PT Kideco Jaya Agung', 'CV Sinar Paser']); // active first
    expect(await names({ activeOnly: true })).toEqual(['PT Kideco Jaya Agung']);
    expect(await names({ partnership: 'sponsor' })).toEqual(['PT Kideco Jaya Agung']);
    expect(await names({ partnership: 'hiring' })).toEqual([]);
    expect(await names({ search: 'sinar' })).toEqual(['CV Sinar Paser']);
    expect(await t.fail('companies.get', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('placements', () => {
  it('places a graduate, records the follow-up with it, and takes them off the due list', async () => {
    const f = await graduatesApp(['Andi', 'Bayu']);
    t = f.t;
    const kideco = await company(t);
    t.clock.now = onDay('2027-03-05');
    const andi = f.byName('Andi');
    const placed = await t.call('placements.create', {
      enrolmentId: andi,
      companyId: kideco.id,
      position: 'Operator Alat Berat',
      startedOn: '2027-03-01',
      incomeBand: '3m_5m',
    });
    expect(placed.followUp).toMatchObject({
      enrolmentId: andi,
      channel: 'placement',
      outcome: 'employed',
      employer: 'PT Kideco Jaya Agung',
      companyId: kideco.id,
      sector: 'mining',
      jobTitle: 'Operator Alat Berat',
      employmentKind: 'formal',
      incomeBand: '3m_5m',
      contactedOn: '2027-03-01',
      roundMonths: 3,
      placementId: placed.placementId,
    });
    const graduate = await t.call('graduates.get', { enrolmentId: andi });
    expect(graduate).toMatchObject({ currentStatus: 'employed', lastContactOn: '2027-03-01' });
    expect(graduate.placements).toEqual([
      expect.objectContaining({
        id: placed.placementId,
        companyName: 'PT Kideco Jaya Agung',
        position: 'Operator Alat Berat',
      }),
    ]);
    expect((await t.call('followUps.due', {})).rows.map((row) => row.fullName)).toEqual(['Bayu']);
    const withPlacements = await t.call('companies.get', { id: kideco.id });
    expect(withPlacements).toMatchObject({ placementCount: 1 });
    expect(withPlacements.placements).toEqual([
      expect.objectContaining({
        enrolmentId: andi,
        fullName: 'Andi',
        className: f.klass.name,
        startedOn: '2027-03-01',
      }),
    ]);
    const audited = t.app.handle.sqlite
      .prepare("SELECT entity FROM audit_log WHERE entity IN ('placement', 'follow_up') ORDER BY id")
      .pluck()
      .all();
    expect(audited).toEqual(['placement', 'follow_up']);
  });

  it('follows the follow-up date rules and writes nothing when refused', async () => {
    const f = await graduatesApp(['Andi', 'Bayu'], ['Bayu']);
    t = f.t;
    const kideco = await company(t);
    t.clock.now = onDay('2027-03-05');
    const placement = (enrolmentId: number, startedOn: string) => ({
      enrolmentId,
      companyId: kideco.id,
      position: 'Operator',
      startedOn,
      incomeBand: '2m_3m' as const,
    });
    expect(await t.fail('placements.create', placement(f.byName('Andi'), '2027-03-06'))).toMatchObject({
      code: 'VALIDATION',
      fields: { startedOn: 'date_future' },
    });
    expect(await t.fail('placements.create', placement(f.byName('Andi'), '2026-11-01'))).toMatchObject({
      code: 'FOLLOW_UP_BEFORE_GRADUATION',
      params: { date: '30 November 2026' },
      fields: { startedOn: 'follow_up_before_graduation' },
    });
    expect(await t.fail('placements.create', placement(f.byName('Bayu'), '2027-03-01'))).toMatchObject({
      code: 'NOT_GRADUATED',
    });
    expect(
      await t.fail('placements.create', { ...placement(f.byName('Andi'), '2027-03-01'), companyId: 999 }),
    ).toMatchObject({ code: 'NOT_FOUND', fields: { companyId: 'not_found' } });
    const written = t.app.handle.sqlite
      .prepare('SELECT (SELECT count(*) FROM placements) + (SELECT count(*) FROM follow_ups)')
      .pluck()
      .get();
    expect(written).toBe(0);
    // A contact on record stays a contact: the placement is a newer one.
    await t.call('followUps.record', contact(f.byName('Andi'), '2027-03-01', { outcome: 'not_working' }));
    await t.call('placements.create', placement(f.byName('Andi'), '2027-03-02'));
    expect(await t.call('graduates.get', { enrolmentId: f.byName('Andi') })).toMatchObject({
      currentStatus: 'employed',
    });
  });
});
