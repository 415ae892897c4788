/** Column types of the graduate-tracking tables (migration 0009), as Kysely sees them. */
import type { Generated } from 'kysely';
import type { FundingSource } from '@shared/domain';
import type {
  EmploymentKind,
  FollowUpChannel,
  FollowUpOutcome,
  IncomeBand,
  PartnershipKind,
  Sector,
} from '@shared/graduates';

export interface FollowUpRoundsTable {
  months: number;
}

export interface CompaniesTable {
  id: Generated<number>;
  name: string;
  sector: Sector;
  address: Generated<string>;
  contactName: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  notes: Generated<string>;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyPartnershipsTable {
  companyId: number;
  kind: PartnershipKind;
}

export interface PlacementsTable {
  id: Generated<number>;
  enrolmentId: number;
  companyId: number;
  position: string;
  startedOn: string;
  employmentKind: EmploymentKind;
  incomeBand: IncomeBand;
  notes: Generated<string>;
  operatorId: number;
  createdAt: string;
}

export interface FollowUpsTable {
  id: Generated<number>;
  enrolmentId: number;
  roundMonths: number | null;
  contactedOn: string;
  channel: FollowUpChannel;
  outcome: FollowUpOutcome;
  employer: Generated<string>;
  companyId: number | null;
  sector: Sector | null;
  jobTitle: Generated<string>;
  employmentKind: EmploymentKind | null;
  businessType: Generated<string>;
  incomeBand: IncomeBand | null;
  notes: Generated<string>;
  placementId: number | null;
  operatorId: number;
  createdAt: string;
}

/** Written only by the follow_ups trigger; read-only for services. */
export interface GraduateStatusTable {
  enrolmentId: number;
  followUpId: number;
  outcome: FollowUpOutcome;
  contactedOn: string;
}

/** The `graduates` view: enrolments with status graduated, graduation = the class's end date. */
export interface GraduatesView {
  enrolmentId: number;
  participantId: number;
  classId: number;
  programId: number;
  fundingSource: FundingSource;
  graduatedOn: string;
}

export interface GraduateTables {
  followUpRounds: FollowUpRoundsTable;
  companies: CompaniesTable;
  companyPartnerships: CompanyPartnershipsTable;
  placements: PlacementsTable;
  followUps: FollowUpsTable;
  graduateStatus: GraduateStatusTable;
  graduates: GraduatesView;
}
