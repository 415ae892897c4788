import type { HandlerMap } from '../../context';
import { blkProfileRow, readBlkProfile } from './queries';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': async (ctx) => readBlkProfile(ctx.db),

  'settings.update': async (ctx, input) => {
    const before = await readBlkProfile(ctx.db);
    const row = blkProfileRow(input, ctx.now.toISOString());
    await ctx.db.updateTable('settings').set(row).where('id', '=', 1).execute();
    await ctx.audit({ entity: 'settings', entityId: 1, before, after: row });
    return readBlkProfile(ctx.db);
  },
};
