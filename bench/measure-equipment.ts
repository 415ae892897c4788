/**
 * Equipment: 20,000 assets over 8 workshops and 12 categories, loaded straight into SQLite, then
 * through the router: the asset list searched the ways a clerk does (a tag prefix, a tool's name,
 * two words, filters only), a scanned tag looked up (`assets.byTag`), a stock-take's scans
 * (`stocktakes.scan`, a write with its audit row) in the largest workshop, and the label sheet
 * for 240 assets (query, layout, QR images and the atomic write).
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Page, AssetRow, Stocktake, WrittenFile } from '../src/shared/contract';
import type { Router } from '../src/main/router';
import { unwrap } from './envelope';
import { type Stats, forceGc, log, summarize } from './stats';
import { int, mulberry32, pick } from './synthetic';

export const WARMUP_EQUIPMENT_CALLS = 30;
const WORKSHOPS = 8;
export const LABELS = 240;

const CATEGORIES = [
  ['LAS', 'Mesin Las', 8, ['Mesin Las Listrik', 'Mesin Las MIG', 'Mesin Las TIG', 'Mesin Las Inverter']],
  ['GRD', 'Gerinda', 5, ['Gerinda Tangan', 'Gerinda Duduk', 'Gerinda Potong']],
  ['BOR', 'Mesin Bor', 5, ['Bor Tangan', 'Bor Duduk', 'Bor Magnet']],
  ['KOMP', 'Komputer', 4, ['Komputer Rakitan', 'Laptop', 'Komputer All-in-One']],
  ['JHT', 'Mesin Jahit', 8, ['Mesin Jahit High Speed', 'Mesin Obras', 'Mesin Jahit Portable']],
  ['OTO', 'Alat Otomotif', 8, ['Kunci Momen', 'Dongkrak Buaya', 'Scanner OBD', 'Kompresor Angin']],
  ['LST', 'Alat Listrik', 5, ['Multimeter Digital', 'Tang Ampere', 'Megger', 'Solder Station']],
  ['KAY', 'Alat Kayu', 8, ['Mesin Serut', 'Gergaji Meja', 'Router Kayu']],
  ['MAS', 'Alat Masak', 5, ['Kompor Gas', 'Oven Listrik', 'Mixer Roti']],
  ['PND', 'Pendingin', 8, ['Pompa Vakum', 'Manifold Gauge', 'Recovery Unit']],
  ['K3', 'Alat K3', 3, ['Helm Las', 'Sarung Tangan Kulit', 'Kacamata Safety']],
  ['PRJ', 'Proyektor', 5, ['Proyektor LCD', 'Layar Proyektor']],
] as const;
const BRANDS = ['Krisbow', 'Lakoni', 'Makita', 'Bosch', 'Rhino', 'Butterfly', 'Lenovo', 'Epson', 'Tekiro', 'Hitachi'];
const CONDITIONS = ['good', 'good', 'good', 'good', 'minor_damage', 'major_damage'] as const;
const SOURCES = ['ministry_grant', 'apbd', 'company', 'blk_komunitas_grant', 'purchase'] as const;

export interface EquipmentFigures {
  assets: number;
  loadMs: number;
  search: Record<'tagPrefix' | 'name' | 'twoWords' | 'filters', Stats>;
  byTag: Stats;
  scan: { workshopAssets: number; scans: number; stats: Stats };
  labels: { count: number; pages: number; ms: number; kilobytes: number };
}

interface Loaded {
  tags: string[];
  roomIds: number[];
  biggestRoom: number;
  biggestRoomTags: string[];
}

function loadAssets(sqlite: BetterSqlite3.Database, seed: number, count: number): Loaded {
  const random = mulberry32(seed + 5);
  const at = '2026-06-15T01:00:00.000Z';
  const tags: string[] = [];
  const roomIds: number[] = [];
  const tagsByRoom = new Map<number, string[]>();
  sqlite.transaction(() => {
    const room = sqlite.prepare(
      `INSERT INTO rooms (name, trade, capacity, active, created_at, updated_at) VALUES (?, '', 20, 1, ?, ?)`,
    );
    for (let index = 1; index <= WORKSHOPS; index++)
      roomIds.push(Number(room.run(`BENCH Bengkel ${index}`, at, at).lastInsertRowid));
    const category = sqlite.prepare(
      `INSERT INTO equipment_categories (name, code, useful_life_years, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const categoryIds = CATEGORIES.map(([code, name, life]) =>
      Number(category.run(name, code, life, at, at).lastInsertRowid),
    );
    const asset = sqlite.prepare(
      `INSERT INTO assets (tag, name, category_id, brand, model, serial_number, room_id, condition, source,
         acquired_on, value_rupiah, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const perCategory = new Array<number>(CATEGORIES.length).fill(0);
    for (let index = 0; index < count; index++) {
      const c = int(random, 0, CATEGORIES.length - 1);
      const [code, , , names] = CATEGORIES[c] as (typeof CATEGORIES)[number];
      perCategory[c] = (perCategory[c] ?? 0) + 1;
      const tag = `${code}-${String(perCategory[c]).padStart(5, '0')}`;
      // Workshops are uneven, as in a real BLK: the first holds about a third.
      const roomId = random() < 0.3 ? (roomIds[0] as number) : pick(random, roomIds);
      const year = int(random, 2012, 2026);
      asset.run(
        tag,
        pick(random, names),
        categoryIds[c],
        pick(random, BRANDS),
        `T-${int(random, 100, 999)}`,
        `SN${int(random, 100000, 999999)}`,
        roomId,
        pick(random, CONDITIONS),
        pick(random, SOURCES),
        `${year}-${String(int(random, 1, 12)).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`,
        int(random, 150, 45_000) * 1000,
        at,
        at,
      );
      tags.push(tag);
      const list = tagsByRoom.get(roomId) ?? [];
      list.push(tag);
      tagsByRoom.set(roomId, list);
    }
  })();
  const biggestRoom = roomIds[0] as number;
  return { tags, roomIds, biggestRoom, biggestRoomTags: tagsByRoom.get(biggestRoom) ?? [] };
}

async function timeCalls(count: number, call: (index: number) => Promise<void>): Promise<Stats> {
  for (let index = 0; index < WARMUP_EQUIPMENT_CALLS; index++) await call(count + index);
  forceGc();
  const samples = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await call(index);
    samples[index] = performance.now() - started;
  }
  return summarize(samples);
}

export async function measureEquipment(options: {
  router: Router;
  sqlite: BetterSqlite3.Database;
  seed: number;
  assets: number;
  queries: number;
}): Promise<EquipmentFigures> {
  const { router, sqlite, seed, queries } = options;
  const started = performance.now();
  const loaded = loadAssets(sqlite, seed, options.assets);
  const loadMs = Math.round(performance.now() - started);
  log(`equipment: ${options.assets.toLocaleString('en')} assets loaded in ${loadMs} ms`);
  const random = mulberry32(seed + 6);
  const list = async (input: Record<string, unknown>) => {
    unwrap<Page<AssetRow>>(await router.dispatch('assets.list', { pageSize: 25, ...input }), 'assets.list');
  };
  const names = CATEGORIES.flatMap(([, , , toolNames]) => toolNames);
  const search = {
    tagPrefix: await timeCalls(queries, () => {
      const tag = pick(random, loaded.tags);
      return list({ search: tag.slice(0, tag.length - 2) });
    }),
    name: await timeCalls(queries, () => list({ search: (pick(random, names).split(' ')[1] ?? 'Las').toLowerCase() })),
    twoWords: await timeCalls(queries, () => list({ search: pick(random, names).split(' ').slice(0, 2).join(' ') })),
    filters: await timeCalls(queries, () =>
      list({ roomId: pick(random, loaded.roomIds), condition: pick(random, CONDITIONS), page: int(random, 1, 5) }),
    ),
  };
  log(
    `equipment: search p95 ${Object.values(search)
      .map((s) => s.p95)
      .join(' / ')} ms`,
  );
  const byTag = await timeCalls(queries, async () => {
    unwrap(await router.dispatch('assets.byTag', { tag: pick(random, loaded.tags).toLowerCase() }), 'assets.byTag');
  });

  const stocktake = unwrap<Stocktake>(
    await router.dispatch('stocktakes.start', { roomId: loaded.biggestRoom, notes: 'bench' }),
    'stocktakes.start',
  );
  const scans = Math.min(queries * 2, loaded.biggestRoomTags.length - WARMUP_EQUIPMENT_CALLS);
  const scanStats = await timeCalls(scans, async (index) => {
    // Mostly the workshop's own tags in shelf order; now and then one from another workshop.
    const tag = index % 25 === 7 ? pick(random, loaded.tags) : (loaded.biggestRoomTags[index] as string);
    unwrap(await router.dispatch('stocktakes.scan', { id: stocktake.id, tag }), 'stocktakes.scan');
  });
  log(`equipment: byTag p95 ${byTag.p95} ms, stock-take scan p95 ${scanStats.p95} ms`);

  const ids = (sqlite.prepare('SELECT id FROM assets ORDER BY id LIMIT ?').all(LABELS) as { id: number }[]).map(
    (r) => r.id,
  );
  unwrap(await router.dispatch('assets.printLabels', { ids: ids.slice(0, 24) }), 'assets.printLabels');
  forceGc();
  const labelsStarted = performance.now();
  const file = unwrap<WrittenFile | null>(await router.dispatch('assets.printLabels', { ids }), 'assets.printLabels');
  const labelsMs = Math.round(performance.now() - labelsStarted);
  if (!file) throw new Error('assets.printLabels wrote nothing');
  log(`equipment: ${LABELS} labels in ${labelsMs} ms`);
  return {
    assets: options.assets,
    loadMs,
    search,
    byTag,
    scan: { workshopAssets: loaded.biggestRoomTags.length, scans, stats: scanStats },
    labels: {
      count: LABELS,
      pages: Math.ceil(LABELS / 24),
      ms: labelsMs,
      kilobytes: Math.round(statSync(file.path).size / 1024),
    },
  };
}

export function equipmentLines(figures: EquipmentFigures, statLine: (label: string, stats: Stats) => string): string[] {
  const n = figures.assets.toLocaleString('en');
  return [
    statLine(`asset search, tag prefix (${n} assets)`, figures.search.tagPrefix),
    statLine(`asset search, a tool's name`, figures.search.name),
    statLine(`asset search, two words`, figures.search.twoWords),
    statLine(`asset list, workshop + condition filters`, figures.search.filters),
    statLine(`assets.byTag (a scanned label)`, figures.byTag),
    statLine(
      `stocktakes.scan (${figures.scan.workshopAssets.toLocaleString('en')} in the workshop)`,
      figures.scan.stats,
    ),
    `label sheet, ${figures.labels.count} assets (${figures.labels.pages} pages): ${figures.labels.ms} ms, ${figures.labels.kilobytes} KB`,
  ];
}
