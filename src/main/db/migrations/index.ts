import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_programme_units_places_instructors';
import * as m0003 from './0003_class_funding_place_instructors';
import * as m0004 from './0004_participant_name_words';
import * as m0005 from './0005_sessions_attendance_assessment';
import * as m0006 from './0006_certificates';
import * as m0007 from './0007_audit_operator_index';
import * as m0008 from './0008_equipment';
import * as m0009 from './0009_graduates';

/** Every migration by name, in order. Bundling cannot glob a folder, so each one is listed here. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_programme_units_places_instructors': m0002,
  '0003_class_funding_place_instructors': m0003,
  '0004_participant_name_words': m0004,
  '0005_sessions_attendance_assessment': m0005,
  '0006_certificates': m0006,
  '0007_audit_operator_index': m0007,
  '0008_equipment': m0008,
  '0009_graduates': m0009,
};
