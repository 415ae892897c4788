import { z } from 'zod';
import {
  EMPLOYMENT_KINDS,
  type EmploymentKind,
  INCOME_BANDS,
  type IncomeBand,
  PARTNERSHIP_KINDS,
  type PartnershipKind,
  SECTORS,
  type Sector,
} from '../graduates';
import { EVERYONE, method, STAFF } from './define';
import { email, id, isoDate, optionalText, type Page, pageInput, requiredText } from './common';
import type { FollowUp } from './graduates';

/** An office line (0543-21234) as well as a mobile number; empty when unknown. */
const officePhone = z
  .union([z.literal(''), z.string().trim().regex(/^\+?[\d\s().-]{6,20}$/, { message: 'phone_format' })])
  .default('');

export const companyFields = z.object({
  name: requiredText(150),
  sector: z.enum(SECTORS, { message: 'sector' }),
  address: optionalText(300),
  contactName: optionalText(150),
  phone: officePhone,
  email,
  notes: optionalText(2000),
  /** What the company does with the BLK; any number, stored once each. */
  partnerships: z
    .array(z.enum(PARTNERSHIP_KINDS))
    .max(PARTNERSHIP_KINDS.length)
    .default([])
    .transform((kinds) => [...new Set(kinds)]),
  active: z.boolean().default(true),
});
export type CompanyFields = z.input<typeof companyFields>;

export interface Company {
  id: number;
  name: string;
  sector: Sector;
  address: string;
  contactName: string;
  phone: string;
  email: string;
  notes: string;
  partnerships: PartnershipKind[];
  active: boolean;
  /** Graduates placed there, all time. */
  placementCount: number;
}

export interface CompanyPlacement {
  id: number;
  enrolmentId: number;
  participantId: number;
  fullName: string;
  className: string;
  programName: string;
  position: string;
  startedOn: string;
  employmentKind: EmploymentKind;
  incomeBand: IncomeBand;
}

export const placementInput = z.object({
  enrolmentId: id,
  companyId: id,
  position: requiredText(150),
  startedOn: isoDate,
  employmentKind: z.enum(EMPLOYMENT_KINDS, { message: 'required' }).default('formal'),
  incomeBand: z.enum(INCOME_BANDS, { message: 'income_band' }),
  notes: optionalText(1000),
});
export type PlacementInput = z.input<typeof placementInput>;

export const companiesContract = {
  'companies.list': method<Page<Company>>()({
    input: pageInput.extend({
      search: z.string().trim().max(100).default(''),
      partnership: z.enum(PARTNERSHIP_KINDS).nullable().default(null),
      activeOnly: z.boolean().default(false),
    }),
    access: EVERYONE,
    writes: false,
  }),
  'companies.get': method<Company & { placements: CompanyPlacement[] }>()({
    input: z.object({ id }),
    access: EVERYONE,
    writes: false,
  }),
  /** COMPANY_NAME_TAKEN (field name). */
  'companies.create': method<Company>()({ input: companyFields, access: STAFF, writes: true }),
  'companies.update': method<Company>()({ input: companyFields.extend({ id }), access: STAFF, writes: true }),
  /**
   * Places a graduate with a company; also records a follow-up (employed, channel placement) dated
   * the start day. NOT_GRADUATED, FOLLOW_UP_BEFORE_GRADUATION, VALIDATION (date_future).
   */
  'placements.create': method<{ placementId: number; followUp: FollowUp }>()({
    input: placementInput,
    access: STAFF,
    writes: true,
  }),
};
