/**
 * Placing a graduate with a partner company (penempatan). A placement is also a follow-up
 * (employed, channel placement, dated the start day), written in the same transaction so the
 * graduate's status and the due list follow at once.
 */
import type { z } from 'zod';
import type { placementInput } from '@shared/contract/companies';
import type { FollowUp } from '@shared/contract/graduates';
import { requireSession, type HandlerContext } from '../../context';
import { checkContactDate, insertFollowUp } from '../graduates/follow-ups';
import { notFound } from '../graduates/queries';

export async function createPlacement(
  ctx: HandlerContext,
  input: z.output<typeof placementInput>,
): Promise<{ placementId: number; followUp: FollowUp }> {
  const session = requireSession(ctx);
  const { graduatedOn } = await checkContactDate(ctx, input.enrolmentId, input.startedOn, 'startedOn');
  const company = await ctx.db
    .selectFrom('companies')
    .select(['id', 'name', 'sector'])
    .where('id', '=', input.companyId)
    .executeTakeFirst();
  if (!company) throw notFound('company', 'companyId');
  const { id: placementId } = await ctx.db
    .insertInto('placements')
    .values({
      enrolmentId: input.enrolmentId,
      companyId: company.id,
      position: input.position,
      startedOn: input.startedOn,
      employmentKind: input.employmentKind,
      incomeBand: input.incomeBand,
      notes: input.notes,
      operatorId: session.operatorId,
      createdAt: ctx.now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.audit({ entity: 'placement', entityId: placementId, after: { ...input, companyName: company.name } });
  const followUp = await insertFollowUp(
    ctx,
    {
      enrolmentId: input.enrolmentId,
      contactedOn: input.startedOn,
      channel: 'placement',
      outcome: 'employed',
      employer: company.name,
      companyId: company.id,
      sector: company.sector,
      jobTitle: input.position,
      employmentKind: input.employmentKind,
      businessType: '',
      incomeBand: input.incomeBand,
      notes: input.notes,
      placementId,
    },
    graduatedOn,
  );
  return { placementId, followUp };
}
