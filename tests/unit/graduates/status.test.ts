import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import type { TestApp } from '../helpers';
import { finishedClass } from '../main/certificates-fixture';
import { contact, employedAt, graduatesApp, onDay, setGraduation } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

const status = async (enrolmentId: number) => {
  const graduate = await t.call('graduates.get', { enrolmentId });
  return [graduate.currentStatus, graduate.lastContactOn];
};

describe("a graduate's current status", () => {
  it('is the latest follow-up by date, then by entry', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    t.clock.now = onDay('2027-06-01');
    const andi = f.byName('Andi');
    expect(await status(andi)).toEqual([null, null]);
    await t.call('followUps.record', contact(andi, '2027-03-01', employedAt('Toko Makmur')));
    expect(await status(andi)).toEqual(['employed', '2027-03-01']);
    await t.call('followUps.record', contact(andi, '2027-04-01', { outcome: 'not_working' }));
    expect(await status(andi)).toEqual(['not_working', '2027-04-01']);
    await t.call('followUps.record', contact(andi, '2027-04-01', { outcome: 'studying' }));
    expect(await status(andi)).toEqual(['studying', '2027-04-01']);
    const detail = await t.call('graduates.get', { enrolmentId: andi });
    expect(detail.followUps.map((followUp) => followUp.outcome)).toEqual(['studying', 'not_working', 'employed']);
  });

  // The upsert in follow_ups_status fires graduate_status's insert trigger even when the row
  // exists; this guards the migration's allowance for that.
  it('is not overridden by an older-dated follow-up recorded later', async () => {
    const f = await graduatesApp(['Andi']);
    t = f.t;
    t.clock.now = onDay('2027-06-01');
    const andi = f.byName('Andi');
    await t.call('followUps.record', contact(andi, '2027-05-01', employedAt('Toko Makmur')));
    await t.call('followUps.record', contact(andi, '2027-03-01', { outcome: 'not_working' }));
    expect(await status(andi)).toEqual(['employed', '2027-05-01']);
    const detail = await t.call('graduates.get', { enrolmentId: andi });
    expect(detail.followUps.map((followUp) => followUp.contactedOn)).toEqual(['2027-05-01', '2027-03-01']);
  });

  it('lists graduates newest graduation first, filtered by status (unknown = never followed up), year and search', async () => {
    const a = await graduatesApp(['Andi', 'Bayu'], ['Bayu']);
    t = a.t;
    const b = await finishedClass(t, ['Citra', 'Dewi'], { code: 'LAS', className: 'Las Angkatan 1 2025' });
    await setGraduation(t, b.klass.id, '2025-12-20');
    t.clock.now = onDay('2027-06-01');
    await t.call('followUps.record', contact(b.byName('Citra'), '2026-04-01', employedAt('Toko Makmur')));
    const names = async (filters: InputOf<'graduates.list'> = {}) =>
      (await t.call('graduates.list', filters)).rows.map((row) => [row.fullName, row.graduatedOn, row.currentStatus]);
    expect(await names()).toEqual([
      ['Andi', '2026-11-30', null],
      ['Citra', '2025-12-20', 'employed'],
      ['Dewi', '2025-12-20', null],
    ]);
    expect(await names({ status: 'employed' })).toEqual([['Citra', '2025-12-20', 'employed']]);
    expect(await names({ status: 'unknown' })).toEqual([
      ['Andi', '2026-11-30', null],
      ['Dewi', '2025-12-20', null],
    ]);
    expect(await names({ year: 2025 })).toHaveLength(2);
    expect(await names({ year: 2024 })).toEqual([]);
    expect(await names({ programId: a.program.id })).toEqual([['Andi', '2026-11-30', null]]);
    expect(await names({ classId: b.klass.id, search: 'dew' })).toEqual([['Dewi', '2025-12-20', null]]);
    const page = await t.call('graduates.list', { page: 2, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, capped: false });
    expect(page.rows.map((row) => row.fullName)).toEqual(['Dewi']);
    expect(await t.fail('graduates.get', { enrolmentId: a.byName('Bayu') })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
