import { decodeNik, type DecodedNik, type NikProblem } from '@shared/nik';
import { parseTypedDate, toTypedDate } from '../../lib/dates';
import type { PersonValues } from './personValues';

/** Region names main found for the NIK's codes (null where the code is unknown). */
export interface NikRegion {
  provinceName: string | null;
  regencyName: string | null;
  districtName: string | null;
}

export type NikTyped = Pick<PersonValues, 'nik' | 'birthDate' | 'sex' | 'regencyCode' | 'district'>;

export interface NikHints {
  decoded: DecodedNik | null;
  /** Fewer than 16 digits so far: no verdict yet. */
  missingDigits: number;
  problem: NikProblem | null;
  /** What the NIK says differs from what was typed: a warning, never a block. */
  mismatch: { sex: boolean; birthDate: boolean };
  /** The NIK's regency code is not in the region list: a warning, never a block. */
  regionUnknown: boolean;
  /** Values for fields still empty. */
  prefill: Partial<Pick<PersonValues, 'birthDate' | 'sex' | 'regencyCode' | 'district'>>;
}

/**
 * What the NIK suggests about the person, given what has been typed. The NIK records where and
 * when someone was first registered, so it only suggests: it fills empty fields and warns on a
 * difference, and the clerk, holding the KTP, decides.
 */
export function nikHints(typed: NikTyped, today: string, region: NikRegion | null = null): NikHints {
  const digits = typed.nik.replace(/\D/g, '');
  const none: NikHints = {
    decoded: null,
    missingDigits: Math.max(0, 16 - digits.length),
    problem: null,
    mismatch: { sex: false, birthDate: false },
    regionUnknown: false,
    prefill: {},
  };
  if (digits.length < 16) return none;
  const result = decodeNik(typed.nik, today);
  if (!result.ok) return { ...none, problem: result.problem };
  const decoded = result.value;

  const typedBirthDate = parseTypedDate(typed.birthDate);
  const prefill: NikHints['prefill'] = {};
  if (typed.birthDate.trim() === '') prefill.birthDate = toTypedDate(decoded.birthDate);
  if (typed.sex === '') prefill.sex = decoded.sex;
  const regencyKnown = region !== null && region.regencyName !== null;
  if (regencyKnown && !typed.regencyCode) prefill.regencyCode = decoded.regencyCode;
  const regencyAfter = typed.regencyCode || prefill.regencyCode;
  if (region?.districtName && typed.district.trim() === '' && regencyAfter === decoded.regencyCode) {
    prefill.district = region.districtName;
  }

  return {
    ...none,
    decoded,
    mismatch: {
      sex: typed.sex !== '' && typed.sex !== decoded.sex,
      birthDate: typedBirthDate !== null && typedBirthDate !== decoded.birthDate,
    },
    regionUnknown: region !== null && region.regencyName === null,
    prefill,
  };
}
