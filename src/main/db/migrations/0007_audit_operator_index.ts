import { type Kysely, sql } from 'kysely';

/*
 * "What did this operator do?": without an index SQLite walks the whole log by time to find a
 * rarely seen operator (measured on 500,000 entries: about 40 ms for a page plus 55 ms for the
 * count, against 0.1 ms with this index). (operator_id, at) also serves the newest-first order.
 * And the rule that someone can always manage operators, kept by the database as well as by the
 * service (the router turns the RAISE into the LAST_ADMIN error). Forward-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE INDEX audit_log_operator ON audit_log (operator_id, at)`,
    sql`CREATE TRIGGER operators_keep_an_admin BEFORE UPDATE OF role, active ON operators
      WHEN old.role = 'admin' AND old.active = 1 AND (new.role <> 'admin' OR new.active = 0)
        AND NOT EXISTS (SELECT 1 FROM operators WHERE role = 'admin' AND active = 1 AND id <> old.id)
      BEGIN
        SELECT RAISE(ABORT, 'LAST_ADMIN');
      END`,
  ];
  for (const statement of statements) await statement.execute(db);
}
