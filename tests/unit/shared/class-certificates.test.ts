import { describe, expect, it } from 'vitest';
import { certificateProblemsForClass } from '@shared/instructors';

const end = '2027-01-15';
const today = '2026-11-23';
const both = (expiresOn: string) => ({ competency: { expiresOn }, methodology: { expiresOn } });

describe('certificate problems for a class', () => {
  it('accepts a certificate valid through the last day of the class, and flags one a day short', () => {
    expect(certificateProblemsForClass(both('2027-01-16'), end, today)).toEqual([]);
    expect(certificateProblemsForClass(both('2027-01-15'), end, today)).toEqual([]);
    expect(certificateProblemsForClass(both('2027-01-14'), end, today)).toEqual([
      { kind: 'competency', problem: 'lapses_before_end', expiresOn: '2027-01-14' },
      { kind: 'methodology', problem: 'lapses_before_end', expiresOn: '2027-01-14' },
    ]);
  });

  it('flags a missing certificate, and one already lapsed today as expired', () => {
    expect(
      certificateProblemsForClass({ competency: null, methodology: { expiresOn: '2026-11-22' } }, end, today),
    ).toEqual([
      { kind: 'competency', problem: 'missing', expiresOn: null },
      { kind: 'methodology', problem: 'expired', expiresOn: '2026-11-22' },
    ]);
    // Lapsed since, but valid for the whole of a class long finished: no problem for that class.
    expect(certificateProblemsForClass(both('2026-06-30'), '2026-06-30', today)).toEqual([]);
  });
});
