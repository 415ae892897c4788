import type { Session } from '@shared/contract';
import type { authContract } from '@shared/contract/auth';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';
import { hashPassword, verifyPassword } from './password';
import { blkProfileRow } from '../settings/queries';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 5;

export const authHandlers: HandlerMap<keyof typeof authContract> = {
  'setup.status': async (ctx) => {
    const settings = await ctx.db.selectFrom('settings').select('blkName').executeTakeFirst();
    return { needsSetup: !settings, blkName: settings?.blkName ?? null };
  },

  'setup.init': async (ctx, input) => {
    const existing = await ctx.db.selectFrom('settings').select('id').executeTakeFirst();
    if (existing) throw new DomainError('ALREADY_SET_UP', 'This BLK is already set up');
    const at = ctx.now.toISOString();
    const profile = blkProfileRow(input.blk, at);
    await ctx.db.insertInto('settings').values(profile).execute();
    const passwordHash = await hashPassword(input.admin.password);
    const operator = await ctx.db
      .insertInto('operators')
      .values({
        username: input.admin.username,
        fullName: input.admin.fullName,
        role: 'admin',
        passwordHash,
        createdAt: at,
      })
      .returning(['id', 'username', 'fullName', 'role'])
      .executeTakeFirstOrThrow();
    const session: Session = {
      operatorId: operator.id,
      username: operator.username,
      fullName: operator.fullName,
      role: operator.role,
    };
    ctx.setSession(session);
    await ctx.audit({ entity: 'settings', entityId: 1, after: profile });
    await ctx.audit({
      entity: 'operator',
      entityId: operator.id,
      after: { username: operator.username, role: 'admin' },
    });
    return session;
  },

  'auth.login': async (ctx, input) => {
    const operator = await ctx.db
      .selectFrom('operators')
      .selectAll()
      .where('username', '=', input.username)
      .executeTakeFirst();
    // The same answer for an unknown user and a wrong password, so usernames cannot be probed.
    if (!operator) throw new DomainError('LOGIN_FAILED', 'Wrong username or password');
    const at = ctx.now.toISOString();
    if (operator.lockedUntil && operator.lockedUntil > at) {
      throw new DomainError('OPERATOR_LOCKED', 'Too many wrong passwords', { params: { until: operator.lockedUntil } });
    }
    if (!(await verifyPassword(input.password, operator.passwordHash))) {
      const failedLogins = operator.failedLogins + 1;
      const lockedUntil =
        failedLogins >= MAX_FAILED_LOGINS ? new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      await ctx.db
        .updateTable('operators')
        .set({ failedLogins: lockedUntil ? 0 : failedLogins, lockedUntil })
        .where('id', '=', operator.id)
        .execute();
      await ctx.audit({ entity: 'operator', entityId: operator.id, after: { failedLogins, lockedUntil } });
      throw new DomainError('LOGIN_FAILED', 'Wrong username or password', { keepWrites: true });
    }
    // Only after the password: a disabled account is not revealed to someone guessing usernames.
    if (!operator.active) throw new DomainError('OPERATOR_DISABLED', 'This operator is disabled');
    if (operator.failedLogins > 0 || operator.lockedUntil) {
      await ctx.db
        .updateTable('operators')
        .set({ failedLogins: 0, lockedUntil: null })
        .where('id', '=', operator.id)
        .execute();
    }
    const session: Session = {
      operatorId: operator.id,
      username: operator.username,
      fullName: operator.fullName,
      role: operator.role,
    };
    ctx.setSession(session);
    return session;
  },

  'auth.session': async (ctx) => ctx.session,

  'auth.logout': async (ctx) => {
    ctx.setSession(null);
    return null;
  },
};
