import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';
import { addSession, instructorNamed, runningClass, setJoinedOn } from '../main/attendance-fixture';

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1]);
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

let t: TestApp;
afterEach(async () => t?.close());

const NAMES = [
  'Siti Nurhaliza Rahmawati',
  'Andi Saputra',
  'Muhammad Rizky Pratama',
  'Dewi Lestari',
  'Bayu',
  'Fitriani',
  'Yohanes Paulus Manurung',
  'Nur Aisyah',
  'Rahmat Hidayat',
  'Wahyuni',
  'I Gede Putu Artawan',
  'Hasanuddin',
  'Sri Wulandari',
  'Agus Salim',
  'Ratna Sari Dewi',
  'Erwin Syahputra',
];

describe('sign-in sheet (daftar hadir)', () => {
  it('prints one session with every trainee, the session and its instructors, on one A4 page', async () => {
    t = await createSetUpApp();
    const c = await runningClass(t, NAMES);
    const budi = await instructorNamed(t, 'Budi Hartono, S.Kom.');
    const sessionId = await addSession(t, c.klass.id, '2026-11-23', 8, [budi.id]);
    const file = await t.call('attendance.printSignInSheet', {
      classId: c.klass.id,
      scope: { kind: 'session', sessionId },
    });
    expect(file?.fileName).toMatch(/^Daftar-Hadir-OPK_Angkatan_1_2026-2026-11-23\.pdf$/);
    expect(t.opened).toEqual([file?.path]);
    const text = squeeze(pdftotext(file?.path ?? ''));
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('DAFTAR HADIR PESERTA PELATIHAN');
    expect(text).toContain('UPTD BLK PASER');
    expect(text).toContain('Senin, 23 November 2026');
    expect(text).toContain('8 JP');
    expect(text).toContain('Budi Hartono, S.Kom.');
    expect(text).toContain('PND-2026-00001');
    expect(pageCount(file?.path ?? '')).toBe(1);
  });

  it('prints a week with one dated signature column per session day, in English when asked', async () => {
    t = await createSetUpApp();
    const c = await runningClass(t, NAMES.slice(0, 5));
    await setJoinedOn(t, [c.trainees[4]?.id ?? 0], '2026-11-25');
    for (const date of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']) {
      await addSession(t, c.klass.id, date, 6);
    }
    await addSession(t, c.klass.id, '2026-11-30', 6); // next week
    const file = await t.call('attendance.printSignInSheet', {
      classId: c.klass.id,
      scope: { kind: 'week', weekOf: '2026-11-25' },
      locale: 'en',
    });
    const text = squeeze(pdftotext(file?.path ?? ''));
    expect(text).toContain('TRAINEE ATTENDANCE SHEET');
    expect(text).toContain('23 November 2026 – 28 November 2026');
    expect(text).toContain('36 JP');
    for (const day of ['Monday', 'Saturday', '23 November', '28 November']) expect(text).toContain(day);
    expect(text).not.toContain('30 November');
    expect(text).toContain('Grey cells');
    for (const name of NAMES.slice(0, 5)) expect(text).toContain(name);
  });

  it('says so when there is nothing to print', async () => {
    t = await createSetUpApp();
    const c = await runningClass(t, ['Andi']);
    const other = await runningClass(t, ['Bayu'], { code: 'DGM', className: 'Desain Grafis 1' });
    const elsewhere = await addSession(t, other.klass.id, '2026-11-23', 4);
    expect(
      await t.fail('attendance.printSignInSheet', {
        classId: c.klass.id,
        scope: { kind: 'session', sessionId: elsewhere },
      }),
    ).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'session' } });
    expect(
      await t.fail('attendance.printSignInSheet', {
        classId: c.klass.id,
        scope: { kind: 'week', weekOf: '2026-11-23' },
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(t.opened).toEqual([]);
  });
});
