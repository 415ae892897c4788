import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

const desk = { username: 'desk', fullName: 'Siti Front Desk', role: 'front_desk' as const, password: 'mejadepan1' };

async function withDesk() {
  t = await createSetUpApp();
  const operator = await t.call('operators.create', desk);
  const admin = await t.call('auth.session', {});
  if (!admin) throw new Error('setup should have signed the admin in');
  return { operator, adminId: admin.operatorId };
}

const json = (text: string | null | undefined): unknown => JSON.parse(text ?? 'null');

function auditRows(entityId: number) {
  return t.app.handle.sqlite
    .prepare(
      `SELECT method, before_json, after_json FROM audit_log WHERE entity = 'operator' AND entity_id = ? ORDER BY id`,
    )
    .all(entityId) as { method: string; before_json: string | null; after_json: string | null }[];
}

describe('operators.update', () => {
  it('changes name and role, and audits before and after', async () => {
    const { operator } = await withDesk();
    const updated = await t.call('operators.update', {
      id: operator.id,
      fullName: '  Siti Aminah ',
      role: 'head',
      active: true,
    });
    expect(updated).toMatchObject({
      id: operator.id,
      username: 'desk',
      fullName: 'Siti Aminah',
      role: 'head',
      active: true,
    });
    const last = auditRows(operator.id).at(-1);
    expect(last?.method).toBe('operators.update');
    expect(json(last?.before_json)).toEqual({ fullName: 'Siti Front Desk', role: 'front_desk', active: true });
    expect(json(last?.after_json)).toEqual({ fullName: 'Siti Aminah', role: 'head', active: true });
  });

  it('refuses an unknown operator', async () => {
    await withDesk();
    expect(await t.fail('operators.update', { id: 999, fullName: 'X', role: 'admin', active: true })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a disabled operator cannot sign in; enabled again, they can', async () => {
    const { operator } = await withDesk();
    await t.call('operators.update', { id: operator.id, fullName: desk.fullName, role: 'front_desk', active: false });
    const window = t.app.createRouter();
    const login = { username: 'desk', password: desk.password };
    expect(await t.fail('auth.login', login, window)).toMatchObject({ code: 'OPERATOR_DISABLED' });
    // A wrong password reads as any wrong password: being disabled is not revealed to a guesser.
    expect(await t.fail('auth.login', { ...login, password: 'tebak-tebak' }, window)).toMatchObject({
      code: 'LOGIN_FAILED',
    });
    await t.call('operators.update', { id: operator.id, fullName: desk.fullName, role: 'front_desk', active: true });
    expect(await t.call('auth.login', login, window)).toMatchObject({ username: 'desk', role: 'front_desk' });
  });
});

describe('the last active admin', () => {
  it('cannot be disabled or demoted, and nothing changes', async () => {
    const { adminId } = await withDesk();
    for (const change of [
      { role: 'admin' as const, active: false },
      { role: 'head' as const, active: true },
      { role: 'front_desk' as const, active: false },
    ]) {
      expect(await t.fail('operators.update', { id: adminId, fullName: 'Admin BLK', ...change })).toMatchObject({
        code: 'LAST_ADMIN',
      });
    }
    const admin = (await t.call('operators.list', {})).find((row) => row.id === adminId);
    expect(admin).toMatchObject({ role: 'admin', active: true });
    // A disabled admin does not count as the other admin.
    const other = await t.call('operators.create', { ...desk, username: 'admin2', role: 'admin' });
    await t.call('operators.update', { id: other.id, fullName: desk.fullName, role: 'admin', active: false });
    expect(
      await t.fail('operators.update', { id: adminId, fullName: 'Admin BLK', role: 'admin', active: false }),
    ).toMatchObject({
      code: 'LAST_ADMIN',
    });
  });

  it('is kept by the database as well', async () => {
    const { adminId } = await withDesk();
    const sqlite = t.app.handle.sqlite;
    expect(() => sqlite.prepare('UPDATE operators SET active = 0 WHERE id = ?').run(adminId)).toThrow('LAST_ADMIN');
    expect(() => sqlite.prepare("UPDATE operators SET role = 'head' WHERE id = ?").run(adminId)).toThrow('LAST_ADMIN');
    sqlite.prepare("UPDATE operators SET full_name = 'Pak Admin' WHERE id = ?").run(adminId);
  });

  it('may rename themselves', async () => {
    const { adminId } = await withDesk();
    await t.call('operators.update', { id: adminId, fullName: 'Pak Admin', role: 'admin', active: true });
    expect(await t.call('auth.session', {})).toMatchObject({ fullName: 'Pak Admin', role: 'admin' });
  });

  it('an admin may disable themselves when another active admin exists, and is signed out', async () => {
    const { adminId } = await withDesk();
    await t.call('operators.create', { ...desk, username: 'admin2', role: 'admin' });
    await t.call('operators.update', { id: adminId, fullName: 'Admin BLK', role: 'admin', active: false });
    expect(await t.call('auth.session', {})).toBeNull();
    expect(await t.fail('operators.list', {})).toMatchObject({ code: 'NOT_AUTHENTICATED' });
  });

  it('an admin who gives themselves another role loses admin rights at once', async () => {
    const { adminId } = await withDesk();
    await t.call('operators.create', { ...desk, username: 'admin2', role: 'admin' });
    await t.call('operators.update', { id: adminId, fullName: 'Admin BLK', role: 'head', active: true });
    expect(await t.call('auth.session', {})).toMatchObject({ role: 'head' });
    expect(await t.fail('operators.list', {})).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('only admins manage operators', async () => {
    await withDesk();
    const window = t.app.createRouter();
    await t.call('auth.login', { username: 'desk', password: desk.password }, window);
    expect(
      await t.fail('operators.update', { id: 1, fullName: 'X', role: 'admin', active: true }, window),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.fail('operators.resetPassword', { id: 1, password: '12345678' }, window)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('operators.resetPassword', () => {
  it('sets a new password and clears a lock; the audit keeps no hash', async () => {
    const { operator } = await withDesk();
    const window = t.app.createRouter();
    for (let attempt = 0; attempt < 5; attempt++) {
      await t.fail('auth.login', { username: 'desk', password: 'salah-salah' }, window);
    }
    expect(await t.fail('auth.login', { username: 'desk', password: desk.password }, window)).toMatchObject({
      code: 'OPERATOR_LOCKED',
    });
    await t.call('operators.resetPassword', { id: operator.id, password: 'sandibaru9' });
    expect(await t.fail('auth.login', { username: 'desk', password: desk.password }, window)).toMatchObject({
      code: 'LOGIN_FAILED',
    });
    expect(await t.call('auth.login', { username: 'desk', password: 'sandibaru9' }, window)).toMatchObject({
      username: 'desk',
    });
    const stored = t.app.handle.sqlite
      .prepare('SELECT password_hash, failed_logins, locked_until FROM operators WHERE id = ?')
      .get(operator.id) as { password_hash: string; failed_logins: number; locked_until: string | null };
    expect(stored).toMatchObject({ failed_logins: 0, locked_until: null });
    const reset = auditRows(operator.id).find((row) => row.method === 'operators.resetPassword');
    expect(json(reset?.before_json)).toMatchObject({ lockedUntil: expect.any(String) });
    expect(json(reset?.after_json)).toEqual({ passwordReset: true, failedLogins: 0, lockedUntil: null });
    const everything = JSON.stringify(t.app.handle.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toContain('scrypt');
    expect(everything).not.toContain(stored.password_hash.split('$')[5]);
    expect(everything).not.toContain('sandibaru9');
  });

  it('refuses a short password with a field error', async () => {
    const { operator } = await withDesk();
    expect(await t.fail('operators.resetPassword', { id: operator.id, password: 'short' })).toMatchObject({
      code: 'VALIDATION',
      fields: { password: 'password_short' },
    });
  });
});
