import type { idSchedule } from './id-schedule';

/** English for scheduling; same keys as id-schedule.ts. */
export const enSchedule: typeof idSchedule = {
  schedule: { nav: 'Timetable', tab: 'Timetable' },
  holidays: { nav: 'Holidays' },
};
