import { describe, expect, it } from 'vitest';
import type { AssessmentTrainee } from '../../src/shared/contract';
import { i18n, initI18n } from '../../src/renderer/src/i18n';
import {
  keyToResult,
  reasonText,
  resultKey,
  resultsByCell,
  unassessedForUnit,
} from '../../src/renderer/src/features/assessment/sheet';

const trainee = (
  enrolmentId: number,
  results: AssessmentTrainee['results'],
  status: AssessmentTrainee['status'] = 'in_training',
): AssessmentTrainee => ({
  enrolmentId,
  fullName: `Peserta ${enrolmentId}`,
  registrationNo: `PND-${enrolmentId}`,
  status,
  attendancePct: 90,
  results,
  computedOutcome: 'not_competent',
  reasons: [],
  override: null,
});

const verdict = (unitId: number, result: 'competent' | 'not_yet_competent') => ({
  unitId,
  result,
  assessedOn: '2026-11-20',
  assessor: 'Rahmat Hidayat',
});

describe('the assessment sheet', () => {
  it('reads K and B from the keyboard', () => {
    expect(['k', 'K', 'b', 'B', 'x'].map(keyToResult)).toEqual([
      'competent',
      'competent',
      'not_yet_competent',
      'not_yet_competent',
      null,
    ]);
  });

  it('finds each verdict by its cell', () => {
    const cells = resultsByCell({ trainees: [trainee(1, [verdict(5, 'competent')])] });
    expect(cells.get(resultKey(1, 5))?.result).toBe('competent');
    expect(cells.get(resultKey(1, 6))).toBeUndefined();
  });

  it('"all competent" leaves given verdicts and dropped-out trainees alone', () => {
    const sheet = {
      trainees: [
        trainee(1, [verdict(5, 'not_yet_competent')]),
        trainee(2, []),
        trainee(3, [], 'dropped_out'),
        trainee(4, [verdict(6, 'competent')]),
      ],
    };
    expect(unassessedForUnit(sheet, 5)).toEqual([2, 4]);
  });

  it('says why a trainee would not graduate in plain words', () => {
    initI18n('id');
    const t = i18n.t.bind(i18n);
    expect(reasonText(t, { kind: 'units_not_assessed', count: 2 })).toBe('2 unit belum dinilai');
    expect(reasonText(t, { kind: 'units_not_competent', codes: ['J.1', 'J.2'] })).toBe('Belum kompeten: J.1, J.2');
    expect(reasonText(t, { kind: 'attendance_below', attendancePct: 62.5, minAttendancePct: 80 })).toBe(
      'Kehadiran 63%, di bawah minimum 80%',
    );
    expect(reasonText(t, { kind: 'attendance_below', attendancePct: null, minAttendancePct: 80 })).toBe(
      'Kehadiran belum tercatat (minimum 80%)',
    );
  });
});
