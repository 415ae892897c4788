import type { Dictionary } from './index';

export const en: Dictionary = {
  enrolmentStatus: {
    registered: 'Registered',
    accepted: 'Accepted',
    reserve: 'Reserve list',
    rejected: 'Rejected',
    reregistered: 'Re-registered',
    in_training: 'In training',
    graduated: 'Graduated / Competent',
    not_competent: 'Not yet competent',
    dropped_out: 'Dropped out',
    withdrawn: 'Withdrawn',
  },
  reserveWithRank: 'Reserve list (number {{rank}})',
};
