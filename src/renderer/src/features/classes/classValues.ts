import type { ClassSummary, Instructor } from '@shared/contract';
import {
  DEFAULT_CLASS_QUOTA,
  DEFAULT_MIN_TO_OPEN,
  SPONSORED_FUNDING_SOURCES,
  type ClassInstructorRole,
  type ClassStatus,
  type FundingSource,
} from '@shared/domain';
import { certificateProblemsForClass, type ClassCertificateWarning } from '@shared/instructors';
import { parseTypedDate, toTypedDate } from '../../lib/dates';

export type PlaceKind = 'room' | 'mtu' | 'none';

export interface InstructorRowValues {
  instructorId: string | null;
  role: ClassInstructorRole;
}

export interface ClassValues extends Record<string, unknown> {
  programId: string | null;
  name: string;
  quota: number | string;
  minToOpen: number | string;
  startDate: string;
  endDate: string;
  /** Chosen on creation only (planned or open); later changes go through the status actions. */
  status: ClassStatus;
  fundingSource: FundingSource;
  sponsorName: string;
  placeKind: PlaceKind;
  roomId: string | null;
  mtuSiteId: string | null;
  instructors: InstructorRowValues[];
}

export function emptyClass(programId: number | null): ClassValues {
  return {
    programId: programId === null ? null : String(programId),
    name: '',
    quota: DEFAULT_CLASS_QUOTA,
    minToOpen: DEFAULT_MIN_TO_OPEN,
    startDate: '',
    endDate: '',
    status: 'open',
    fundingSource: 'apbn',
    sponsorName: '',
    placeKind: 'none',
    roomId: null,
    mtuSiteId: null,
    instructors: [],
  };
}

export function classValues(klass: ClassSummary): ClassValues {
  return {
    programId: String(klass.programId),
    name: klass.name,
    quota: klass.quota,
    minToOpen: klass.minToOpen,
    startDate: toTypedDate(klass.startDate),
    endDate: toTypedDate(klass.endDate),
    status: klass.status,
    fundingSource: klass.fundingSource,
    sponsorName: klass.sponsorName,
    placeKind: klass.place?.kind ?? 'none',
    roomId: klass.place?.kind === 'room' ? String(klass.place.roomId) : null,
    mtuSiteId: klass.place?.kind === 'mtu' ? String(klass.place.mtuSiteId) : null,
    instructors: klass.instructors.map((instructor) => ({
      instructorId: String(instructor.id),
      role: instructor.role,
    })),
  };
}

export function isSponsored(source: FundingSource): boolean {
  return SPONSORED_FUNDING_SOURCES.includes(source);
}

function placeCandidate(values: ClassValues) {
  if (values.placeKind === 'room')
    return values.roomId === null ? { kind: 'room' } : { kind: 'room', roomId: Number(values.roomId) };
  if (values.placeKind === 'mtu') {
    return values.mtuSiteId === null ? { kind: 'mtu' } : { kind: 'mtu', mtuSiteId: Number(values.mtuSiteId) };
  }
  return null;
}

/**
 * A candidate for the contract schema; what cannot be read stays as typed so the schema names it.
 * The whole class is sent (classes.update replaces it): funding, place, instructors and minimum.
 */
export function classCandidate(values: ClassValues) {
  return {
    programId: values.programId === null ? undefined : Number(values.programId),
    name: values.name,
    quota: values.quota === '' ? undefined : Number(values.quota),
    minToOpen: values.minToOpen === '' ? undefined : Number(values.minToOpen),
    startDate: parseTypedDate(values.startDate) ?? values.startDate,
    endDate: parseTypedDate(values.endDate) ?? values.endDate,
    status: values.status,
    fundingSource: values.fundingSource,
    sponsorName: isSponsored(values.fundingSource) ? values.sponsorName : '',
    place: placeCandidate(values),
    instructors: values.instructors
      .filter((row) => row.instructorId !== null)
      .map((row) => ({ instructorId: Number(row.instructorId), role: row.role })),
  };
}

/**
 * The certificate problems of a chosen instructor for the class as typed, with the same rule main
 * applies on saving; none while the end date cannot be read yet (nothing to compare with).
 */
export function instructorWarnings(
  instructor: Pick<Instructor, 'competency' | 'methodology'> | undefined,
  typedEndDate: string,
  today: string,
): ClassCertificateWarning[] {
  const endDate = parseTypedDate(typedEndDate);
  if (!instructor || !endDate) return [];
  return certificateProblemsForClass(
    { competency: instructor.competency, methodology: instructor.methodology },
    endDate,
    today,
  );
}
