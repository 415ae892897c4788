/** Asset tags: the next free tag from the settings pattern, and refusing a typed tag already in use. */
import type { Kysely } from 'kysely';
import { formatAssetTag } from '@shared/equipment';
import { DomainError } from '@shared/errors';
import type { Database } from '../../db/schema';
import { nextInSequence } from '../../db/sequences';

/** Bounds the walk past tags already taken (a changed pattern may collide with old labels). */
const MAX_SKIPS = 100_000;

export async function tagTaken(db: Kysely<Database>, tag: string): Promise<string | null> {
  // tag is COLLATE NOCASE: "las-0001" finds "LAS-0001".
  const row = await db.selectFrom('assets').select('tag').where('tag', '=', tag).executeTakeFirst();
  return row?.tag ?? null;
}

export async function assertTagFree(db: Kysely<Database>, tag: string): Promise<void> {
  const existing = await tagTaken(db, tag);
  if (existing !== null)
    throw new DomainError('ASSET_TAG_TAKEN', 'The tag is on another asset', {
      fields: { tag: 'asset_tag_taken' },
      params: { tag: existing },
    });
}

/**
 * The next tag from the pattern: a sequence per category when the pattern holds {category} (else
 * one for all), per acquisition year when it holds {year}; numbers whose tag is taken are skipped.
 */
export async function nextAssetTag(
  db: Kysely<Database>,
  pattern: string,
  categoryCode: string,
  acquiredOn: string,
): Promise<string> {
  const name = `asset-tag:${pattern.includes('{category}') ? categoryCode : '*'}`;
  const year = pattern.includes('{year}') ? Number(acquiredOn.slice(0, 4)) : 0;
  for (let skips = 0; skips < MAX_SKIPS; skips++) {
    const seq = await nextInSequence(db, name, year);
    const tag = formatAssetTag(pattern, { category: categoryCode, year, seq });
    if ((await tagTaken(db, tag)) === null) return tag;
  }
  throw new DomainError('ASSET_TAG_TAKEN', 'No free tag from the pattern', {
    fields: { tag: 'asset_tag_taken' },
    params: { tag: pattern },
  });
}
