/** Bahasa Indonesia for scheduling: sessions, timetable generation, calendar, holidays. */
export const idSchedule = {
  schedule: { nav: 'Jadwal', tab: 'Jadwal' },
  holidays: { nav: 'Hari libur' },
};
