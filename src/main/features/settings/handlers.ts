import type { OperatorRow } from '@shared/contract';
import type { settingsContract } from '@shared/contract/settings';
import { DomainError } from '@shared/errors';
import type { HandlerMap } from '../../context';
import { hashPassword } from '../operators/password';
import { blkProfileRow, readBlkProfile } from './queries';

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

export const settingsHandlers: HandlerMap<keyof typeof settingsContract> = {
  'settings.get': async (ctx) => readBlkProfile(ctx.db),

  'settings.update': async (ctx, input) => {
    const before = await readBlkProfile(ctx.db);
    const row = blkProfileRow(input, ctx.now.toISOString());
    await ctx.db.updateTable('settings').set(row).where('id', '=', 1).execute();
    await ctx.audit({ entity: 'settings', entityId: 1, before, after: row });
    return readBlkProfile(ctx.db);
  },

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
};
