/** Bahasa Indonesia for the dashboard screens. */
export const idDashboard = {
  dashboard: {
    nav: 'Beranda',
  },
};
