import type { Kysely } from 'kysely';
import type { OperatorRow } from '@shared/contract';
import { DomainError } from '@shared/errors';
import { type HandlerMap, requireSession } from '../../context';
import type { Database } from '../../db/schema';
import { hashPassword } from './password';

type ManageMethods = 'operators.list' | 'operators.create' | 'operators.update' | 'operators.resetPassword';

// Never the password hash: these columns are what leaves main and what the audit log keeps.
const operatorColumns = ['id', 'username', 'fullName', 'role', 'active', 'createdAt'] as const;

function toOperatorRow(row: {
  id: number;
  username: string;
  fullName: string;
  role: OperatorRow['role'];
  active: number;
  createdAt: string;
}): OperatorRow {
  return { ...row, active: row.active === 1 };
}

async function readOperator(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom('operators')
    .select([...operatorColumns, 'failedLogins', 'lockedUntil'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'No such operator');
  return row;
}

/** Someone must always be able to manage operators: refuses a change that leaves no active admin. */
async function keepAnActiveAdmin(db: Kysely<Database>, operatorId: number): Promise<void> {
  const other = await db
    .selectFrom('operators')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '!=', operatorId)
    .executeTakeFirst();
  if (!other) throw new DomainError('LAST_ADMIN', 'The last active administrator must stay an active administrator');
}

export const operatorsHandlers: HandlerMap<ManageMethods> = {
  'operators.list': async (ctx) => {
    const rows = await ctx.db.selectFrom('operators').select(operatorColumns).orderBy('username').execute();
    return rows.map(toOperatorRow);
  },

  'operators.create': async (ctx, input) => {
    const taken = await ctx.db
      .selectFrom('operators')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken)
      throw new DomainError('USERNAME_TAKEN', 'That username is taken', { fields: { username: 'username_taken' } });
    const row = await ctx.db
      .insertInto('operators')
      .values({
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        createdAt: ctx.now.toISOString(),
      })
      .returning(operatorColumns)
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'operator', entityId: row.id, after: { username: row.username, role: row.role } });
    return toOperatorRow(row);
  },

  'operators.update': async (ctx, input) => {
    const session = requireSession(ctx);
    const current = await readOperator(ctx.db, input.id);
    const wasActiveAdmin = current.role === 'admin' && current.active === 1;
    if (wasActiveAdmin && (input.role !== 'admin' || !input.active)) await keepAnActiveAdmin(ctx.db, current.id);
    const before = { fullName: current.fullName, role: current.role, active: current.active === 1 };
    const after = { fullName: input.fullName, role: input.role, active: input.active };
    const row = await ctx.db
      .updateTable('operators')
      .set({ fullName: input.fullName, role: input.role, active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .returning(operatorColumns)
      .executeTakeFirstOrThrow();
    await ctx.audit({ entity: 'operator', entityId: row.id, before, after });
    if (row.id === session.operatorId) {
      // Editing oneself takes effect at once: a disabled admin is signed out, a demoted one loses the rights.
      ctx.setSession(input.active ? { ...session, fullName: row.fullName, role: row.role } : null);
    }
    return toOperatorRow(row);
  },

  'operators.resetPassword': async (ctx, input) => {
    const current = await readOperator(ctx.db, input.id);
    const row = await ctx.db
      .updateTable('operators')
      .set({ passwordHash: await hashPassword(input.password), failedLogins: 0, lockedUntil: null })
      .where('id', '=', input.id)
      .returning(operatorColumns)
      .executeTakeFirstOrThrow();
    // The fact of a reset, never a hash: the log is readable by every admin and travels in backups.
    await ctx.audit({
      entity: 'operator',
      entityId: row.id,
      before: { failedLogins: current.failedLogins, lockedUntil: current.lockedUntil },
      after: { passwordReset: true, failedLogins: 0, lockedUntil: null },
    });
    return toOperatorRow(row);
  },
};
