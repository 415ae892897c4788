import type { CertificateRow } from '@shared/contract/certificates';
import { DomainError } from '@shared/errors';
import { requireSession, type HandlerContext } from '../../context';
import { readCertificate, toCertificateRow } from './queries';

/**
 * Revokes with a written reason. The certificate keeps its serial and stays in the registry (the
 * verify screen shows the reason); the trainee can then be issued a new one with a new serial.
 */
export async function revokeCertificate(
  ctx: HandlerContext,
  certificateId: number,
  reason: string,
): Promise<CertificateRow> {
  const operator = requireSession(ctx);
  const before = await readCertificate(ctx.db, certificateId);
  if (before.revokedAt !== null) {
    throw new DomainError('CERTIFICATE_REVOKED', 'Already revoked', { params: { serial: before.serial } });
  }
  await ctx.db
    .updateTable('certificates')
    .set({ revokedAt: ctx.now.toISOString(), revokedReason: reason, revokedBy: operator.operatorId })
    .where('id', '=', certificateId)
    .execute();
  await ctx.audit({
    entity: 'certificate',
    entityId: certificateId,
    before: { serial: before.serial, revokedAt: null },
    after: { revokedReason: reason },
  });
  return toCertificateRow(await readCertificate(ctx.db, certificateId));
}
