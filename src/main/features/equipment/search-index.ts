/**
 * The asset search: a tag that begins with what was typed (the tag's own NOCASE index answers a
 * LIKE prefix), or every typed word beginning a word of the name, brand, model or serial number,
 * from the `assets_words` FTS5 index (migration 0008; SQLite-only, as the participants' name
 * index is: PostgreSQL would use pg_trgm). "las mig" finds "Mesin Las MIG 200/A".
 */
import { type RawBuilder, sql } from 'kysely';

/** FTS5's unicode61 tokenizer splits on everything but letters and digits; so do we. */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/** A word as an FTS5 prefix query: quoted, so that AND, OR, NEAR and quotes stay plain text. */
const prefixOf = (word: string) => `"${word.replaceAll('"', '""')}"*`;

/** LIKE treats % and _ as wildcards; tags may hold _ (and a search anything). */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The condition on `assets as a` for a search box's text (not empty). */
export function assetSearchCondition(search: string): RawBuilder<boolean> {
  const typed = search.trim();
  const tag = sql<boolean>`a.tag LIKE ${likePrefix(typed)} ESCAPE '\\'`;
  const words = wordsOf(typed);
  if (words.length === 0) return tag;
  const match = words.map(prefixOf).join(' AND ');
  return sql<boolean>`(${tag} OR a.id IN (SELECT rowid FROM assets_words WHERE assets_words MATCH ${match}))`;
}
