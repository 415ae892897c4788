import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

const audits = (entity: string) =>
  t.app.handle.sqlite.prepare('SELECT count(*) FROM audit_log WHERE entity = ?').pluck().get(entity) as number;

describe('rooms', () => {
  it('creates, lists and updates workshops, audited', async () => {
    t = await createSetUpApp();
    const las = await t.call('rooms.create', { name: ' Workshop Las ', trade: 'Las', capacity: 16 });
    expect(las).toEqual({ id: las.id, name: 'Workshop Las', trade: 'Las', capacity: 16, active: true });
    const lab = await t.call('rooms.create', { name: 'Lab Komputer 1', capacity: 20 });
    expect(lab.trade).toBe('');
    expect((await t.call('rooms.list', {})).map((room) => room.name)).toEqual(['Lab Komputer 1', 'Workshop Las']);
    const updated = await t.call('rooms.update', {
      id: las.id,
      name: 'Workshop Las',
      trade: 'Las',
      capacity: 12,
      active: false,
    });
    expect(updated).toMatchObject({ capacity: 12, active: false });
    expect((await t.call('rooms.list', {})).map((room) => [room.name, room.active])).toEqual([
      ['Lab Komputer 1', true],
      ['Workshop Las', false],
    ]);
    expect(audits('room')).toBe(3);
  });

  it('refuses a room name already used, whatever its case', async () => {
    t = await createSetUpApp();
    const first = await t.call('rooms.create', { name: 'Workshop Las', capacity: 16 });
    const other = await t.call('rooms.create', { name: 'Workshop Otomotif', capacity: 16 });
    expect(await t.fail('rooms.create', { name: 'WORKSHOP LAS', capacity: 10 })).toMatchObject({
      code: 'ROOM_NAME_TAKEN',
      fields: { name: 'room_name_taken' },
    });
    expect(await t.fail('rooms.update', { id: other.id, name: 'workshop las', capacity: 10 })).toMatchObject({
      code: 'ROOM_NAME_TAKEN',
    });
    // Renaming a room to its own name in another case is fine.
    expect(await t.call('rooms.update', { id: first.id, name: 'WORKSHOP LAS', capacity: 16 })).toMatchObject({
      name: 'WORKSHOP LAS',
    });
  });

  it('answers NOT_FOUND for an unknown room and VALIDATION for a bad capacity', async () => {
    t = await createSetUpApp();
    expect(await t.fail('rooms.update', { id: 42, name: 'X', capacity: 1 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('rooms.create', { name: 'X', capacity: 0 })).toMatchObject({
      code: 'VALIDATION',
      fields: { capacity: 'capacity_range' },
    });
  });
});

describe('MTU sites', () => {
  it('creates, lists and updates village sites, audited', async () => {
    t = await createSetUpApp();
    const site = await t.call('mtuSites.create', {
      name: 'Balai Desa Sungai Tuak',
      village: 'Sungai Tuak',
      district: 'Long Kali',
      contactName: 'Pak Kades',
      contactPhone: '0812-3456-7890',
    });
    expect(site).toEqual({
      id: site.id,
      name: 'Balai Desa Sungai Tuak',
      village: 'Sungai Tuak',
      district: 'Long Kali',
      address: '',
      contactName: 'Pak Kades',
      contactPhone: '081234567890',
      active: true,
    });
    await t.call('mtuSites.create', {
      name: 'Pondok Pesantren Al-Ikhlas',
      village: 'Senaken',
      district: 'Tanah Grogot',
    });
    const updated = await t.call('mtuSites.update', { ...site, address: 'Jl. Poros', active: false });
    expect(updated).toMatchObject({ address: 'Jl. Poros', active: false });
    expect((await t.call('mtuSites.list', {})).map((row) => row.name)).toEqual([
      'Pondok Pesantren Al-Ikhlas',
      'Balai Desa Sungai Tuak',
    ]);
    expect(audits('mtuSite')).toBe(3);
    expect(await t.fail('mtuSites.update', { ...site, id: 77 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('mtuSites.create', { name: 'X', village: '', district: 'Y' })).toMatchObject({
      code: 'VALIDATION',
      fields: { village: 'required' },
    });
  });
});
