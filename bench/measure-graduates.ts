/**
 * Graduates: the dashboard and the report export on ten years of graduate tracking.
 *
 * (a) Everything the Beranda screen asks when it opens: `dashboard.today` and `dashboard.charts`
 *     for the whole ten years, through the router, timed together per visit (and each alone).
 * (b) The follow-up report of 50,000 graduates through the export job (`reports.start`, then
 *     `reports.continue` until finished): planning query, streamed xlsx, fsync and rename. The
 *     50,000 are bulk classes of 2004-2014 (the last ends early in 2015), before the dashboard's ten years, loaded after (a) so
 *     that they do not change what (a) measures.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import type { ExportJob } from '../src/shared/contract/reports';
import { unwrap } from './envelope';
import { type GraduateData, loadGraduateHistory, loadTodayLists } from './graduates-synthetic';
import { type Stats, forceGc, gcBetween, log, summarize } from './stats';

export const DASHBOARD_WARMUP = 5;
export const DASHBOARD_RUNS = 30;
export const EXPORT_ROWS = 50_000;
export const CLASSES_PER_YEAR = 60;
/** The dashboard's period: the ten years the data covers. */
const PERIOD = { from: '2016-01-01', to: '2026-12-31' };

export interface GraduateFigures {
  data: GraduateData;
  exportData: GraduateData;
  period: { from: string; to: string };
  dashboard: {
    runs: number;
    total: Stats;
    today: Stats;
    charts: Stats;
    /** CPU time of the process per visit: what the visit costs when the machine is shared. */
    cpu: Stats;
    gcInLoop: { count: number; totalMs: number };
  };
  export: { rows: number; chunks: number; ms: number; cpuMs: number; startMs: number; kilobytes: number };
}

export async function measureGraduates(options: {
  router: Router;
  sqlite: BetterSqlite3.Database;
  seed: number;
  people: number;
  today: string;
}): Promise<GraduateFigures> {
  const { router, sqlite } = options;
  const loadStarted = performance.now();
  const history = loadGraduateHistory(sqlite, {
    seed: options.seed,
    people: options.people,
    today: options.today,
    fromYear: 2016,
    toYear: Number(options.today.slice(0, 4)),
    classesPerYear: CLASSES_PER_YEAR,
    prefix: 'G-',
  });
  await loadTodayLists(router, sqlite, options.today);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('optimize');
  const data = { ...history, loadMs: Math.round(performance.now() - loadStarted) };
  log(
    `graduates: ${data.classes} classes, ${data.graduates.toLocaleString('en')} graduates, ` +
      `${data.followUps.toLocaleString('en')} follow-ups, ${data.placements} placements in ${data.loadMs} ms`,
  );

  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const visit = async () => {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    unwrap(await router.dispatch('dashboard.today', {}), 'dashboard.today');
    const between = performance.now();
    unwrap(await router.dispatch('dashboard.charts', PERIOD), 'dashboard.charts');
    const ended = performance.now();
    return { total: ended - started, today: between - started, charts: ended - between, cpu: cpuMs(cpuBefore) };
  };
  for (let n = 0; n < DASHBOARD_WARMUP; n++) await visit();
  forceGc();
  const total = new Float64Array(DASHBOARD_RUNS);
  const today = new Float64Array(DASHBOARD_RUNS);
  const charts = new Float64Array(DASHBOARD_RUNS);
  const cpu = new Float64Array(DASHBOARD_RUNS);
  const loopStarted = performance.now();
  for (let n = 0; n < DASHBOARD_RUNS; n++) {
    const timing = await visit();
    total[n] = timing.total;
    today[n] = timing.today;
    charts[n] = timing.charts;
    cpu[n] = timing.cpu;
  }
  const gcInLoop = await gcBetween(loopStarted, performance.now());
  const dashboard = {
    runs: DASHBOARD_RUNS,
    total: summarize(total),
    today: summarize(today),
    charts: summarize(charts),
    cpu: summarize(cpu),
    gcInLoop,
  };
  log(
    `graduates: dashboard median ${dashboard.total.median} ms, p95 ${dashboard.total.p95} ms ` +
      `(CPU median ${dashboard.cpu.median} ms)`,
  );

  const bulkStarted = performance.now();
  const bulk = loadGraduateHistory(sqlite, {
    seed: options.seed,
    people: options.people,
    today: options.today,
    fromYear: 2004,
    toYear: 2014,
    classesPerYear: Math.ceil(EXPORT_ROWS / 16 / 11),
    prefix: 'X-',
    allGraduate: true,
    maxGraduates: EXPORT_ROWS,
  });
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const exportData = { ...bulk, loadMs: Math.round(performance.now() - bulkStarted) };
  log(
    `graduates: ${bulk.graduates.toLocaleString('en')} graduates of 2004-2014 for the export in ${exportData.loadMs} ms`,
  );

  forceGc();
  const exportCpu = process.cpuUsage();
  const exportStarted = performance.now();
  const started = unwrap<ExportJob | null>(
    await router.dispatch('reports.start', { report: 'followUps', from: '2004-01-01', to: '2015-12-31' }),
    'reports.start',
  );
  if (!started) throw new Error('reports.start: no job');
  const startMs = performance.now() - exportStarted;
  let job = started;
  let chunks = 0;
  while (!job.finished) {
    job = unwrap<ExportJob>(await router.dispatch('reports.continue', { jobId: job.jobId }), 'reports.continue');
    chunks++;
  }
  const exportMs = Math.round(performance.now() - exportStarted);
  const exportCpuMs = Math.round(cpuMs(exportCpu));
  if (job.written !== EXPORT_ROWS || !job.path) throw new Error(`export wrote ${job.written} rows`);
  log(`graduates: ${EXPORT_ROWS.toLocaleString('en')}-row follow-up report in ${exportMs} ms (${chunks} chunks)`);
  return {
    data,
    exportData,
    period: PERIOD,
    dashboard,
    export: {
      rows: job.written,
      chunks,
      ms: exportMs,
      cpuMs: exportCpuMs,
      startMs: Math.round(startMs),
      kilobytes: Math.round(statSync(job.path).size / 1024),
    },
  };
}

export function graduateLines(figures: GraduateFigures, statLine: (label: string, stats: Stats) => string): string[] {
  const { data, dashboard } = figures;
  return [
    `data: ${data.classes} classes (${CLASSES_PER_YEAR}/year + history), ${data.graduates.toLocaleString('en')} graduates, ` +
      `${data.followUps.toLocaleString('en')} follow-ups, ${data.placements} placements`,
    statLine(
      `dashboard visit: today + charts (${figures.period.from.slice(0, 4)}-${figures.period.to.slice(0, 4)})`,
      dashboard.total,
    ),
    statLine('  dashboard.today', dashboard.today),
    statLine('  dashboard.charts (ten years)', dashboard.charts),
    statLine('  CPU time per visit (process, all threads)', dashboard.cpu),
    `GC pauses inside the loop: ${dashboard.gcInLoop.count} (${dashboard.gcInLoop.totalMs} ms in total)`,
    `follow-up report, ${figures.export.rows.toLocaleString('en')} rows: ${figures.export.ms} ms, CPU ${figures.export.cpuMs} ms ` +
      `(start ${figures.export.startMs} ms, ${figures.export.chunks} chunks, ${figures.export.kilobytes} KB)`,
  ];
}
