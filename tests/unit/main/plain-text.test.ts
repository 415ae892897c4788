import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, person, programmeWithClass, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

/**
 * What a pasted spreadsheet or a mischievous clerk can type into a text field: it is stored as it
 * was typed (only trimmed) and read back the same, never interpreted as SQL, markup or a command.
 */
const HOSTILE = [
  "O'Brien'); DROP TABLE participants; --",
  '<img src=x onerror=alert(1)> <b>tebal</b>',
  'Nama \u202Eserif\u202C campur',
  '👩‍🔧 Siti 👨‍🏭',
  '=HYPERLINK("http://x","klik")',
  'Tab\there',
  'x'.repeat(150),
];

describe('text fields keep hostile text as plain text', () => {
  it.each(HOSTILE)('stores and reads back %j unchanged', async (text) => {
    t = await createSetUpApp();
    const name = text.slice(0, 150);
    const created = await t.call(
      'participants.create',
      person({ fullName: name, notes: text, birthPlace: text.slice(0, 100) }),
    );
    const read = await t.call('participants.get', { id: created.id });
    expect(read).toMatchObject({ fullName: name.trim(), notes: text.trim(), birthPlace: text.slice(0, 100).trim() });
    // Searching for it is a search like any other (t.call throws on an error envelope).
    await t.call('participants.search', { query: name.trim().slice(0, 20) });
    const byNik = await t.call('participants.search', { query: created.nik });
    expect(byNik.rows.map((row) => row.fullName)).toEqual([name.trim()]);

    const { klass } = await programmeWithClass(t);
    const room = await t.call('rooms.create', { name: text.slice(0, 100), trade: text.slice(0, 100), capacity: 10 });
    expect(room).toMatchObject({ name: text.slice(0, 100).trim() });
    const holiday = await t.call('holidays.save', { date: '2026-12-25', name: text.slice(0, 150) });
    expect(holiday.name).toBe(text.slice(0, 150).trim());
    const session = await t.call('sessions.create', {
      classId: klass.id,
      date: '2026-12-02',
      startTime: '08:00',
      endTime: '10:00',
      jp: 2,
      notes: text.slice(0, 500),
    });
    expect(session.notes).toBe(text.slice(0, 500).trim());
    // The tables are all still there and whole.
    expect(t.app.handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.app.handle.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(1);
  });
});
