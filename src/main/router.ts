import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { contract, type MethodName, type Session } from '@shared/contract';
import { DomainError, ERROR_CODES, type Envelope, type ErrorBody, type ErrorCode } from '@shared/errors';
import { zodIssuesToFields } from '@shared/validation';
import type { AuditEntry, HandlerContext, HandlerMap } from './context';
import type { Database } from './db/schema';
import type { Platform } from './platform';

export type HandlerTable = HandlerMap<MethodName>;

export interface RouterOptions {
  db: Kysely<Database>;
  platform: Platform;
  handlers: HandlerTable;
  /** Called after each committed write (the app checkpoints the WAL when writes pause). */
  afterWrite?: () => void;
  /** Receives unexpected errors with the id shown to the user. */
  logError?: (errorId: string, method: string, error: unknown) => void;
}

export interface Router {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  readonly session: Session | null;
}

function fail(error: ErrorBody): Envelope<never> {
  return { ok: false, error };
}

function isMethodName(method: string): method is MethodName {
  return typeof method === 'string' && Object.hasOwn(contract, method);
}

/**
 * The one door into the main process: validates input with the method's zod schema, checks the
 * caller's role, runs writing methods in one transaction (with their audit rows) and turns every
 * outcome into an envelope. One router per window: it holds that window's session.
 */
export function createRouter(options: RouterOptions): Router {
  const { db, platform, handlers } = options;
  const logError = options.logError ?? ((errorId, method, error) => console.error(`[${errorId}] ${method}`, error));
  let session: Session | null = null;

  async function run(method: MethodName, input: unknown): Promise<unknown> {
    const spec = contract[method];
    const handler = handlers[method];
    let nextSession: Session | null | undefined;
    const now = platform.now();
    const contextFor = (executor: Kysely<Database>): HandlerContext => ({
      db: executor,
      session,
      now,
      platform,
      setSession: (value) => {
        nextSession = value;
      },
      audit: async (entry: AuditEntry) => {
        await executor
          .insertInto('auditLog')
          .values({
            at: now.toISOString(),
            operatorId: nextSession?.operatorId ?? session?.operatorId ?? null,
            method,
            entity: entry.entity,
            entityId: entry.entityId,
            beforeJson: entry.before === undefined ? null : JSON.stringify(entry.before),
            afterJson: entry.after === undefined ? null : JSON.stringify(entry.after),
          })
          .execute();
      },
    });

    let value: unknown;
    if (!spec.writes) {
      value = await handler(contextFor(db), input as never);
    } else {
      const trx = await db.startTransaction().execute();
      try {
        value = await handler(contextFor(trx), input as never);
        await trx.commit().execute();
        options.afterWrite?.();
      } catch (error) {
        if (error instanceof DomainError && error.keepWrites) await trx.commit().execute();
        else await trx.rollback().execute();
        throw error;
      }
    }
    if (nextSession !== undefined) session = nextSession;
    return value;
  }

  return {
    get session() {
      return session;
    },
    async dispatch(method, input) {
      if (!isMethodName(method)) return fail({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method)}` });
      const spec = contract[method];
      const parsed = (spec.input as z.ZodType).safeParse(input === undefined ? {} : input);
      if (!parsed.success) {
        return fail({
          code: 'VALIDATION',
          message: 'Input is not valid',
          fields: zodIssuesToFields(parsed.error.issues),
        });
      }
      if (spec.access !== 'public') {
        if (!session) return fail({ code: 'NOT_AUTHENTICATED', message: 'Please sign in' });
        if (!spec.access.includes(session.role))
          return fail({ code: 'FORBIDDEN', message: 'Your role may not do this' });
      }
      try {
        return { ok: true, value: await run(method, parsed.data) };
      } catch (error) {
        if (error instanceof DomainError) return fail(error.toBody());
        const refusal = triggerRefusal(error);
        if (refusal) return fail({ code: refusal, message: 'The database refused the write' });
        const errorId = randomUUID().slice(0, 8);
        logError(errorId, method, error);
        return fail({ code: 'INTERNAL', message: 'Unexpected error', params: { errorId } });
      }
    },
  };
}

/**
 * A trigger's RAISE(ABORT, 'CODE') reached the router: a rule the service did not check first
 * (e.g. a full class when an admin overrides a dropout's outcome). Still the clerk's own error.
 */
function triggerRefusal(error: unknown): ErrorCode | null {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_TRIGGER') return null;
  return (ERROR_CODES as readonly string[]).includes(error.message) ? (error.message as ErrorCode) : null;
}
