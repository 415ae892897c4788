import { z } from 'zod';
import type { Role } from '../domain';
import { ROLES } from '../domain';
import { ADMIN, EVERYONE, method } from './define';
import { id, isoDate, pageInput, requiredText, type Page } from './common';
import { blkProfileInput, newPassword, username } from './auth';

export interface BlkProfile {
  name: string;
  address: string;
  regencyCode: string;
  regencyName: string | null;
  headName: string;
  headNip: string;
  timezone: string;
}

export interface OperatorRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface AuditEntryRow {
  id: number;
  at: string;
  operatorId: number | null;
  /** Null for the system (a restore, an automatic change). */
  operatorName: string | null;
  method: string;
  entity: string;
  entityId: number | null;
  /** The JSON stored with the entry, parsed; null when none. */
  before: unknown;
  after: unknown;
}

export const auditFilters = z
  .object({
    operatorId: id.optional(),
    /** Inclusive BLK dates. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    entity: z.string().trim().max(50).optional(),
    entityId: id.optional(),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, { message: 'end_before_start', path: ['to'] });

export const settingsContract = {
  'settings.get': method<BlkProfile>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'settings.update': method<BlkProfile>()({ input: blkProfileInput, access: ADMIN, writes: true }),
  'operators.list': method<OperatorRow[]>()({ input: z.object({}), access: ADMIN, writes: false }),
  'operators.create': method<OperatorRow>()({
    input: z.object({ username, fullName: requiredText(200), role: z.enum(ROLES), password: newPassword }),
    access: ADMIN,
    writes: true,
  }),
  /** Name, role and active flag; the last active admin can be neither disabled nor demoted (LAST_ADMIN). */
  'operators.update': method<OperatorRow>()({
    input: z.object({ id, fullName: requiredText(200), role: z.enum(ROLES), active: z.boolean() }),
    access: ADMIN,
    writes: true,
  }),
  /** Sets a new password and clears a lock; the operator should change it at next sign-in (told by the admin). */
  'operators.resetPassword': method<OperatorRow>()({
    input: z.object({ id, password: newPassword }),
    access: ADMIN,
    writes: true,
  }),
  /** The audit log, newest first, filtered; entity names as stored (e.g. 'participant', 'certificate'). */
  'audit.list': method<Page<AuditEntryRow>>()({
    input: auditFilters.safeExtend(pageInput.shape),
    access: ADMIN,
    writes: false,
  }),
  /** The entity names present in the log, for the filter. */
  'audit.entities': method<string[]>()({ input: z.object({}), access: ADMIN, writes: false }),
};
