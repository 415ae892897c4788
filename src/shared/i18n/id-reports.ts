/** Bahasa Indonesia for the reports screen (Laporan). */
export const idReports = {
  reports: {
    nav: 'Laporan',
  },
};
