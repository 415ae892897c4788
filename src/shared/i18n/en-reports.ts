import type { idReports } from './id-reports';

/** English for the reports screen. */
export const enReports: typeof idReports = {
  reports: {
    nav: 'Reports',
  },
};
