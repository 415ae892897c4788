import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, person, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

describe('participants', () => {
  it('creates a person with a single name and a normalised phone', async () => {
    t = await createSetUpApp();
    const created = await t.call(
      'participants.create',
      person({ fullName: 'Sukarti', sex: 'P', birthDate: '1999-01-05', phone: '+62 812-3456-7890' }),
    );
    expect(created).toMatchObject({ fullName: 'Sukarti', phone: '081234567890', sex: 'P' });
    expect(await t.call('participants.get', { id: created.id })).toMatchObject({ id: created.id, enrolments: [] });
  });

  it('decodes a NIK with region names and finds its holder', async () => {
    t = await createSetUpApp();
    const lookup = await t.call('participants.lookupNik', { nik: '6401054501990001' });
    expect(lookup).toEqual({
      decoded: {
        provinceCode: '64',
        regencyCode: '6401',
        districtCode: '640105',
        birthDate: '1999-01-05',
        sex: 'P',
        provinceName: 'Kalimantan Timur',
        regencyName: 'Kabupaten Paser',
        districtName: 'Kuaro',
      },
      problem: null,
      existing: null,
    });
    const created = await t.call(
      'participants.create',
      person({ nik: '6401054501990001', sex: 'P', birthDate: '1999-01-05', fullName: 'Siti' }),
    );
    expect((await t.call('participants.lookupNik', { nik: '6401054501990001' })).existing).toEqual({
      id: created.id,
      fullName: 'Siti',
    });
  });

  it('warns, not blocks, on a region code the table does not know', async () => {
    t = await createSetUpApp();
    const lookup = await t.call('participants.lookupNik', { nik: '6499051203000002' });
    expect(lookup.decoded).toMatchObject({ regencyName: null, districtName: null, birthDate: '2000-03-12' });
    expect(await t.call('participants.create', person({ nik: '6499051203000002' }))).toMatchObject({
      nik: '6499051203000002',
    });
  });

  it('refuses a second person with the same NIK and says who holds it', async () => {
    t = await createSetUpApp();
    const first = await t.call('participants.create', person({ fullName: 'Budi' }));
    const error = await t.fail('participants.create', person({ nik: first.nik, fullName: 'Budi Lagi' }));
    expect(error).toMatchObject({
      code: 'NIK_EXISTS',
      fields: { nik: 'nik_exists' },
      params: { id: first.id, fullName: 'Budi' },
    });
  });

  it('refuses a NIK whose date cannot exist and a birth date in the future', async () => {
    t = await createSetUpApp();
    expect(await t.fail('participants.create', person({ nik: '6401053203000002' }))).toMatchObject({
      code: 'NIK_INVALID',
      fields: { nik: 'nik_date' },
    });
    expect(await t.fail('participants.create', person({ birthDate: '2027-01-01' }))).toMatchObject({
      fields: { birthDate: 'date_future' },
    });
    expect(await t.call('participants.search', {})).toMatchObject({ total: 0 });
  });

  it('updates a person and keeps NIKs unique', async () => {
    t = await createSetUpApp();
    const a = await t.call('participants.create', person({ fullName: 'Andi' }));
    const b = await t.call('participants.create', person({ fullName: 'Bayu' }));
    expect(await t.fail('participants.update', { ...person(), id: b.id, nik: a.nik })).toMatchObject({
      code: 'NIK_EXISTS',
    });
    const updated = await t.call('participants.update', {
      ...person({ fullName: 'Bayu Pratama' }),
      id: b.id,
      nik: b.nik,
    });
    expect(updated.fullName).toBe('Bayu Pratama');
    expect(await t.fail('participants.update', { ...person(), id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('people search', () => {
  async function seed() {
    t = await createSetUpApp();
    const names = [
      'Siti Aminah',
      'Muhammad Rizki',
      'Sukarti',
      'Nur Halimah',
      'Rizky Ramadhan',
      'Ahmad Fauzi',
      'Siti Nurhaliza',
    ];
    const people = [];
    for (const [index, fullName] of names.entries()) {
      people.push(await t.call('participants.create', person({ fullName, phone: `08125550000${index}` })));
    }
    return people;
  }

  it('finds name fragments anywhere in the name, newest first', async () => {
    const people = await seed();
    const result = await t.call('participants.search', { query: 'siti' });
    expect(result.rows.map((row) => row.fullName)).toEqual(['Siti Nurhaliza', 'Siti Aminah']);
    expect(result).toMatchObject({ total: 2, capped: false, fuzzy: false });
    expect((await t.call('participants.search', { query: 'rizk' })).total).toBe(2);
    expect((await t.call('participants.search', { query: 'halim nur' })).rows[0]?.id).toBe(people[3]?.id);
    // A word too short for trigrams narrows the FTS matches with LIKE.
    expect((await t.call('participants.search', { query: 'siti am' })).rows.map((row) => row.fullName)).toEqual([
      'Siti Aminah',
    ]);
    expect((await t.call('participants.search', { query: 'Fa' })).rows.map((row) => row.fullName)).toEqual([
      'Ahmad Fauzi',
    ]);
  });

  it('reads several words as word beginnings first, then as fragments anywhere', async () => {
    await seed();
    const starts = await t.call('participants.search', { query: 'siti nur' });
    expect(starts.rows.map((row) => row.fullName)).toEqual(['Siti Nurhaliza']);
    // "inah" begins no word of any name, so the trigram index answers.
    const fragments = await t.call('participants.search', { query: 'siti inah' });
    expect(fragments.rows.map((row) => row.fullName)).toEqual(['Siti Aminah']);
    const renamed = await t.call('participants.search', { query: 'muh riz' });
    expect(renamed.rows.map((row) => row.fullName)).toEqual(['Muhammad Rizki']);
  });

  it('tolerates a typo when nothing matches exactly', async () => {
    await seed();
    const result = await t.call('participants.search', { query: 'Sukatri' });
    expect(result.fuzzy).toBe(true);
    expect(result.rows.map((row) => row.fullName)).toContain('Sukarti');
    expect((await t.call('participants.search', { query: 'Nurhalisa' })).rows[0]?.fullName).toBe('Siti Nurhaliza');
  });

  it('finds by NIK prefix and by phone, in any typed form', async () => {
    const people = await seed();
    const target = people[2];
    expect(
      (await t.call('participants.search', { query: target?.nik.slice(0, 12) ?? '' })).rows.map((row) => row.id),
    ).toContain(target?.id);
    expect((await t.call('participants.search', { query: target?.nik ?? '' })).rows.map((row) => row.id)).toEqual([
      target?.id,
    ]);
    expect((await t.call('participants.search', { query: '+62 812 5550 0002' })).rows.map((row) => row.id)).toEqual([
      target?.id,
    ]);
    expect((await t.call('participants.search', { query: '0812-5550-0006' })).total).toBe(1);
  });

  it('pages and sorts in SQL', async () => {
    await seed();
    const first = await t.call('participants.search', { sort: 'name', descending: false, pageSize: 3, page: 1 });
    const second = await t.call('participants.search', { sort: 'name', descending: false, pageSize: 3, page: 2 });
    expect(first.total).toBe(7);
    expect(first.rows.map((row) => row.fullName)).toEqual(['Ahmad Fauzi', 'Muhammad Rizki', 'Nur Halimah']);
    expect(second.rows.map((row) => row.fullName)).toEqual(['Rizky Ramadhan', 'Siti Aminah', 'Siti Nurhaliza']);
  });

  it('treats quotes, operators and SQL in the query as plain text', async () => {
    await seed();
    for (const query of ['"', 'siti" OR "', "'; DROP TABLE participants; --", 'NEAR(a b)', '%', '_', 'a*', '\\']) {
      const result = await t.router.dispatch('participants.search', { query });
      expect(result.ok, query).toBe(true);
    }
    expect((await t.call('participants.search', {})).total).toBe(7);
  });
});
