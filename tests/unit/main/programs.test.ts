import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '@shared/contract';
import { createSetUpApp, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

const UNITS = [
  { code: 'j.620100.001.01', title: 'Menggunakan Perangkat Lunak Pengolah Kata', jp: 100 },
  { code: 'J.620100.002.01', title: 'Menggunakan Perangkat Lunak Lembar Kerja', jp: 90 },
  { code: 'J.620100.003.01', title: 'Menggunakan Perangkat Lunak Presentasi', jp: 50 },
];

function programme(overrides: Partial<InputOf<'programs.create'>> = {}): InputOf<'programs.create'> {
  return {
    code: 'OPK',
    name: 'Operator Komputer',
    trade: 'Teknologi Informasi',
    totalJp: 240,
    description: 'Paket 30 hari',
    rules: { minAge: 17, maxAge: 35, minEducation: 'SMA' },
    minAttendancePct: 90,
    jpMinutes: 50,
    units: UNITS,
    ...overrides,
  };
}

const auditCount = () =>
  t.app.handle.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'program'").pluck().get() as number;

describe('programmes with competency units', () => {
  it('stores units in order with positions, attendance minimum and JP minutes', async () => {
    t = await createSetUpApp();
    const created = await t.call('programs.create', programme());
    expect(created).toMatchObject({ totalJp: 240, minAttendancePct: 90, jpMinutes: 50, classCount: 0 });
    expect(created.units.map(({ position, code, jp }) => ({ position, code, jp }))).toEqual([
      { position: 1, code: 'J.620100.001.01', jp: 100 },
      { position: 2, code: 'J.620100.002.01', jp: 90 },
      { position: 3, code: 'J.620100.003.01', jp: 50 },
    ]);
    expect(await t.call('programs.get', { id: created.id })).toEqual(created);
  });

  it('defaults to 80% attendance, 45-minute JP and no units', async () => {
    t = await createSetUpApp();
    const created = await t.call('programs.create', {
      code: 'LAS',
      name: 'Las SMAW',
      trade: 'Las',
      totalJp: 300,
      rules: {},
    });
    expect(created).toMatchObject({ minAttendancePct: 80, jpMinutes: 45, units: [] });
  });

  it('refuses a total JP that is not the sum of the units', async () => {
    t = await createSetUpApp();
    const error = await t.fail('programs.create', programme({ totalJp: 250 }));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { totalJp: 'jp_mismatch' } });
    expect((await t.call('programs.list', {})).length).toBe(0);
  });

  it('refuses the same unit code twice (whatever its case)', async () => {
    t = await createSetUpApp();
    const units = [UNITS[0], { ...UNITS[1], code: 'J.620100.001.01' }, UNITS[2]];
    const error = await t.fail('programs.create', programme({ units: units as typeof UNITS }));
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'units.1.code': 'unit_code_duplicate' } });
  });

  it('refuses out-of-range attendance and JP minutes', async () => {
    t = await createSetUpApp();
    const error = await t.fail('programs.create', programme({ minAttendancePct: 101, jpMinutes: 25 }));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { minAttendancePct: 'percent_range', jpMinutes: 'jp_minutes_range' },
    });
  });

  it('replaces the units as a whole on update, audited', async () => {
    t = await createSetUpApp();
    const created = await t.call('programs.create', programme());
    const units = [
      { code: 'J.620100.003.01', title: 'Presentasi', jp: 40 },
      { code: 'J.620100.009.01', title: 'Internet dan Email', jp: 60 },
    ];
    const updated = await t.call('programs.update', { ...programme({ totalJp: 100, units }), id: created.id });
    expect(updated.units.map(({ position, code, title }) => [position, code, title])).toEqual([
      [1, 'J.620100.003.01', 'Presentasi'],
      [2, 'J.620100.009.01', 'Internet dan Email'],
    ]);
    const stored = t.app.handle.sqlite
      .prepare('SELECT count(*) FROM competency_units WHERE program_id = ?')
      .pluck()
      .get(created.id);
    expect(stored).toBe(2);
    const cleared = await t.call('programs.update', { ...programme({ units: [] }), id: created.id });
    expect(cleared.units).toEqual([]);
    expect(auditCount()).toBe(3);
  });

  it('keeps the id of a unit whose code stays, through reordering and edits', async () => {
    t = await createSetUpApp();
    const units = [
      { code: 'A.001', title: 'Satu', jp: 10 },
      { code: 'B.002', title: 'Dua', jp: 20 },
      { code: 'C.003', title: 'Tiga', jp: 30 },
    ];
    const created = await t.call('programs.create', programme({ totalJp: 60, units }));
    const idOf = (code: string) => created.units.find((unit) => unit.code === code)?.id;
    const reordered = [
      { code: 'C.003', title: 'Tiga (revisi)', jp: 35 },
      { code: 'D.004', title: 'Empat', jp: 5 },
      { code: 'A.001', title: 'Satu', jp: 10 },
    ];
    const updated = await t.call('programs.update', {
      ...programme({ totalJp: 50, units: reordered }),
      id: created.id,
    });
    expect(updated.units.map((unit) => [unit.position, unit.code, unit.title, unit.jp])).toEqual([
      [1, 'C.003', 'Tiga (revisi)', 35],
      [2, 'D.004', 'Empat', 5],
      [3, 'A.001', 'Satu', 10],
    ]);
    expect(updated.units[0]?.id).toBe(idOf('C.003'));
    expect(updated.units[2]?.id).toBe(idOf('A.001'));
    expect(updated.units.map((unit) => unit.id)).not.toContain(idOf('B.002'));
  });

  it('lists every programme with its own units', async () => {
    t = await createSetUpApp();
    const a = await t.call('programs.create', programme());
    const b = await t.call(
      'programs.create',
      programme({
        code: 'DG',
        name: 'Desain Grafis',
        totalJp: 10,
        units: [{ code: 'M.74100.001.02', title: 'X', jp: 10 }],
      }),
    );
    const list = await t.call('programs.list', {});
    expect(list.map((program) => [program.id, program.units.length])).toEqual([
      [b.id, 1],
      [a.id, 3],
    ]);
  });

  it('copies a programme with its rules and units under a new code and name', async () => {
    t = await createSetUpApp();
    const source = await t.call('programs.create', programme());
    const copy = await t.call('programs.copy', { id: source.id, code: 'opk2', name: 'Operator Komputer Angkatan 2' });
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      code: 'OPK2',
      name: 'Operator Komputer Angkatan 2',
      trade: source.trade,
      totalJp: 240,
      description: source.description,
      rules: source.rules,
      minAttendancePct: 90,
      jpMinutes: 50,
      classCount: 0,
    });
    const strip = (units: typeof source.units) =>
      units.map(({ position, code, title, jp }) => ({ position, code, title, jp }));
    expect(strip(copy.units)).toEqual(strip(source.units));
    expect(copy.units.every((unit) => !source.units.some((other) => other.id === unit.id))).toBe(true);
    // The source is untouched, and the copy is audited.
    expect(await t.call('programs.get', { id: source.id })).toEqual(source);
    expect(auditCount()).toBe(2);
  });

  it('refuses a copy whose code or name is taken, and an unknown source', async () => {
    t = await createSetUpApp();
    const source = await t.call('programs.create', programme());
    expect(await t.fail('programs.copy', { id: source.id, code: 'OPK', name: 'Lain' })).toMatchObject({
      code: 'PROGRAM_CODE_TAKEN',
      fields: { code: 'program_code_taken' },
    });
    expect(await t.fail('programs.copy', { id: source.id, code: 'OPK3', name: 'operator komputer' })).toMatchObject({
      code: 'PROGRAM_NAME_TAKEN',
      fields: { name: 'program_name_taken' },
    });
    expect(await t.fail('programs.copy', { id: 999, code: 'OPK4', name: 'Baru' })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('programs.list', {})).length).toBe(1);
  });
});
