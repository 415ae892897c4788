/**
 * Graduate tracking vocabularies (survei kebekerjaan): how a follow-up reached the graduate,
 * what it found, income bands and sectors, and what a partner company does with the BLK.
 * The same lists are CHECKed in migration 0009, so a value outside them cannot be stored.
 */

/** A placement also counts as a follow-up; its channel says so. */
export const FOLLOW_UP_CHANNELS = ['phone', 'whatsapp', 'visit', 'form', 'placement'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];
/** The channels a clerk can pick when recording a follow-up by hand. */
export const RECORDED_CHANNELS = ['phone', 'whatsapp', 'visit', 'form'] as const;

/** bekerja, wirausaha, melanjutkan studi, belum bekerja, tidak dapat dihubungi. */
export const FOLLOW_UP_OUTCOMES = ['employed', 'self_employed', 'studying', 'not_working', 'unreachable'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
/** Outcomes that count as placed (the numerator of the placement rate). */
export const PLACED_OUTCOMES: readonly FollowUpOutcome[] = ['employed', 'self_employed'];
/** Outcomes that count as reached (the denominator of the placement rate). */
export const REACHED_OUTCOMES: readonly FollowUpOutcome[] = ['employed', 'self_employed', 'studying', 'not_working'];

/** Monthly income bands as BPS asks them; `undisclosed` when the graduate would not say. */
export const INCOME_BANDS = ['below_1m', '1m_2m', '2m_3m', '3m_5m', 'above_5m', 'undisclosed'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

export const EMPLOYMENT_KINDS = ['formal', 'informal'] as const;
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

/** Broad KBLI sections, enough for the ministry's reports and a chart. */
export const SECTORS = [
  'agriculture',
  'mining',
  'manufacturing',
  'construction',
  'trade',
  'transport',
  'accommodation_food',
  'information_communication',
  'finance',
  'education',
  'health',
  'public_administration',
  'other_services',
] as const;
export type Sector = (typeof SECTORS)[number];

/** What a partner company does with the BLK (any number of them). */
export const PARTNERSHIP_KINDS = ['instructors', 'apprentices', 'hiring', 'sponsor'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** Months after graduation at which follow-ups fall due, until an admin changes them. */
export const DEFAULT_FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export const MAX_FOLLOW_UP_ROUNDS = 6;
export const MAX_FOLLOW_UP_MONTHS = 60;

/** Age bands for the dashboard (age at the class's start), BPS style. */
export const AGE_BANDS = ['under_20', '20_24', '25_29', '30_34', '35_44', '45_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number): AgeBand {
  if (age < 20) return 'under_20';
  if (age < 25) return '20_24';
  if (age < 30) return '25_29';
  if (age < 35) return '30_34';
  if (age < 45) return '35_44';
  return '45_plus';
}

/**
 * A rate with its denominator stated: `rate` is null when nobody is in the denominator, so a
 * screen says "belum ada data" instead of 0 %.
 */
export interface Rate {
  numerator: number;
  denominator: number;
  /** 0..1, or null when the denominator is 0. */
  rate: number | null;
}

export function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}
