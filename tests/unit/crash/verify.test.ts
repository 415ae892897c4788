/**
 * The crash test's checker must itself catch what it is there to catch: a reported write that is
 * missing, a save cut short that landed in part, a class over its quota, a sequence behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TemplateFacts } from './protocol';
import { buildTemplate } from './template';
import { parseLog, verifyTrial } from './verify';

let dataDir = '';
let facts: TemplateFacts;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pelita-crash-verify-'));
  facts = await buildTemplate(dataDir, 3);
}, 60_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const first = <T>(list: readonly T[]): T => {
  const [item] = list;
  if (item === undefined) throw new Error('empty list');
  return item;
};

it('finds nothing wrong with an untouched template', () => {
  expect(verifyTrial(dataDir, parseLog([]), facts)).toEqual({ lost: [], problems: [], inFlightLanded: null });
});

it('reports lost writes, a partial save, a full class and a sequence behind its serials', () => {
  const sessionId = first(facts.sessionIds);
  const [a, b] = facts.traineeIds;
  const log = parseLog([
    'BEGIN 1 enrolment {"kind":"enrolment","participantId":1}',
    'COMMITTED 1 enrolment {"kind":"enrolment","id":9999,"registrationNo":"PND-2026-09999","participantId":1,"classId":1,"status":"registered"}',
    `BEGIN 2 attendance {"kind":"attendance","sessionId":${sessionId},"marks":[{"enrolmentId":${a},"mark":"S"},{"enrolmentId":${b},"mark":"S"}]}`,
  ]);
  const sqlite = new BetterSqlite3(join(dataDir, 'pelita.db'));
  try {
    sqlite
      .prepare(
        "INSERT INTO attendance (session_id, enrolment_id, mark, operator_id, updated_at) VALUES (?, ?, 'S', 1, ?)",
      )
      .run(sessionId, a, '2026-11-23T02:00:00.000Z');
    sqlite.prepare("UPDATE sequences SET last_value = last_value - 1 WHERE name = 'certificate'").run();
    sqlite.prepare('UPDATE classes SET quota = 1 WHERE id = ?').run(facts.runningClassId);
  } finally {
    sqlite.close();
  }
  const result = verifyTrial(dataDir, log, facts);
  expect(result.lost).toEqual([
    expect.stringContaining('no such enrolment'),
    'enrolment 9999 is missing, reported registered',
  ]);
  expect(result.problems).toEqual([
    'attendance save cut short landed 1 of its 2 changed marks',
    `class ${facts.runningClassId} holds 12 seats of 1`,
    'certificate sequence 2026 at 0, serials used 1 up to 1',
  ]);
});
