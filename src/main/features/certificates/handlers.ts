import type { certificatesContract } from '@shared/contract/certificates';
import type { HandlerMap } from '../../context';

export const certificatesHandlers: HandlerMap<keyof typeof certificatesContract> = {
  'certificateSettings.get': async () => { throw new Error('not implemented: certificateSettings.get'); },
  'certificateSettings.save': async () => { throw new Error('not implemented: certificateSettings.save'); },
  'certificateSettings.chooseImage': async () => { throw new Error('not implemented: certificateSettings.chooseImage'); },
  'certificateSettings.clearImage': async () => { throw new Error('not implemented: certificateSettings.clearImage'); },
  'certificates.candidates': async () => { throw new Error('not implemented: certificates.candidates'); },
  'certificates.issue': async () => { throw new Error('not implemented: certificates.issue'); },
  'certificates.issueForClass': async () => { throw new Error('not implemented: certificates.issueForClass'); },
  'certificates.startPrint': async () => { throw new Error('not implemented: certificates.startPrint'); },
  'certificates.continuePrint': async () => { throw new Error('not implemented: certificates.continuePrint'); },
  'certificates.cancelPrint': async () => { throw new Error('not implemented: certificates.cancelPrint'); },
  'certificates.revoke': async () => { throw new Error('not implemented: certificates.revoke'); },
  'certificates.verify': async () => { throw new Error('not implemented: certificates.verify'); },
  'certificates.list': async () => { throw new Error('not implemented: certificates.list'); },
  'certificates.exportXlsx': async () => { throw new Error('not implemented: certificates.exportXlsx'); },
  'certificates.exportPublicKey': async () => { throw new Error('not implemented: certificates.exportPublicKey'); },
};
