import type { TFunction } from 'i18next';
import type { AssessmentSheet, AssessmentTrainee, OutcomeReason, UnitResultRecord } from '@shared/contract';
import type { UnitResult } from '@shared/domain';

/** The rules of the assessment sheet, free of React so they can be tested on their own. */

export const resultKey = (enrolmentId: number, unitId: number) => `${enrolmentId}:${unitId}`;

/** K marks competent, B (belum) not yet competent. */
export function keyToResult(key: string): UnitResult | null {
  const upper = key.toUpperCase();
  if (upper === 'K') return 'competent';
  if (upper === 'B') return 'not_yet_competent';
  return null;
}

export function resultsByCell(sheet: Pick<AssessmentSheet, 'trainees'>): Map<string, UnitResultRecord> {
  return new Map(
    sheet.trainees.flatMap((trainee) =>
      trainee.results.map((record) => [resultKey(trainee.enrolmentId, record.unitId), record]),
    ),
  );
}

/** A trainee who dropped out is not assessed any more. */
export const isAssessable = (trainee: Pick<AssessmentTrainee, 'status'>) => trainee.status !== 'dropped_out';

/**
 * "Semua kompeten" for a unit: everyone still in the class without a verdict on it. A verdict
 * already given (a Belum Kompeten above all) is never overwritten by a bulk action.
 */
export function unassessedForUnit(sheet: Pick<AssessmentSheet, 'trainees'>, unitId: number): number[] {
  return sheet.trainees
    .filter((trainee) => isAssessable(trainee) && !trainee.results.some((record) => record.unitId === unitId))
    .map((trainee) => trainee.enrolmentId);
}

/** Why a trainee would not graduate, in words a clerk can read out to them. */
export function reasonText(t: TFunction, reason: OutcomeReason): string {
  switch (reason.kind) {
    case 'units_not_assessed':
      return t('outcome.reason.notAssessed', { count: reason.count });
    case 'units_not_competent':
      return t('outcome.reason.notCompetent', { codes: reason.codes.join(', ') });
    case 'attendance_below':
      return reason.attendancePct === null
        ? t('outcome.reason.noAttendance', { min: reason.minAttendancePct })
        : t('outcome.reason.attendanceBelow', { pct: Math.round(reason.attendancePct), min: reason.minAttendancePct });
  }
}
