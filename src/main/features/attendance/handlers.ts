import type { attendanceContract } from '@shared/contract/attendance';
import type { HandlerMap } from '../../context';

export const attendanceHandlers: HandlerMap<keyof typeof attendanceContract> = {
  'attendance.grid': async () => { throw new Error('not implemented: attendance.grid'); },
  'attendance.save': async () => { throw new Error('not implemented: attendance.save'); },
  'attendance.printSignInSheet': async () => { throw new Error('not implemented: attendance.printSignInSheet'); },
  'attendance.teachingLog': async () => { throw new Error('not implemented: attendance.teachingLog'); },
};
