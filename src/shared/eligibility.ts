import { type Activity, type EducationLevel, type EligibilityRule, educationRank } from './domain';
import { ageOn } from './nik';

/** A programme's eligibility rules, stored as data; a null or false rule does not apply. */
export interface EligibilityRules {
  minAge: number | null;
  maxAge: number | null;
  minEducation: EducationLevel | null;
  domicileRegencyCode: string | null;
  notInSchool: boolean;
  notWorking: boolean;
  noOverlap: boolean;
  oncePerYear: boolean;
}

export interface EligibilityPerson {
  nik: string;
  birthDate: string;
  education: EducationLevel;
  activity: Activity;
  regencyCode: string | null;
}

export interface EligibilityClass {
  startDate: string;
  endDate: string;
}

/** The person's other enrolments that still count (not rejected, withdrawn or dropped out). */
export interface OtherEnrolment {
  className: string;
  startDate: string;
  endDate: string;
}

export interface RuleOutcome {
  rule: EligibilityRule;
  passed: boolean;
  /** What the renderer interpolates into the translated reason. */
  params: Record<string, string | number>;
}

function overlaps(a: EligibilityClass, b: EligibilityClass): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Every configured rule with pass/fail and the values behind it, in a fixed order. */
export function evaluateEligibility(
  rules: EligibilityRules,
  person: EligibilityPerson,
  klass: EligibilityClass,
  others: readonly OtherEnrolment[],
): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  const age = ageOn(person.birthDate, klass.startDate);
  if (rules.minAge !== null) {
    outcomes.push({ rule: 'min_age', passed: age >= rules.minAge, params: { age, limit: rules.minAge } });
  }
  if (rules.maxAge !== null) {
    outcomes.push({ rule: 'max_age', passed: age <= rules.maxAge, params: { age, limit: rules.maxAge } });
  }
  if (rules.minEducation !== null) {
    outcomes.push({
      rule: 'min_education',
      passed: educationRank(person.education) >= educationRank(rules.minEducation),
      params: { education: person.education, limit: rules.minEducation },
    });
  }
  if (rules.domicileRegencyCode !== null) {
    const code = rules.domicileRegencyCode;
    const fromNik = person.nik.slice(0, 4) === code;
    const fromAddress = person.regencyCode === code;
    outcomes.push({ rule: 'domicile', passed: fromNik || fromAddress, params: { regency: code } });
  }
  if (rules.notInSchool) {
    outcomes.push({ rule: 'not_in_school', passed: person.activity !== 'in_school', params: {} });
  }
  if (rules.notWorking) {
    outcomes.push({ rule: 'not_working', passed: person.activity !== 'working', params: {} });
  }
  if (rules.noOverlap) {
    const clash = others.find((other) => overlaps(other, klass));
    outcomes.push({ rule: 'no_overlap', passed: !clash, params: clash ? { className: clash.className } : {} });
  }
  if (rules.oncePerYear) {
    const year = klass.startDate.slice(0, 4);
    const sameYear = others.find((other) => other.startDate.slice(0, 4) === year);
    outcomes.push({
      rule: 'once_per_year',
      passed: !sameYear,
      params: sameYear ? { className: sameYear.className, year } : { year },
    });
  }
  return outcomes;
}

export const NO_RULES: EligibilityRules = {
  minAge: null,
  maxAge: null,
  minEducation: null,
  domicileRegencyCode: null,
  notInSchool: false,
  notWorking: false,
  noOverlap: false,
  oncePerYear: false,
};
