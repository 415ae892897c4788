import type { idDashboard } from './id-dashboard';

/** English for the dashboard screens. */
export const enDashboard: typeof idDashboard = {
  dashboard: {
    nav: 'Home',
  },
};
