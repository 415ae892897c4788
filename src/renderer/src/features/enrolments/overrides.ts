import type { EligibilityReport } from '@shared/contract';
import type { EligibilityRule } from '@shared/domain';

/** Per failed rule: whether the admin overrides it, and the written reason. */
export type OverrideState = Partial<Record<EligibilityRule, { on: boolean; reason: string }>>;

export function failedRules(report: EligibilityReport): EligibilityRule[] {
  return report.outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.rule);
}

/** The overrides to send: only those switched on for a rule that failed. */
export function overridesInput(report: EligibilityReport, state: OverrideState) {
  return failedRules(report).flatMap((rule) => {
    const override = state[rule];
    return override?.on ? [{ rule, reason: override.reason.trim() }] : [];
  });
}

/** Open class, not yet in it, and every failed rule overridden with a reason. */
export function canEnrol(report: EligibilityReport, state: OverrideState): boolean {
  if (!report.classOpen || report.alreadyEnrolled) return false;
  return failedRules(report).every((rule) => {
    const override = state[rule];
    return override?.on === true && override.reason.trim() !== '';
  });
}
