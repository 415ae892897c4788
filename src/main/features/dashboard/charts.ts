/** `dashboard.charts`: every chart of one period, each aggregated in SQL (see trainees.ts, rates.ts). */
import type { Kysely } from 'kysely';
import type { Charts } from '@shared/contract/dashboard';
import type { Database } from '../../db/schema';
import { rateCharts } from './rates';
import { traineeCharts } from './trainees';

export async function readCharts(db: Kysely<Database>, period: { from: string; to: string }): Promise<Charts> {
  const [trainees, rates] = await Promise.all([
    traineeCharts(db, period.from, period.to),
    rateCharts(db, period.from, period.to),
  ]);
  return { period: { from: period.from, to: period.to }, ...trainees, ...rates };
}
