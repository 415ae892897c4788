/**
 * What the crash test checks after each kill, on the database file itself (better-sqlite3, no app
 * code in between): the file is sound, every write the child reported as committed is there with
 * the values it reported, the write cut short landed whole or not at all, and nothing anywhere is
 * half-written (an enrolment without its audit row, a certificate without its serial, a sequence
 * behind the numbers it handed out, a class over its quota).
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { SEAT_HOLDING_STATUSES } from '@shared/domain';
import { dataPaths } from '../../../src/main/platform';
import type { Intent, TemplateFacts, Written } from './protocol';

export interface WriterLog {
  committed: Written[];
  /** The write announced last without being reported: the kill came while it ran. */
  inFlight: Intent | null;
  /** Killed between CHECKPOINT and CHECKPOINTED. */
  inCheckpoint: boolean;
  fatal: string[];
}

export function parseLog(lines: readonly string[]): WriterLog {
  const begun = new Map<number, Intent>();
  const committed: Written[] = [];
  const fatal: string[] = [];
  let inCheckpoint = false;
  for (const line of lines) {
    const [tag, number, kind, ...rest] = line.split(' ');
    const json = rest.join(' ');
    if (tag === 'BEGIN') begun.set(Number(number), JSON.parse(json) as Intent);
    else if (tag === 'COMMITTED') {
      begun.delete(Number(number));
      const written = JSON.parse(json) as Written;
      if (written.kind !== kind) fatal.push(`garbled line: ${line}`);
      committed.push(written);
    } else if (tag === 'CHECKPOINT') inCheckpoint = true;
    else if (tag === 'CHECKPOINTED') inCheckpoint = false;
    else if (tag === 'FATAL') fatal.push(line);
  }
  if (begun.size > 1) fatal.push(`${begun.size} writes begun and not committed: the child runs one at a time`);
  return { committed, inFlight: [...begun.values()][0] ?? null, inCheckpoint, fatal };
}

export interface TrialResult {
  /** Committed writes that are missing or differ: must stay empty. */
  lost: string[];
  /** Anything else wrong with the file: must stay empty. */
  problems: string[];
  /** Whether the write in flight at the kill reached the file (null: none in flight, or cannot tell). */
  inFlightLanded: boolean | null;
}

const cell = (sessionId: number, enrolmentId: number) => `${sessionId}:${enrolmentId}`;

/** A complete PDF: the header at the start, the end-of-file marker in its last bytes. */
function completePdf(file: string): boolean {
  if (!existsSync(file)) return false;
  const size = statSync(file).size;
  if (size < 64) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    const tail = Buffer.alloc(32);
    readSync(fd, tail, 0, 32, size - 32);
    return head.toString('latin1') === '%PDF-' && tail.toString('latin1').includes('%%EOF');
  } finally {
    closeSync(fd);
  }
}

export function verifyTrial(dataDir: string, log: WriterLog, facts: TemplateFacts): TrialResult {
  const lost: string[] = [];
  const problems: string[] = [...log.fatal];
  const sqlite = new BetterSqlite3(dataPaths(dataDir).database);
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`);

    const one = <T>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T | undefined;
    const all = <T>(query: string, ...params: unknown[]) => sqlite.prepare(query).all(...params) as T[];

    // Every reported write, with the values reported.
    const expectedStatus = new Map<number, string>();
    const expectedMarks = new Map<string, string>();
    for (const written of log.committed) {
      const say = (what: string) => lost.push(`${written.kind} ${JSON.stringify(written)}: ${what}`);
      switch (written.kind) {
        case 'participant': {
          const row = one<{ nik: string; full_name: string }>(
            'SELECT nik, full_name FROM participants WHERE id = ?',
            written.id,
          );
          if (!row) say('no such participant');
          else if (row.nik !== written.nik || row.full_name !== written.fullName) say(`found ${JSON.stringify(row)}`);
          break;
        }
        case 'enrolment': {
          const row = one<{ registration_no: string; participant_id: number; class_id: number }>(
            'SELECT registration_no, participant_id, class_id FROM enrolments WHERE id = ?',
            written.id,
          );
          if (!row) say('no such enrolment');
          else if (
            row.registration_no !== written.registrationNo ||
            row.participant_id !== written.participantId ||
            row.class_id !== written.classId
          )
            say(`found ${JSON.stringify(row)}`);
          expectedStatus.set(written.id, written.status);
          break;
        }
        case 'withdraw':
          expectedStatus.set(written.enrolmentId, 'withdrawn');
          if (written.promotedId !== null) expectedStatus.set(written.promotedId, 'registered');
          break;
        case 'attendance':
          for (const mark of written.marks) expectedMarks.set(cell(written.sessionId, mark.enrolmentId), mark.mark);
          break;
        case 'certificate': {
          const row = one<{ serial: string; enrolment_id: number; revoked_at: string | null }>(
            'SELECT serial, enrolment_id, revoked_at FROM certificates WHERE id = ?',
            written.id,
          );
          if (!row) say('no such certificate');
          else if (row.serial !== written.serial || row.enrolment_id !== written.enrolmentId || row.revoked_at !== null)
            say(`found ${JSON.stringify(row)}`);
          break;
        }
        case 'print':
          for (const certificateId of written.certificateIds) {
            const row = one('SELECT id FROM certificate_prints WHERE certificate_id = ? AND copy = 1', certificateId);
            if (!row) say(`no print of certificate ${certificateId}`);
          }
          // Killed processes do not lose the page cache: a file reported as written must be whole.
          if (!completePdf(written.file)) say(`the PDF ${written.file} is missing or incomplete`);
          break;
      }
    }

    const inFlight = log.inFlight;
    let inFlightLanded: boolean | null = null;

    // Statuses: the reported ones, except what a withdrawal cut short may have changed.
    const statusMismatches: string[] = [];
    for (const [id, expected] of expectedStatus) {
      const row = one<{ status: string }>('SELECT status FROM enrolments WHERE id = ?', id);
      if (row?.status !== expected)
        statusMismatches.push(`enrolment ${id} is ${row?.status ?? 'missing'}, reported ${expected}`);
    }
    if (inFlight?.kind === 'withdraw') {
      const row = one<{ status: string }>('SELECT status FROM enrolments WHERE id = ?', inFlight.enrolmentId);
      inFlightLanded = row?.status === 'withdrawn';
      // Landed: the enrolment left, and at most one reserve was offered its seat, in the same commit.
      const allowed = statusMismatches.filter((text) =>
        inFlightLanded
          ? text.startsWith(`enrolment ${inFlight.enrolmentId} is withdrawn`) ||
            / is registered, reported reserve$/.test(text)
          : false,
      );
      const promotions = allowed.filter((text) => text.endsWith('reported reserve')).length;
      if (promotions > 1) problems.push(`one withdrawal promoted ${promotions} reserves`);
      lost.push(...statusMismatches.filter((text) => !allowed.includes(text)));
    } else lost.push(...statusMismatches);

    // Attendance of the running class: exactly the reported marks, plus the save in flight whole or not at all.
    const actualMarks = new Map(
      all<{ session_id: number; enrolment_id: number; mark: string }>(
        `SELECT session_id, enrolment_id, mark FROM attendance WHERE session_id IN (${facts.sessionIds.map(() => '?').join(',')})`,
        ...facts.sessionIds,
      ).map((row) => [cell(row.session_id, row.enrolment_id), row.mark]),
    );
    const pending = new Map<string, string>();
    if (inFlight?.kind === 'attendance') {
      for (const mark of inFlight.marks) {
        const key = cell(inFlight.sessionId, mark.enrolmentId);
        if (expectedMarks.get(key) !== mark.mark) pending.set(key, mark.mark);
      }
      const landed = [...pending].filter(([key, mark]) => actualMarks.get(key) === mark).length;
      if (landed > 0 && landed < pending.size)
        problems.push(`attendance save cut short landed ${landed} of its ${pending.size} changed marks`);
      inFlightLanded = pending.size === 0 ? null : landed === pending.size;
    }
    for (const [key, mark] of expectedMarks) {
      const actual = actualMarks.get(key);
      if (actual !== mark && !(pending.has(key) && actual === pending.get(key)))
        lost.push(`attendance ${key}: ${actual ?? 'no mark'}, reported ${mark}`);
    }
    for (const [key, mark] of actualMarks) {
      if (!expectedMarks.has(key) && pending.get(key) !== mark)
        problems.push(`attendance ${key} = ${mark} was never written`);
    }

    if (inFlight?.kind === 'participant')
      inFlightLanded = one('SELECT id FROM participants WHERE nik = ?', inFlight.nik) !== undefined;
    if (inFlight?.kind === 'enrolment')
      inFlightLanded = one('SELECT id FROM enrolments WHERE participant_id = ?', inFlight.participantId) !== undefined;
    if (inFlight?.kind === 'certificate')
      inFlightLanded = one('SELECT id FROM certificates WHERE enrolment_id = ?', inFlight.enrolmentId) !== undefined;
    if (inFlight?.kind === 'print') {
      const printed = inFlight.certificateIds.filter(
        (id) => one('SELECT id FROM certificate_prints WHERE certificate_id = ?', id) !== undefined,
      ).length;
      if (printed > 0 && printed < inFlight.certificateIds.length)
        problems.push(`print cut short recorded ${printed} of its ${inFlight.certificateIds.length} certificates`);
      inFlightLanded = printed > 0;
    }

    problems.push(...halfWritten(sqlite));
    return { lost, problems, inFlightLanded };
  } finally {
    sqlite.close();
  }
}

/** Whole-file invariants: each query lists what would be half-written, so each must return nothing. */
function halfWritten(sqlite: BetterSqlite3.Database): string[] {
  const seat = SEAT_HOLDING_STATUSES.map((status) => `'${status}'`).join(',');
  const audited = (table: string, entity: string) =>
    `SELECT '${entity} ' || t.id || ' has no audit row' FROM ${table} t
     WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = '${entity}' AND a.entity_id = t.id)`;
  const checks = [
    `SELECT 'enrolment ' || id || ' has registration number ' || quote(registration_no) FROM enrolments
     WHERE registration_no NOT GLOB 'PND-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]'`,
    `SELECT 'enrolment ' || e.id || ' has no participant' FROM enrolments e
     WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.id = e.participant_id)`,
    `SELECT 'class ' || c.id || ' holds ' || count(e.id) || ' seats of ' || c.quota FROM classes c
     JOIN enrolments e ON e.class_id = c.id AND e.status IN (${seat}) GROUP BY c.id HAVING count(e.id) > c.quota`,
    `SELECT 'class ' || class_id || ' has reserve position ' || reserve_position || ' twice' FROM enrolments
     WHERE status = 'reserve' GROUP BY class_id, reserve_position HAVING count(*) > 1`,
    audited('participants', 'participant'),
    audited('enrolments', 'enrolment'),
    audited('certificates', 'certificate'),
    audited('certificate_prints', 'certificate_print'),
    `SELECT 'certificate ' || c.id || ' is half-written' FROM certificates c
     JOIN enrolments e ON e.id = c.enrolment_id JOIN participants p ON p.id = e.participant_id
     WHERE length(c.serial) = 0 OR length(c.qr_text) = 0 OR NOT json_valid(c.payload_json)
        OR json_extract(c.payload_json, '$.fullName') IS NOT p.full_name OR e.status <> 'graduated'`,
    `SELECT 'certificate print ' || id || ' points at no certificate' FROM certificate_prints p
     WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.id = p.certificate_id)`,
    // Numbers come from the sequences in the same transaction as the row: never behind (reuse), no gaps.
    `SELECT 'registration sequence ' || s.year || ' at ' || s.last_value || ', numbers used ' || count(e.id) || ' up to ' || max(CAST(substr(e.registration_no, 10) AS INTEGER))
     FROM sequences s LEFT JOIN enrolments e ON e.registration_no GLOB 'PND-' || s.year || '-*'
     WHERE s.name = 'registration' GROUP BY s.year
     HAVING s.last_value <> count(e.id) OR s.last_value <> max(CAST(substr(e.registration_no, 10) AS INTEGER))`,
    `SELECT 'certificate sequence ' || s.year || ' at ' || s.last_value || ', serials used ' || count(c.id) || ' up to ' || max(c.seq)
     FROM sequences s LEFT JOIN certificates c ON c.year = s.year
     WHERE s.name = 'certificate' GROUP BY s.year HAVING s.last_value <> count(c.id) OR s.last_value <> max(c.seq)`,
  ];
  return checks.flatMap((query) => sqlite.prepare(query).pluck().all() as string[]);
}
