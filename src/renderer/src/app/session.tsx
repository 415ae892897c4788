import { createContext, useContext, type ReactNode } from 'react';
import type { MethodName, Session } from '@shared/contract';
import { canCall } from '../lib/api';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in operator; every screen behind the login gate has one. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** Whether the operator's role may call a method: decides which write buttons exist at all. */
export function useCan(method: MethodName): boolean {
  return canCall(useSession().role, method);
}
