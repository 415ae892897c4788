import { type Kysely, sql } from 'kysely';
import type { ParticipantListRow, PARTICIPANT_SORTS } from '@shared/contract';
import type { Database } from '../../db/schema';

/**
 * Counting stops here: past eight pages a clerk narrows the search rather than pages on ("200+
 * peserta: perjelas pencarian"), and it bounds the work each keystroke does on a big database.
 */
export const COUNT_CAP = 200;
const FUZZY_CANDIDATES = 400;

export interface SearchRequest {
  query: string;
  page: number;
  pageSize: number;
  sort: (typeof PARTICIPANT_SORTS)[number];
  descending: boolean;
}

export interface SearchResult {
  rows: ParticipantListRow[];
  total: number;
  capped: boolean;
  fuzzy: boolean;
}

const listColumns = ['id', 'nik', 'fullName', 'sex', 'birthDate', 'phone', 'district', 'village', 'createdAt'] as const;
const listColumnsOfP = [
  'p.id',
  'p.nik',
  'p.fullName',
  'p.sex',
  'p.birthDate',
  'p.phone',
  'p.district',
  'p.village',
  'p.createdAt',
] as const;
const sortColumn = { name: 'fullName', recent: 'id', nik: 'nik' } as const;

/** A quoted FTS5 phrase: the text is data, never query syntax. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

function capTotal(count: number): { total: number; capped: boolean } {
  return { total: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP };
}

/**
 * Edit distance where swapping two neighbouring letters counts as one typo (optimal string
 * alignment). Words are short, so the quadratic cost is fine.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** How far a name is from what was typed: each typed word against its closest word in the name. */
function nameDistance(typedWords: string[], name: string): number {
  const nameWords = name.toLowerCase().split(/\s+/);
  let total = 0;
  for (const word of typedWords) {
    const best = Math.min(...nameWords.map((candidate) => editDistance(word, candidate.slice(0, word.length + 2))));
    if (best > Math.max(1, Math.floor(word.length / 3))) return Number.POSITIVE_INFINITY;
    total += best;
  }
  return total;
}

async function rowsByIds(db: Kysely<Database>, ids: number[]): Promise<ParticipantListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('participants').select(listColumns).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** NIK or phone digits: an index range scan in NIK (or phone) order. */
async function searchDigits(db: Kysely<Database>, request: SearchRequest, typed: string): Promise<SearchResult> {
  const digits = typed.replace(/[\s-]/g, '');
  const isPhone = /^(\+62|0)/.test(digits);
  const column = isPhone ? 'phone' : 'nik';
  const prefix = isPhone ? digits.replace(/^\+62/, '0') : digits;
  const upper = `${prefix}~`;
  const base = db.selectFrom('participants').where(column, '>=', prefix).where(column, '<', upper);
  const [rows, count] = await Promise.all([
    base
      .select(listColumns)
      .orderBy(column, request.descending && request.sort === 'nik' ? 'desc' : 'asc')
      .limit(request.pageSize)
      .offset((request.page - 1) * request.pageSize)
      .execute(),
    db
      .selectFrom(
        base
          .select('id')
          .limit(COUNT_CAP + 1)
          .as('hits'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, ...capTotal(Number(count.n)), fuzzy: false };
}

/** Name words: trigram FTS for words of three letters or more, a LIKE filter for shorter ones. */
/** `p.full_name` contains the word, with LIKE's wildcards in it taken literally. */
function nameContains(word: string) {
  const pattern = `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`p.full_name LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * Every match, in any order and with short words: a filtered scan of participants, the FTS
 * matches (if any) as an id list. Sorting by name needs every match anyway.
 */
async function searchAllMatches(
  db: Kysely<Database>,
  request: SearchRequest,
  match: string | null,
  shortWords: string[],
): Promise<SearchResult> {
  let matches = db.selectFrom('participants as p');
  if (match !== null) {
    matches = matches.where(
      'p.id',
      'in',
      sql<number>`(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ${match})`,
    );
  }
  for (const word of shortWords) matches = matches.where(nameContains(word));
  const [rows, count] = await Promise.all([
    matches
      .select(listColumnsOfP)
      .orderBy(`p.${sortColumn[request.sort]}`, request.descending ? 'desc' : 'asc')
      .limit(request.pageSize)
      .offset((request.page - 1) * request.pageSize)
      .execute(),
    db
      .selectFrom(
        matches
          .select('p.id')
          .limit(COUNT_CAP + 1)
          .as('hits'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, ...capTotal(Number(count.n)), fuzzy: false };
}

/** Name words: trigram FTS for words of three letters or more, a LIKE filter for shorter ones. */
/** The two FTS5 indexes over names: trigrams (any fragment) and whole words (word prefixes). */
const NAME_INDEXES = { participantsFts: 'participants_fts', participantsWords: 'participants_words' } as const;

/**
 * Newest first straight from a name index: one pass over at most COUNT_CAP + 1 index entries
 * gives both the count and the page, however many thousands share a fragment.
 */
async function newestFirst(
  db: Kysely<Database>,
  index: keyof typeof NAME_INDEXES,
  match: string,
  request: SearchRequest,
): Promise<SearchResult> {
  const offset = (request.page - 1) * request.pageSize;
  const hits = await db
    .selectFrom(index)
    .select('rowid')
    .where(sql<boolean>`${sql.id(NAME_INDEXES[index])} MATCH ${match}`)
    .orderBy('rowid', request.descending ? 'desc' : 'asc')
    .limit(COUNT_CAP + 1)
    .execute();
  const pageIds = hits.slice(offset, offset + request.pageSize).map((hit) => hit.rowid);
  return { rows: await rowsByIds(db, pageIds), ...capTotal(hits.length), fuzzy: false };
}

/**
 * Name words. Several words are first read as word beginnings ("siti rah": Siti Rahmawati) from
 * the word index; otherwise trigram FTS finds fragments anywhere, with a LIKE filter for words
 * too short for trigrams, and near misses when nothing matches.
 */
async function searchName(db: Kysely<Database>, request: SearchRequest, words: string[]): Promise<SearchResult> {
  const long = words.filter((word) => word.length >= 3);
  const short = words.filter((word) => word.length < 3);
  const match = long.length > 0 ? `full_name : (${long.map(phrase).join(' AND ')})` : null;
  const newestFirstFits = request.sort === 'recent' && request.page * request.pageSize <= COUNT_CAP;
  if (newestFirstFits && words.length >= 2 && words.every((word) => word.length >= 2)) {
    const starts = `full_name : (${words.map((word) => `${phrase(word)}*`).join(' AND ')})`;
    const byWordStarts = await newestFirst(db, 'participantsWords', starts, request);
    if (byWordStarts.total > 0) return byWordStarts;
  }
  const result =
    match !== null && newestFirstFits && short.length === 0
      ? await newestFirst(db, 'participantsFts', match, request)
      : await searchAllMatches(db, request, match, short);
  return result.total === 0 && match !== null ? searchNearMisses(db, request, words) : result;
}

/**
 * Nothing matched exactly: look for names one or two typos away. Candidates share the first or
 * the last half of a typed word (a typo rarely hits both), then rank by edit distance.
 */
async function searchNearMisses(db: Kysely<Database>, request: SearchRequest, words: string[]): Promise<SearchResult> {
  const halves = words
    .filter((word) => word.length >= 5)
    .flatMap((word) => [word.slice(0, Math.ceil(word.length / 2)), word.slice(Math.floor(word.length / 2))])
    .filter((half) => half.length >= 3);
  if (halves.length === 0) return { rows: [], total: 0, capped: false, fuzzy: false };
  const match = `full_name : (${halves.map(phrase).join(' OR ')})`;
  const candidates = await sql<{ id: number; fullName: string }>`
    SELECT p.id, p.full_name FROM participants_fts
    JOIN participants p ON p.id = participants_fts.rowid
    WHERE participants_fts MATCH ${match}
    ORDER BY participants_fts.rowid DESC LIMIT ${FUZZY_CANDIDATES}`.execute(db);
  const typed = words.map((word) => word.toLowerCase());
  const ranked = candidates.rows
    .map((row) => ({ id: row.id, distance: nameDistance(typed, row.fullName) }))
    .filter((row) => Number.isFinite(row.distance))
    .sort((a, b) => a.distance - b.distance || b.id - a.id);
  const offset = (request.page - 1) * request.pageSize;
  const pageIds = ranked.slice(offset, offset + request.pageSize).map((row) => row.id);
  return { rows: await rowsByIds(db, pageIds), total: ranked.length, capped: false, fuzzy: ranked.length > 0 };
}

async function listAll(db: Kysely<Database>, request: SearchRequest): Promise<SearchResult> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('participants')
      .select(listColumns)
      .orderBy(sortColumn[request.sort], request.descending ? 'desc' : 'asc')
      .limit(request.pageSize)
      .offset((request.page - 1) * request.pageSize)
      .execute(),
    db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n), capped: false, fuzzy: false };
}

/**
 * People search for the front desk: NIK or phone prefix, or name fragments (typo-tolerant).
 * Paged and sorted in SQL; SQLite-specific (FTS5 trigram), kept in this one file.
 */
export async function searchParticipants(db: Kysely<Database>, request: SearchRequest): Promise<SearchResult> {
  const typed = request.query.trim();
  if (typed === '') return listAll(db, request);
  if (/^\+?[\d\s-]+$/.test(typed)) return searchDigits(db, request, typed);
  const words = typed.split(/\s+/).filter(Boolean);
  return searchName(db, request, words);
}
