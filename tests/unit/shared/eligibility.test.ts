import { describe, expect, it } from 'vitest';
import { type EligibilityPerson, evaluateEligibility, NO_RULES } from '@shared/eligibility';

const person: EligibilityPerson = {
  nik: '6401051203000002',
  birthDate: '2000-03-12',
  education: 'SMA',
  activity: 'not_working',
  regencyCode: null,
};
const klass = { startDate: '2026-12-01', endDate: '2027-01-15' };

describe('evaluateEligibility', () => {
  it('lists only the rules a programme configures', () => {
    expect(evaluateEligibility(NO_RULES, person, klass, [])).toEqual([]);
  });

  it('measures age on the class start date', () => {
    const rules = { ...NO_RULES, minAge: 17, maxAge: 26 };
    const sixteen = { ...person, birthDate: '2009-12-02' };
    expect(evaluateEligibility(rules, sixteen, klass, [])[0]).toEqual({
      rule: 'min_age',
      passed: false,
      params: { age: 16, limit: 17 },
    });
    expect(evaluateEligibility(rules, person, klass, []).map((o) => o.passed)).toEqual([true, true]);
    expect(evaluateEligibility(rules, { ...person, birthDate: '1999-11-30' }, klass, [])[1]?.passed).toBe(false);
  });

  it('ranks SMA and SMK as the same level', () => {
    const rules = { ...NO_RULES, minEducation: 'SMK' as const };
    expect(evaluateEligibility(rules, person, klass, [])[0]?.passed).toBe(true);
    expect(evaluateEligibility(rules, { ...person, education: 'SMP' }, klass, [])[0]?.passed).toBe(false);
  });

  it('accepts domicile from the NIK or from the address', () => {
    const rules = { ...NO_RULES, domicileRegencyCode: '6401' };
    expect(evaluateEligibility(rules, person, klass, [])[0]?.passed).toBe(true);
    const moved = { ...person, nik: '6471051203000002' };
    expect(evaluateEligibility(rules, moved, klass, [])[0]?.passed).toBe(false);
    expect(evaluateEligibility(rules, { ...moved, regencyCode: '6401' }, klass, [])[0]?.passed).toBe(true);
  });

  it('checks school and work activity', () => {
    const rules = { ...NO_RULES, notInSchool: true, notWorking: true };
    expect(evaluateEligibility(rules, { ...person, activity: 'in_school' }, klass, []).map((o) => o.passed)).toEqual([
      false,
      true,
    ]);
    expect(evaluateEligibility(rules, { ...person, activity: 'working' }, klass, []).map((o) => o.passed)).toEqual([
      true,
      false,
    ]);
  });

  it('names the overlapping class and the class of the same year', () => {
    const rules = { ...NO_RULES, noOverlap: true, oncePerYear: true };
    const overlapping = { className: 'Las Angkatan 3', startDate: '2027-01-10', endDate: '2027-02-20' };
    const [overlap, once] = evaluateEligibility(rules, person, klass, [overlapping]);
    expect(overlap).toEqual({ rule: 'no_overlap', passed: false, params: { className: 'Las Angkatan 3' } });
    expect(once?.passed).toBe(true);
    const earlier = { className: 'Menjahit 1', startDate: '2026-02-01', endDate: '2026-03-01' };
    const [overlap2, once2] = evaluateEligibility(rules, person, klass, [earlier]);
    expect(overlap2?.passed).toBe(true);
    expect(once2).toEqual({ rule: 'once_per_year', passed: false, params: { className: 'Menjahit 1', year: '2026' } });
  });
});
