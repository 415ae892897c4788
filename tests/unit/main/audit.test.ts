import { afterEach, describe, expect, it } from 'vitest';
import { dayStartIn, nextIsoDate } from '@shared/time';
import { createSetUpApp, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

/** Moves the test clock to a WITA wall time ("2026-11-23 23:59:59"). */
function atWita(wall: string) {
  t.clock.now = new Date(`${wall.replace(' ', 'T')}+08:00`);
}

async function withHistory() {
  t = await createSetUpApp(); // 23 Nov 10:00 WITA: settings + admin
  atWita('2026-11-23 23:59:59');
  const desk = await t.call('operators.create', {
    username: 'desk',
    fullName: 'Siti Front Desk',
    role: 'front_desk',
    password: 'mejadepan1',
  });
  atWita('2026-11-24 00:00:00');
  await t.call('operators.update', { id: desk.id, fullName: 'Siti Aminah', role: 'front_desk', active: false });
  atWita('2026-11-25 08:00:00');
  await t.call('operators.update', { id: desk.id, fullName: 'Siti Aminah', role: 'front_desk', active: true });
  const window = t.app.createRouter();
  await t.call('auth.login', { username: 'desk', password: 'mejadepan1' }, window);
  atWita('2026-11-25 09:00:00');
  const program = await t.call(
    'programs.create',
    { code: 'OPK', name: 'Operator Komputer', trade: 'Teknologi Informasi', totalJp: 240, rules: {} },
    t.router,
  );
  return { desk, program, adminId: 1 };
}

describe('shared/time day bounds', () => {
  it('turns a WITA day into UTC instants', () => {
    expect(dayStartIn('2026-11-23').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(dayStartIn('2026-11-23', 'Asia/Jakarta').toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(dayStartIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(nextIsoDate('2026-12-31')).toBe('2027-01-01');
    expect(nextIsoDate('2028-02-28')).toBe('2028-02-29');
  });
});

describe('audit.list', () => {
  it('lists newest first with operator names and parsed before/after', async () => {
    const { desk } = await withHistory();
    const page = await t.call('audit.list', {});
    expect(page).toMatchObject({ total: 6, capped: false });
    expect(page.rows.map((row) => row.method)).toEqual([
      'programs.create',
      'operators.update',
      'operators.update',
      'operators.create',
      'setup.init',
      'setup.init',
    ]);
    expect(page.rows[2]).toMatchObject({
      at: '2026-11-23T16:00:00.000Z',
      operatorId: 1,
      operatorName: 'Admin BLK',
      entity: 'operator',
      entityId: desk.id,
      before: { fullName: 'Siti Front Desk', role: 'front_desk', active: true },
      after: { fullName: 'Siti Aminah', role: 'front_desk', active: false },
    });
    expect(page.rows[3]).toMatchObject({ before: null, after: { username: 'desk', role: 'front_desk' } });
  });

  it('filters by BLK day at the WITA midnight boundary', async () => {
    await withHistory();
    const on23 = await t.call('audit.list', { from: '2026-11-23', to: '2026-11-23' });
    expect(on23.rows.map((row) => row.method)).toEqual(['operators.create', 'setup.init', 'setup.init']);
    const on24 = await t.call('audit.list', { from: '2026-11-24', to: '2026-11-24' });
    expect(on24.rows.map((row) => row.at)).toEqual(['2026-11-23T16:00:00.000Z']);
    expect((await t.call('audit.list', { from: '2026-11-25' })).total).toBe(2);
    expect((await t.call('audit.list', { to: '2026-11-24' })).total).toBe(4);
    expect((await t.call('audit.list', { from: '2026-11-26' })).total).toBe(0);
    expect(await t.fail('audit.list', { from: '2026-11-25', to: '2026-11-24' })).toMatchObject({
      code: 'VALIDATION',
      fields: { to: 'end_before_start' },
    });
  });

  it('filters by operator, entity and entity id', async () => {
    const { desk, program } = await withHistory();
    const admin = await t.call('audit.list', { operatorId: 1 });
    expect(admin.total).toBe(6);
    const deskRows = await t.call('audit.list', { operatorId: desk.id });
    expect(deskRows.total).toBe(0);
    const programs = await t.call('audit.list', { entity: 'program' });
    expect(programs.rows).toEqual([expect.objectContaining({ entityId: program.id, method: 'programs.create' })]);
    const deskHistory = await t.call('audit.list', { entity: 'operator', entityId: desk.id });
    expect(deskHistory.rows.map((row) => row.method)).toEqual([
      'operators.update',
      'operators.update',
      'operators.create',
    ]);
    expect((await t.call('audit.list', { entity: 'operator', entityId: desk.id, from: '2026-11-25' })).total).toBe(1);
    expect((await t.call('audit.list', { entity: '' })).total).toBe(6);
  });

  it('finds one operator’s entries through an index, not by walking the log', async () => {
    t = await createSetUpApp();
    const plan = t.app.handle.sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE operator_id = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT 25',
      )
      .all(1, '2026-01-01') as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('audit_log_operator');
  });

  it('pages', async () => {
    await withHistory();
    const first = await t.call('audit.list', { page: 1, pageSize: 4 });
    const second = await t.call('audit.list', { page: 2, pageSize: 4 });
    expect(first.rows).toHaveLength(4);
    expect(second.rows).toHaveLength(2);
    expect(second.total).toBe(6);
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await t.call('audit.list', { page: 3, pageSize: 4 })).rows).toEqual([]);
  });

  it('names no operator for system entries', async () => {
    t = await createSetUpApp();
    t.app.handle.sqlite
      .prepare(
        `INSERT INTO audit_log (at, operator_id, method, entity, entity_id, before_json, after_json)
         VALUES ('2026-11-23T03:00:00.000Z', NULL, 'backups.restore', 'backup', NULL, NULL, '{"restored":"x.db"}')`,
      )
      .run();
    const [restore] = (await t.call('audit.list', {})).rows;
    expect(restore).toMatchObject({ operatorId: null, operatorName: null, before: null, after: { restored: 'x.db' } });
  });

  it('is for admins only', async () => {
    await withHistory();
    const window = t.app.createRouter();
    await t.call('auth.login', { username: 'desk', password: 'mejadepan1' }, window);
    expect(await t.fail('audit.list', {}, window)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('audit.entities', {}, window)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('audit.entities', () => {
  it('lists each entity name once, sorted', async () => {
    await withHistory();
    expect(await t.call('audit.entities', {})).toEqual(['operator', 'program', 'settings']);
  });
});
