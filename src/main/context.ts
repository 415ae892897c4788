import type { Kysely } from 'kysely';
import type { Session } from '@shared/contract';
import type { MethodName, OutputOf, ParsedInputOf } from '@shared/contract';
import type { Database } from './db/schema';
import type { Platform } from './platform';

export interface AuditEntry {
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

/** What a handler gets: the database (a transaction for writing methods), who calls, and when. */
export interface HandlerContext {
  db: Kysely<Database>;
  session: Session | null;
  /** One instant per call, so every timestamp a call writes agrees. */
  now: Date;
  platform: Platform;
  /** Appends to audit_log inside the same transaction as the write. */
  audit(entry: AuditEntry): Promise<void>;
  /** Replaces the caller's session once the call has committed (login, logout, setup). */
  setSession(session: Session | null): void;
}

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInputOf<M>) => Promise<OutputOf<M>>;

/** A room's handlers: exactly one per method it serves. */
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };

/** The signed-in operator; handlers of non-public methods can rely on it. */
export function requireSession(ctx: HandlerContext): Session {
  if (!ctx.session) throw new Error('Handler reached without a session: access check missing');
  return ctx.session;
}
