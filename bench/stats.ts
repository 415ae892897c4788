/**
 * Measurement helpers shared by the whole benchmark: percentiles, forced GC and GC-pause
 * accounting, memory and load average at named phases, and a log stamped with elapsed time.
 */
import { loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Stats {
  n: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in ms, rounded to microseconds. */
export function summarize(samples: Float64Array | number[]): Stats {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sum / sorted.length),
  };
}

// Set at runtime so that `npm run bench` needs no node flags; a fresh context picks up the `gc` global.
setFlagsFromString('--expose-gc');
/** Called before each measured loop, so that it does not pay for the garbage of what came before. */
export const forceGc = runInNewContext('gc') as () => void;

const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

/** GC pauses that fell inside [from, to] (performance.now() clock), reported with each loop. */
export async function gcBetween(from: number, to: number) {
  await new Promise((resolve) => setTimeout(resolve, 100)); // the observer delivers its entries on a later tick
  const inside = gcPauses.filter((pause) => pause.start >= from && pause.start <= to);
  return {
    count: inside.length,
    totalMs: Math.round(inside.reduce((sum, pause) => sum + pause.duration, 0) * 1000) / 1000,
  };
}

/** Resident set size at named phases, to tell the app's own footprint from the benchmark's. */
const rssByPhase: Record<string, number> = {};
/** 1-minute load average at the same phases: above the core count, something else was competing. */
export const loadAverageByPhase: Record<string, number> = {};

export function markPhase(phase: string) {
  rssByPhase[phase] = Math.round(process.memoryUsage().rss / 1024 / 1024);
  loadAverageByPhase[phase] = Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

export function measureMemory() {
  return {
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAtEndMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
    heapUsedAtEndMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    rssByPhaseMB: rssByPhase,
  };
}

export type MemoryFigures = ReturnType<typeof measureMemory>;

export const log = (message: string) =>
  console.log(`[${(performance.now() / 1000).toFixed(1).padStart(6)} s] ${message}`);
