/** The follow-up rounds an admin sets: months after graduation (3, 6 and 12 until changed). */
import type { FollowUpSettings } from '@shared/contract/graduates';
import type { HandlerContext } from '../../context';
import { readRoundMonths } from './rounds';

export async function readFollowUpSettings(ctx: HandlerContext): Promise<FollowUpSettings> {
  return { months: await readRoundMonths(ctx.db) };
}

/**
 * Replaces the whole set. Follow-ups already recorded keep the round they answered, so removing a
 * round leaves history as it was; it only stops falling due.
 */
export async function saveFollowUpSettings(ctx: HandlerContext, input: FollowUpSettings): Promise<FollowUpSettings> {
  const before = await readFollowUpSettings(ctx);
  await ctx.db.deleteFrom('followUpRounds').execute();
  await ctx.db
    .insertInto('followUpRounds')
    .values(input.months.map((months) => ({ months })))
    .execute();
  const after = await readFollowUpSettings(ctx);
  await ctx.audit({ entity: 'follow_up_rounds', entityId: null, before, after });
  return after;
}
