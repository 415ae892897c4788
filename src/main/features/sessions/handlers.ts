import type { sessionsContract } from '@shared/contract/sessions';
import type { HandlerMap } from '../../context';

export const sessionsHandlers: HandlerMap<keyof typeof sessionsContract> = {
  'holidays.list': async () => { throw new Error('not implemented: holidays.list'); },
  'holidays.save': async () => { throw new Error('not implemented: holidays.save'); },
  'holidays.delete': async () => { throw new Error('not implemented: holidays.delete'); },
  'sessions.list': async () => { throw new Error('not implemented: sessions.list'); },
  'sessions.plan': async () => { throw new Error('not implemented: sessions.plan'); },
  'sessions.generate': async () => { throw new Error('not implemented: sessions.generate'); },
  'sessions.create': async () => { throw new Error('not implemented: sessions.create'); },
  'sessions.update': async () => { throw new Error('not implemented: sessions.update'); },
  'sessions.move': async () => { throw new Error('not implemented: sessions.move'); },
  'sessions.delete': async () => { throw new Error('not implemented: sessions.delete'); },
  'sessions.printTimetable': async () => { throw new Error('not implemented: sessions.printTimetable'); },
};
