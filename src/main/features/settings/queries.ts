import type { Insertable, Kysely } from 'kysely';
import type { BlkProfile } from '@shared/contract';
import type { blkProfileInput } from '@shared/contract/auth';
import { DEFAULT_TIMEZONE } from '@shared/domain';
import { DomainError } from '@shared/errors';
import type { z } from 'zod';
import type { Database, SettingsTable } from '../../db/schema';
import { regencyName } from '../regions/data';

export function blkProfileRow(input: z.output<typeof blkProfileInput>, updatedAt: string): Insertable<SettingsTable> {
  return {
    id: 1,
    blkName: input.name,
    address: input.address,
    regencyCode: input.regencyCode,
    headName: input.headName,
    headNip: input.headNip,
    timezone: DEFAULT_TIMEZONE,
    updatedAt,
  };
}

/** The BLK profile; before first-run setup there is none, and callers are told so. */
export async function readBlkProfile(db: Kysely<Database>): Promise<BlkProfile> {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) throw new DomainError('SETUP_REQUIRED', 'The BLK profile is not set up yet');
  return {
    name: row.blkName,
    address: row.address,
    regencyCode: row.regencyCode,
    regencyName: await regencyName(row.regencyCode),
    headName: row.headName,
    headNip: row.headNip,
    timezone: row.timezone,
  };
}
