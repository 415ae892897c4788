import { CLASS_TRANSITIONS, type ClassStatus } from '@shared/domain';
import { DomainError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { applyOutcomes } from '../assessment/outcomes';

/** Refuses anything but one step of the class lifecycle (see CLASS_TRANSITIONS). */
export function assertClassTransition(from: ClassStatus, to: ClassStatus): void {
  if (!CLASS_TRANSITIONS[from].includes(to)) {
    throw new DomainError('STATUS_TRANSITION_INVALID', 'That class status change is not allowed', {
      fields: { status: 'invalid' },
      params: { from, to },
    });
  }
}

/**
 * Moves a class one lifecycle step (audited). When it starts running, everyone who re-registered
 * is in training from now on; when it finishes, its trainees get their final status (graduated or
 * not yet competent, see applyOutcomes). Each enrolment changed is audited.
 */
export async function changeClassStatus(
  ctx: HandlerContext,
  classId: number,
  from: ClassStatus,
  to: ClassStatus,
): Promise<void> {
  assertClassTransition(from, to);
  const at = ctx.now.toISOString();
  await ctx.db.updateTable('classes').set({ status: to, updatedAt: at }).where('id', '=', classId).execute();
  await ctx.audit({ entity: 'class', entityId: classId, before: { status: from }, after: { status: to } });
  if (to === 'finished') await applyOutcomes(ctx, classId);
  if (to !== 'running') return;
  const starting = await ctx.db
    .selectFrom('enrolments')
    .select('id')
    .where('classId', '=', classId)
    .where('status', '=', 'reregistered')
    .orderBy('id')
    .execute();
  for (const { id } of starting) {
    await ctx.db.updateTable('enrolments').set({ status: 'in_training', updatedAt: at }).where('id', '=', id).execute();
    await ctx.audit({
      entity: 'enrolment',
      entityId: id,
      before: { status: 'reregistered' },
      after: { status: 'in_training', classStarted: classId },
    });
  }
}
