import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdfToFile } from '../../../src/main/pdf/render';
import {
  buildTimetable,
  TIMETABLE_LABELS_EN,
  TIMETABLE_LABELS_ID,
  type TimetableData,
} from '../../../src/main/pdf/timetable';
import { timetableFileName } from '../../../src/main/features/sessions/print';
import { createSetUpApp, type TestApp } from '../helpers';
import { nth, scheduling } from '../main/sessions-fixture';

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file]).toString('utf8');
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

function sample(): TimetableData {
  const lesson = {
    startTime: '08:00',
    endTime: '15:00',
    jp: 8,
    units: [
      { code: 'J.620100.002.01', title: 'Mengolah Kata', jp: 6 },
      { code: 'J.620100.003.01', title: 'Mengolah Angka', jp: 2 },
    ],
    instructors: ['Budi Hartono', 'Siti Aminah'],
    place: 'Lab Komputer 1',
  };
  return {
    blkName: 'UPTD Balai Latihan Kerja Kabupaten Paser',
    blkAddress: 'Jl. Jenderal Sudirman No. 12, Tana Paser',
    className: 'OPK Angkatan 1 2026',
    programName: 'Operator Komputer',
    weekStart: '2026-11-30',
    weekEnd: '2026-12-06',
    days: [
      { date: '2026-11-30', holiday: null, sessions: [] },
      {
        date: '2026-12-01',
        holiday: null,
        sessions: [lesson, { ...lesson, startTime: '15:30', endTime: '16:15', jp: 1, units: [], instructors: [] }],
      },
      { date: '2026-12-02', holiday: null, sessions: [lesson] },
      { date: '2026-12-03', holiday: 'Hari Jadi Kabupaten Paser', sessions: [] },
      { date: '2026-12-04', holiday: null, sessions: [lesson] },
      { date: '2026-12-05', holiday: null, sessions: [] },
    ],
  };
}

let dir: string | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await t?.close();
  dir = undefined;
  t = undefined;
});

describe('weekly timetable', () => {
  it('prints the week on one A4 landscape page a clerk can read', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pelita-timetable-'));
    const target = join(dir, 'jadwal.pdf');
    await renderPdfToFile(buildTimetable(sample(), TIMETABLE_LABELS_ID), target);
    const info = pdfinfo(target);
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    const text = squeeze(pdftotext(target));
    for (const expected of [
      'UPTD BALAI LATIHAN KERJA KABUPATEN PASER',
      'JADWAL PELATIHAN',
      'Operator Komputer',
      'OPK Angkatan 1 2026',
      '30 November 2026 – 6 Desember 2026',
      'Selasa',
      '1 Desember 2026',
      '08:00–15:00',
      'J.620100.002.01',
      'Mengolah Kata',
      'Budi Hartono',
      'Lab Komputer 1',
      'Libur: Hari Jadi Kabupaten Paser',
      'Tidak ada pelatihan',
      'Jumlah JP minggu ini: 25',
    ]) {
      expect(text).toContain(expected);
    }
    // pdfmake writes into the nodes it lays out: a list shared by three rows must print three times.
    expect(text.split('Siti Aminah').length - 1).toBe(3);
  });

  it('speaks English with the English labels', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pelita-timetable-'));
    const target = join(dir, 'timetable.pdf');
    await renderPdfToFile(buildTimetable(sample(), TIMETABLE_LABELS_EN), target);
    const text = squeeze(pdftotext(target));
    expect(text).toContain('TRAINING TIMETABLE');
    expect(text).toContain('Tuesday');
    expect(text).toContain('1 December 2026');
    expect(text).toContain('Holiday: Hari Jadi Kabupaten Paser');
  });

  it('names the file safely after the class and the week', () => {
    expect(timetableFileName('OPK Angkatan 1/2026: "Pagi"', '2026-11-30')).toBe(
      'Jadwal-OPK_Angkatan_1_2026_Pagi-2026-11-30.pdf',
    );
    expect(timetableFileName('***', '2026-11-30')).toBe('Jadwal-Kelas-2026-11-30.pdf');
  });

  it('sessions.printTimetable writes the class week from Monday, with its generated sessions', async () => {
    t = await createSetUpApp();
    const { klass } = await scheduling(t);
    await t.call('holidays.save', { date: '2026-12-03', name: 'Hari Jadi Kabupaten Paser' });
    await t.call('sessions.generate', {
      classId: klass.id,
      weekdays: [1, 2, 3, 4, 5],
      startTime: '08:00',
      jpPerDay: 8,
      breakMinutes: 60,
    });
    const written = await t.call('sessions.printTimetable', { classId: klass.id, weekOf: '2026-12-02' });
    expect(written?.fileName).toBe('Jadwal-OPK_Angkatan_1_2026-2026-11-30.pdf');
    const path = written?.path ?? '';
    expect(existsSync(path)).toBe(true);
    expect(t.opened).toEqual([path]);
    const text = squeeze(pdftotext(path));
    for (const expected of [
      'JADWAL PELATIHAN',
      'UPTD BLK PASER',
      'Budi Hartono',
      'J.620100.001.01',
      '2 Desember 2026',
      'Lab Komputer 1',
      'Libur: Hari Jadi',
    ]) {
      expect(text).toContain(expected);
    }
    // Sunday without sessions is left off; Monday 30 November (before the class) shows as empty.
    expect(text).not.toContain('Minggu 6 Desember');
    expect(text).toContain('Senin');
    expect(
      nth(await t.call('sessions.list', { from: '2026-11-30', to: '2026-12-06', classId: klass.id }), 0).date,
    ).toBe('2026-12-01');
    const english = await t.call('sessions.printTimetable', { classId: klass.id, weekOf: '2026-12-06', locale: 'en' });
    expect(squeeze(pdftotext(english?.path ?? ''))).toContain('TRAINING TIMETABLE');
    expect(await t.fail('sessions.printTimetable', { classId: 999, weekOf: '2026-12-02' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
