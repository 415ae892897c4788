import { afterEach, describe, expect, it } from 'vitest';
import { BLK, createSetUpApp, createTestApp, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

const admin = { username: 'admin', fullName: 'Admin BLK', password: 'rahasia123' };

describe('first run and login', () => {
  it('sets up once, signs the first admin in and stores a scrypt hash', async () => {
    t = await createTestApp();
    expect(await t.call('setup.status', {})).toEqual({ needsSetup: true, blkName: null });
    expect(await t.fail('participants.search', {})).toMatchObject({ code: 'NOT_AUTHENTICATED' });
    const session = await t.call('setup.init', { blk: BLK, admin: { ...admin, username: ' Admin ' } });
    expect(session).toMatchObject({ username: 'admin', role: 'admin' });
    expect(await t.call('auth.session', {})).toEqual(session);
    const stored = t.app.handle.sqlite.prepare('SELECT password_hash FROM operators').get() as {
      password_hash: string;
    };
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(stored.password_hash).not.toContain('rahasia123');
    expect(await t.fail('setup.init', { blk: BLK, admin })).toMatchObject({ code: 'ALREADY_SET_UP' });
    expect(await t.call('settings.get', {})).toMatchObject({ name: 'UPTD BLK Paser', regencyName: 'Kabupaten Paser' });
  });

  it('refuses a weak password and a bad NIP with field errors', async () => {
    t = await createTestApp();
    const error = await t.fail('setup.init', {
      blk: { ...BLK, headNip: '1234' },
      admin: { ...admin, password: 'short' },
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'blk.headNip': 'nip_format', 'admin.password': 'password_short' },
    });
    expect(await t.call('setup.status', {})).toMatchObject({ needsSetup: true });
  });

  it('gives the same answer for an unknown user and a wrong password, and locks after five misses', async () => {
    t = await createSetUpApp();
    const desk = t.app.createRouter();
    expect(await t.fail('auth.login', { username: 'nobody', password: 'x' }, desk)).toMatchObject({
      code: 'LOGIN_FAILED',
    });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await t.fail('auth.login', { username: 'admin', password: 'salah' }, desk)).toMatchObject({
        code: 'LOGIN_FAILED',
      });
    }
    expect(await t.fail('auth.login', { username: 'admin', password: 'rahasia123' }, desk)).toMatchObject({
      code: 'OPERATOR_LOCKED',
    });
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000 + 1000);
    expect(await t.call('auth.login', { username: 'ADMIN', password: 'rahasia123' }, desk)).toMatchObject({
      role: 'admin',
    });
  });

  it('logs out', async () => {
    t = await createSetUpApp();
    await t.call('auth.logout', {});
    expect(await t.call('auth.session', {})).toBeNull();
    expect(await t.fail('settings.get', {})).toMatchObject({ code: 'NOT_AUTHENTICATED' });
  });

  it('refuses a taken username', async () => {
    t = await createSetUpApp();
    const error = await t.fail('operators.create', {
      username: 'admin',
      fullName: 'X',
      role: 'front_desk',
      password: '12345678',
    });
    expect(error).toMatchObject({ code: 'USERNAME_TAKEN', fields: { username: 'username_taken' } });
  });
});
