import type { certificatesContract } from '@shared/contract/certificates';
import type { HandlerMap } from '../../context';
import { classEnrolments, issueCandidates, issueCertificates, oneEnrolment } from './issue';
import { cancelPrint, continuePrint, startPrint } from './print';
import { exportPublicKey, exportRegistry, listCertificates } from './registry';
import { revokeCertificate } from './revoke';
import { chooseCertificateImage, readCertificateSettings, saveCertificateSettings, setImageFile } from './settings';
import { verifyText } from './verify';

export const certificatesHandlers: HandlerMap<keyof typeof certificatesContract> = {
  'certificateSettings.get': async (ctx) => readCertificateSettings(ctx.db, ctx.now, ctx.platform.dataDir),
  'certificateSettings.save': async (ctx, input) => saveCertificateSettings(ctx, input),
  'certificateSettings.chooseImage': async (ctx, input) => chooseCertificateImage(ctx, input.kind),
  'certificateSettings.clearImage': async (ctx, input) => setImageFile(ctx, input.kind, null),

  'certificates.candidates': async (ctx, input) => issueCandidates(ctx.db, input.classId),
  'certificates.issue': async (ctx, input) =>
    issueCertificates(ctx, [await oneEnrolment(ctx.db, input.enrolmentId)], 'refuse'),
  'certificates.issueForClass': async (ctx, input) =>
    issueCertificates(ctx, await classEnrolments(ctx.db, input.classId), 'skip'),

  'certificates.startPrint': async (ctx, input) => startPrint(ctx, input),
  'certificates.continuePrint': async (ctx, input) => continuePrint(ctx, input.jobId),
  'certificates.cancelPrint': async (ctx, input) => cancelPrint(ctx, input.jobId),
  'certificates.revoke': async (ctx, input) => revokeCertificate(ctx, input.certificateId, input.reason),

  'certificates.verify': async (ctx, input) => verifyText(ctx.db, input.text),
  'certificates.list': async (ctx, input) => listCertificates(ctx.db, input),
  'certificates.exportXlsx': async (ctx, input) => exportRegistry(ctx, input),
  'certificates.exportPublicKey': async (ctx) => exportPublicKey(ctx),
};
