import { describe, expect, it } from 'vitest';
import { ageOn, decodeNik } from '@shared/nik';

const TODAY = '2026-11-23';

describe('decodeNik', () => {
  it('decodes a man from Paser', () => {
    expect(decodeNik('6401051203000002', TODAY)).toEqual({
      ok: true,
      value: { provinceCode: '64', regencyCode: '6401', districtCode: '640105', birthDate: '2000-03-12', sex: 'L' },
    });
  });

  it('reads a woman from a day with 40 added', () => {
    const result = decodeNik('6401054501990001', TODAY);
    expect(result.ok && result.value).toMatchObject({ birthDate: '1999-01-05', sex: 'P' });
  });

  it('chooses the century that gives a trainee age (15-80)', () => {
    const young = decodeNik('6401051203100002', TODAY); // 2010: 16 years old
    const old = decodeNik('6401051203500002', TODAY); // 1950: 76 years old
    expect(young.ok && young.value.birthDate).toBe('2010-03-12');
    expect(old.ok && old.value.birthDate).toBe('1950-03-12');
  });

  it('never puts a birth date in the future', () => {
    const result = decodeNik('6401051203250002', TODAY); // 2025: a baby, not 1925 (101)
    expect(result.ok && result.value.birthDate).toBe('2025-03-12');
  });

  it.each([
    ['640105120300000', 'format'],
    ['64010512030000021', 'format'],
    ['64O1051203000002', 'format'],
    ['0901051203000002', 'province'],
    ['6401053203000002', 'date'], // day 32
    ['6401057203000002', 'date'], // day 72 = 32 for a woman
    ['6401051213000002', 'date'], // month 13
    ['6401053102000002', 'date'], // 31 February
    ['6401051203000000', 'serial'],
  ])('refuses %s (%s)', (nik, problem) => {
    expect(decodeNik(nik, TODAY)).toEqual({ ok: false, problem });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(decodeNik('6401052902000001', TODAY).ok).toBe(true);
    expect(decodeNik('6401052902010001', TODAY).ok).toBe(false);
  });
});

describe('ageOn', () => {
  it('counts whole years, birthday included', () => {
    expect(ageOn('2009-12-01', '2026-12-01')).toBe(17);
    expect(ageOn('2009-12-02', '2026-12-01')).toBe(16);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});
