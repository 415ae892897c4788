/**
 * Search: `participants.search` through the router, per query category, against the naive
 * LIKE '%text%' search a first version would write.
 */
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import { unwrap } from './envelope';
import { buildQueries, type Category } from './queries';
import { type Stats, forceGc, gcBetween, log, summarize } from './stats';

export const WARMUP_QUERIES = 50;

export interface SearchFigures {
  label: string;
  queries: number;
  router: Stats;
  like: Stats | null;
  speedupP95: number | null;
  /** Share of queries with at least one hit, median total (capped at 1,000), share capped. */
  withHits: number;
  medianTotal: number;
  capped: number;
  fuzzyAnswers: number;
  gcInLoop: { count: number; totalMs: number };
  examples: string[];
}

export type SearchResults = Partial<Record<Category, SearchFigures>>;

/** The naive search: LIKE '%text%' for the page, and again for the count. */
function prepareNaiveSearch(sqlite: BetterSqlite3.Database) {
  const columns = 'id, nik, full_name, sex, birth_date, phone, district, village, created_at';
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const likeOne = (column: string) => ({
    rows: sqlite.prepare(
      `SELECT ${columns} FROM participants WHERE ${column} LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT 25`,
    ),
    count: sqlite.prepare(`SELECT count(*) AS n FROM participants WHERE ${column} LIKE ? ESCAPE '\\'`),
  });
  const likeName = likeOne('full_name');
  const likeNik = likeOne('nik');
  const likePhone = likeOne('phone');
  const likeNameWords = {
    rows: sqlite.prepare(
      `SELECT ${columns} FROM participants WHERE full_name LIKE ? ESCAPE '\\' AND full_name LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT 25`,
    ),
    count: sqlite.prepare(
      `SELECT count(*) AS n FROM participants WHERE full_name LIKE ? ESCAPE '\\' AND full_name LIKE ? ESCAPE '\\'`,
    ),
  };
  return (category: Category, query: string) => {
    if (category === 'nik' || category === 'phone') {
      const statements = category === 'nik' ? likeNik : likePhone;
      statements.rows.all(like(query));
      statements.count.get(like(query));
    } else {
      const parts = query.split(/\s+/);
      if (parts.length === 2) {
        const patterns = parts.map(like);
        likeNameWords.rows.all(...patterns);
        likeNameWords.count.get(...patterns);
      } else {
        likeName.rows.all(like(query));
        likeName.count.get(like(query));
      }
    }
  };
}

export async function measureSearch(
  router: Router,
  sqlite: BetterSqlite3.Database,
  seed: number,
  queries: number,
): Promise<SearchResults> {
  const querySets = buildQueries(sqlite, seed, queries, WARMUP_QUERIES);
  const naive = prepareNaiveSearch(sqlite);
  const search: SearchResults = {};
  for (const set of querySets) {
    // The typo queries have no naive counterpart: LIKE would simply find nothing.
    const hasNaive = set.category !== 'fuzzy';
    for (const query of set.warmup) {
      unwrap(await router.dispatch('participants.search', { query }), 'warm-up search');
      if (hasNaive) naive(set.category, query);
    }
    const times = new Float64Array(set.measured.length);
    const totals: number[] = [];
    let withHits = 0;
    let capped = 0;
    let fuzzyAnswers = 0;
    forceGc();
    const loopStart = performance.now();
    for (let index = 0; index < set.measured.length; index++) {
      const t0 = performance.now();
      const result = await router.dispatch('participants.search', { query: set.measured[index] });
      times[index] = performance.now() - t0;
      const page = unwrap<{ total: number; capped: boolean; fuzzy: boolean; rows: unknown[] }>(result, 'search');
      totals.push(page.total);
      if (page.rows.length > 0) withHits++;
      if (page.capped) capped++;
      if (page.fuzzy) fuzzyAnswers++;
    }
    const loopEnd = performance.now();
    const gcInLoop = await gcBetween(loopStart, loopEnd);
    let likeStats: Stats | null = null;
    if (hasNaive) {
      const likeTimes = new Float64Array(set.measured.length);
      forceGc();
      for (let index = 0; index < set.measured.length; index++) {
        const t0 = performance.now();
        naive(set.category, set.measured[index] ?? '');
        likeTimes[index] = performance.now() - t0;
      }
      likeStats = summarize(likeTimes);
    }
    const routerStats = summarize(times);
    search[set.category] = {
      label: set.label,
      queries: set.measured.length,
      router: routerStats,
      like: likeStats,
      speedupP95: likeStats ? Math.round((likeStats.p95 / routerStats.p95) * 10) / 10 : null,
      withHits: Math.round((withHits / set.measured.length) * 1000) / 1000,
      medianTotal: summarize(totals).median,
      capped: Math.round((capped / set.measured.length) * 1000) / 1000,
      fuzzyAnswers,
      gcInLoop,
      examples: set.measured.slice(0, 6),
    };
    log(`search ${set.label}: p95 ${routerStats.p95} ms` + (likeStats ? `, LIKE p95 ${likeStats.p95} ms` : ''));
  }
  return search;
}
