import type { z } from 'zod';
import { assessmentContract } from './assessment';
import { attendanceContract } from './attendance';
import { authContract } from './auth';
import { backupsContract } from './backups';
import { certificatesContract } from './certificates';
import { classesContract } from './classes';
import { reportsContract } from './reports';
import { importsContract } from './imports';
import { graduatesContract } from './graduates';
import { dashboardContract } from './dashboard';
import { companiesContract } from './companies';
import { consumablesContract } from './consumables';
import { enrolmentsContract } from './enrolments';
import { equipmentContract } from './equipment';
import { instructorsContract } from './instructors';
import { loansContract } from './loans';
import { participantsContract } from './participants';
import { placesContract } from './places';
import { programsContract } from './programs';
import { regionsContract } from './regions';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { stocktakesContract } from './stocktakes';
import type { MethodSpec } from './define';
import { mergeUnique } from '../merge';

/** Every method that crosses the process boundary, merged from one file per room. */
export const contract = mergeUnique(
  authContract,
  settingsContract,
  regionsContract,
  participantsContract,
  programsContract,
  classesContract,
  enrolmentsContract,
  placesContract,
  instructorsContract,
  sessionsContract,
  attendanceContract,
  assessmentContract,
  certificatesContract,
  equipmentContract,
  loansContract,
  stocktakesContract,
  consumablesContract,
  graduatesContract,
  companiesContract,
  dashboardContract,
  reportsContract,
  importsContract,
  backupsContract,
) satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before zod defaults apply). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after zod parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export * from './assessment';
export * from './attendance';
export * from './auth';
export * from './backups';
export * from './certificates';
export * from './classes';
export * from './reports';
export * from './imports';
export * from './graduates';
export * from './dashboard';
export * from './companies';
export * from './common';
export * from './consumables';
export * from './enrolments';
export * from './equipment';
export * from './instructors';
export * from './loans';
export * from './participants';
export * from './places';
export * from './programs';
export * from './regions';
export * from './sessions';
export * from './settings';
export * from './stocktakes';
export type { Access, MethodSpec } from './define';
