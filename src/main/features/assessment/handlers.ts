import type { assessmentContract } from '@shared/contract/assessment';
import type { HandlerMap } from '../../context';

export const assessmentHandlers: HandlerMap<keyof typeof assessmentContract> = {
  'assessment.sheet': async () => { throw new Error('not implemented: assessment.sheet'); },
  'assessment.record': async () => { throw new Error('not implemented: assessment.record'); },
  'outcomes.override': async () => { throw new Error('not implemented: outcomes.override'); },
  'outcomes.clearOverride': async () => { throw new Error('not implemented: outcomes.clearOverride'); },
  'bnsp.list': async () => { throw new Error('not implemented: bnsp.list'); },
  'bnsp.record': async () => { throw new Error('not implemented: bnsp.record'); },
};
