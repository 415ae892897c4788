import type { Generated } from 'kysely';
import type {
  Activity,
  AttendanceMark,
  ClassInstructorRole,
  ClassStatus,
  EducationLevel,
  EligibilityRule,
  EnrolmentStatus,
  FundingSource,
  OutcomeStatus,
  Role,
  Sex,
  UnitResult,
} from '@shared/domain';
import type { CertificateKind, EmployerKind } from '@shared/instructors';
import type { EquipmentTables } from './schema-equipment';
import type { GraduateTables } from './schema-graduates';

/** Column types as Kysely sees them (camelCase; CamelCasePlugin maps to the snake_case SQL). */
export interface SettingsTable {
  id: number;
  blkName: string;
  address: string;
  regencyCode: string;
  headName: string;
  headNip: string;
  timezone: string;
  updatedAt: string;
  city: Generated<string>;
  headTitle: Generated<string>;
  certificateTitle: Generated<string>;
  certificateWording: Generated<string>;
  certificateWordingEn: Generated<string>;
  serialPattern: Generated<string>;
  logoFile: string | null;
  signatureFile: string | null;
  assetTagPattern: Generated<string>;
}

export interface OperatorsTable {
  id: Generated<number>;
  username: string;
  fullName: string;
  role: Role;
  passwordHash: string;
  active: Generated<number>;
  failedLogins: Generated<number>;
  lockedUntil: string | null;
  createdAt: string;
}

export interface ParticipantsTable {
  id: Generated<number>;
  nik: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: Sex;
  street: string;
  village: string;
  district: string;
  regencyCode: string;
  phone: string;
  email: string;
  education: EducationLevel;
  activity: Activity;
  disability: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramsTable {
  id: Generated<number>;
  code: string;
  name: string;
  trade: string;
  totalJp: number;
  description: string;
  minAge: number | null;
  maxAge: number | null;
  minEducation: EducationLevel | null;
  domicileRegencyCode: string | null;
  notInSchool: number;
  notWorking: number;
  noOverlap: number;
  oncePerYear: number;
  minAttendancePct: number;
  jpMinutes: number;
  createdAt: string;
  updatedAt: string;
}

/** An SKKNI competency unit of a programme, in teaching order (position 1..n). */
export interface CompetencyUnitsTable {
  id: Generated<number>;
  programId: number;
  position: number;
  code: string;
  title: string;
  jp: number;
}

export interface RoomsTable {
  id: Generated<number>;
  name: string;
  trade: string;
  capacity: number;
  active: number;
  createdAt: string;
  updatedAt: string;
}

export interface MtuSitesTable {
  id: Generated<number>;
  name: string;
  village: string;
  district: string;
  address: string;
  contactName: string;
  contactPhone: string;
  active: number;
  createdAt: string;
  updatedAt: string;
}

export interface InstructorsTable {
  id: Generated<number>;
  nik: string;
  fullName: string;
  phone: string;
  employerKind: EmployerKind;
  employerName: string;
  active: number;
  createdAt: string;
  updatedAt: string;
}

export interface InstructorTradesTable {
  instructorId: number;
  trade: string;
}

export interface InstructorCertificatesTable {
  instructorId: number;
  kind: CertificateKind;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export interface ClassesTable {
  id: Generated<number>;
  programId: number;
  name: string;
  quota: number;
  startDate: string;
  endDate: string;
  status: ClassStatus;
  fundingSource: FundingSource;
  sponsorName: string;
  roomId: number | null;
  mtuSiteId: number | null;
  minToOpen: number;
  createdAt: string;
  updatedAt: string;
}

export interface ClassInstructorsTable {
  classId: number;
  instructorId: number;
  role: ClassInstructorRole;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  registrationNo: string;
  participantId: number;
  classId: number;
  status: EnrolmentStatus;
  reservePosition: number | null;
  offeredAt: string | null;
  /** The BLK day the trainee joined this class; earlier sessions do not count for them. */
  joinedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EligibilityOverridesTable {
  id: Generated<number>;
  enrolmentId: number;
  rule: EligibilityRule;
  reason: string;
  operatorId: number;
  createdAt: string;
}

export interface SequencesTable {
  name: string;
  year: number;
  lastValue: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  operatorId: number | null;
  method: string;
  entity: string;
  entityId: number | null;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface HolidaysTable {
  date: string;
  name: string;
}

/** One teaching block on one day; times are BLK wall-clock "HH:MM". */
export interface SessionsTable {
  id: Generated<number>;
  classId: number;
  date: string;
  startTime: string;
  endTime: string;
  jp: number;
  roomId: number | null;
  mtuSiteId: number | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface SessionInstructorsTable {
  sessionId: number;
  instructorId: number;
}

export interface SessionUnitsTable {
  sessionId: number;
  unitId: number;
  jp: number;
}

export interface AttendanceTable {
  sessionId: number;
  enrolmentId: number;
  mark: AttendanceMark;
  operatorId: number;
  updatedAt: string;
}

export interface UnitResultsTable {
  enrolmentId: number;
  unitId: number;
  result: UnitResult;
  assessedOn: string;
  assessor: string;
  operatorId: number;
  updatedAt: string;
}

export interface OutcomeOverridesTable {
  enrolmentId: number;
  status: OutcomeStatus;
  statusBefore: EnrolmentStatus;
  reason: string;
  operatorId: number;
  createdAt: string;
}

export interface BnspTestsTable {
  enrolmentId: number;
  testedOn: string;
  result: UnitResult;
  lspName: string;
  certificateNo: string;
  issuedOn: string | null;
  expiresOn: string | null;
  operatorId: number;
  updatedAt: string;
}

export interface SigningKeysTable {
  id: number;
  publicKeyPem: string;
  privateKeyPem: string;
  createdAt: string;
}

export interface CertificatesTable {
  id: Generated<number>;
  enrolmentId: number;
  serial: string;
  year: number;
  seq: number;
  issuedOn: string;
  payloadJson: string;
  qrText: string;
  operatorId: number;
  createdAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  revokedBy: number | null;
}

export interface CertificatePrintsTable {
  id: Generated<number>;
  certificateId: number;
  copy: number;
  reason: string | null;
  operatorId: number;
  printedAt: string;
}

/** FTS5 trigram index over participants.full_name (SQLite only; see features/participants/search.ts). */
export interface ParticipantsFtsTable {
  rowid: number;
  fullName: string;
}

export interface Database extends EquipmentTables, GraduateTables {
  settings: SettingsTable;
  operators: OperatorsTable;
  participants: ParticipantsTable;
  participantsFts: ParticipantsFtsTable;
  participantsWords: ParticipantsFtsTable;
  programs: ProgramsTable;
  competencyUnits: CompetencyUnitsTable;
  rooms: RoomsTable;
  mtuSites: MtuSitesTable;
  instructors: InstructorsTable;
  instructorTrades: InstructorTradesTable;
  instructorCertificates: InstructorCertificatesTable;
  classes: ClassesTable;
  classInstructors: ClassInstructorsTable;
  enrolments: EnrolmentsTable;
  eligibilityOverrides: EligibilityOverridesTable;
  sequences: SequencesTable;
  auditLog: AuditLogTable;
  holidays: HolidaysTable;
  sessions: SessionsTable;
  sessionInstructors: SessionInstructorsTable;
  sessionUnits: SessionUnitsTable;
  attendance: AttendanceTable;
  unitResults: UnitResultsTable;
  outcomeOverrides: OutcomeOverridesTable;
  bnspTests: BnspTestsTable;
  signingKeys: SigningKeysTable;
  certificates: CertificatesTable;
  certificatePrints: CertificatePrintsTable;
}
