import { afterEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '@shared/contract';
import { handlers } from '../../../src/main/app';
import { createRouter } from '../../../src/main/router';
import { createSetUpApp, person, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

const countRows = (t: TestApp, table: string) =>
  (t.app.handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('router', () => {
  it('answers an unknown method with a code, not an exception', async () => {
    t = await createSetUpApp();
    expect(await t.router.dispatch('participants.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await t.router.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('returns field errors as message keys', async () => {
    t = await createSetUpApp();
    const error = await t.fail('participants.create', { ...person(), nik: '12', phone: '12345' });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { nik: 'nik_format', phone: 'phone_format' } });
  });

  it('requires a session for everything but setup and login', async () => {
    t = await createSetUpApp();
    const anonymous = t.app.createRouter();
    expect(await anonymous.dispatch('participants.search', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    });
    expect(await anonymous.dispatch('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
  });

  it('gates methods by role: head reads only, front desk cannot edit programmes', async () => {
    t = await createSetUpApp();
    await t.call('operators.create', {
      username: 'kepala',
      fullName: 'Kepala BLK',
      role: 'head',
      password: 'kepala12345',
    });
    await t.call('operators.create', {
      username: 'loket',
      fullName: 'Petugas Loket',
      role: 'front_desk',
      password: 'loket12345',
    });
    const head = t.app.createRouter();
    await t.call('auth.login', { username: 'kepala', password: 'kepala12345' }, head);
    expect(await head.dispatch('participants.search', {})).toMatchObject({ ok: true });
    expect(await head.dispatch('participants.create', person())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const desk = t.app.createRouter();
    await t.call('auth.login', { username: 'loket', password: 'loket12345' }, desk);
    expect(await desk.dispatch('participants.create', person())).toMatchObject({ ok: true });
    const programme = { code: 'LAS', name: 'Las', trade: 'Las', totalJp: 240, rules: {} };
    expect(await desk.dispatch('programs.create', programme)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('never lets the read-only role near a writing method', () => {
    for (const name of METHOD_NAMES) {
      const spec = contract[name];
      if (spec.writes && spec.access !== 'public') expect(spec.access, name).not.toContain('head');
    }
  });

  it('rolls back every write of a call that fails half way', async () => {
    t = await createSetUpApp();
    const failing = createRouter({
      db: t.app.handle.db,
      platform: {
        dataDir: t.dataDir,
        now: () => t.clock.now,
        chooseSavePath: async () => null,
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
        relaunch: async () => {},
        openPath: async () => {},
      },
      logError: () => {},
      handlers: {
        ...handlers,
        'participants.create': async (ctx, input) => {
          await handlers['participants.create'](ctx, input);
          throw new Error('power cut between two writes');
        },
      },
    });
    await failing.dispatch('auth.login', { username: 'admin', password: 'rahasia123' });
    const before = { people: countRows(t, 'participants'), audit: countRows(t, 'audit_log') };
    const result = await failing.dispatch('participants.create', person());
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', params: { errorId: expect.any(String) } } });
    expect({ people: countRows(t, 'participants'), audit: countRows(t, 'audit_log') }).toEqual(before);
  });

  it('audits every write with operator, method, entity and before/after', async () => {
    t = await createSetUpApp();
    const created = await t.call('participants.create', person({ fullName: 'Siti' }));
    await t.call('participants.update', { ...person({ fullName: 'Siti Aminah' }), nik: created.nik, id: created.id });
    const rows = t.app.handle.sqlite
      .prepare(
        "SELECT operator_id, method, entity, entity_id, before_json, after_json FROM audit_log WHERE entity = 'participant' ORDER BY id",
      )
      .all() as {
      operator_id: number;
      method: string;
      entity_id: number;
      before_json: string | null;
      after_json: string;
    }[];
    expect(rows.map((row) => row.method)).toEqual(['participants.create', 'participants.update']);
    expect(rows.every((row) => row.operator_id === 1 && row.entity_id === created.id)).toBe(true);
    expect(JSON.parse(rows[1]?.before_json ?? '{}')).toMatchObject({ fullName: 'Siti' });
    expect(JSON.parse(rows[1]?.after_json ?? '{}')).toMatchObject({ fullName: 'Siti Aminah' });
  });
});
