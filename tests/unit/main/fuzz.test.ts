import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, METHOD_NAMES } from '@shared/contract';
import { ERROR_CODES } from '@shared/errors';
import { createSetUpApp, person, programmeWithClass, type TestApp } from '../helpers';

const RUNS_PER_METHOD = 200;

/** Values a pasted spreadsheet, a scanner or an attacker could send through the bridge. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "'; DROP TABLE participants; --",
    '<img src=x onerror=alert(1)>',
    '\u202Etxt.exe',
    '\u0000\u0007\u001b[31m',
    '👩‍🔧👨‍🏭',
    'x'.repeat(100_000),
    '6401054501990001'.repeat(3),
    '__proto__',
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.anything({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 2 ** 53, [], {}),
);

function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const record = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] });
  return fc.oneof(
    hostileValue,
    record,
    record.map((value) => ({ ...value, constructor: 'x', __proto__: { admin: true } })),
  );
}

let t: TestApp;
const totalChanges = () => t.app.handle.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

beforeAll(async () => {
  t = await createSetUpApp();
  const { klass } = await programmeWithClass(t);
  const someone = await t.call('participants.create', person());
  await t.call('enrolments.enroll', { participantId: someone.id, classId: klass.id });
});
afterAll(async () => t.close());

describe('every contract method under malformed input', () => {
  it.each(METHOD_NAMES)('%s answers with a coded error and changes no row', async (method) => {
    const schema = contract[method].input as z.ZodType;
    await fc.assert(
      fc.asyncProperty(inputsFor(schema), async (input) => {
        // The router reads a missing input as {}, as the typed client never sends undefined.
        fc.pre(!schema.safeParse(input === undefined ? {} : input).success);
        const before = totalChanges();
        const result = await t.router.dispatch(method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
        expect(result).not.toMatchObject({ error: { code: 'INTERNAL' } });
        expect(totalChanges()).toBe(before);
      }),
      { numRuns: RUNS_PER_METHOD, seed: 20261123 },
    );
    // The session survived the barrage: the next honest call still works.
    expect((await t.router.dispatch('auth.session', {})).ok).toBe(true);
  });
});
