/** Bahasa Indonesia for attendance, assessment, outcomes and BNSP tests. */
export const idAttendance = {
  attendance: { tab: 'Kehadiran' },
  assessment: { tab: 'Penilaian & hasil' },
  teachingLog: { nav: 'Rekap JP instruktur' },
};
