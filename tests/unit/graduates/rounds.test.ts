import { describe, expect, it } from 'vitest';
import {
  addMonths,
  graduatedOnOrBeforeToBeDue,
  lastRoundClosesAt,
  latestRoundDue,
} from '../../../src/main/features/graduates/rounds';

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function* days(from: string, to: string) {
  for (let day = from; day <= to; day = nextDay(day)) yield day;
}

describe('follow-up due dates', () => {
  it('counts calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('turns "due by today" into a graduation date cut-off that agrees with addMonths on every day', () => {
    const todays = [
      ...days('2027-02-20', '2027-03-05'),
      ...days('2028-02-24', '2028-03-02'),
      '2027-04-30',
      '2027-05-01',
    ];
    for (const today of todays) {
      for (const months of [1, 3, 6, 12]) {
        const cutoff = graduatedOnOrBeforeToBeDue(today, months);
        for (const graduated of days(addMonths(cutoff, -1), addMonths(cutoff, 1))) {
          expect(addMonths(graduated, months) <= today, `${graduated} + ${months} on ${today}`).toBe(
            graduated <= cutoff,
          );
        }
      }
    }
  });

  it('finds the latest round due on a date', () => {
    expect(latestRoundDue([3, 6, 12], '2026-11-30', '2027-02-27')).toBeNull();
    expect(latestRoundDue([3, 6, 12], '2026-11-30', '2027-02-28')).toBe(3);
    expect(latestRoundDue([3, 6, 12], '2026-11-30', '2027-11-29')).toBe(6);
    expect(latestRoundDue([3, 6, 12], '2026-11-30', '2030-01-01')).toBe(12);
  });

  it('closes the last round as long after it as the gap before it', () => {
    expect(lastRoundClosesAt([3, 6, 12])).toBe(18);
    expect(lastRoundClosesAt([6, 12, 24])).toBe(36);
    expect(lastRoundClosesAt([3])).toBe(6);
    expect(lastRoundClosesAt([])).toBeNull();
  });
});
