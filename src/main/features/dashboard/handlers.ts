/** The dashboard's contract methods (Beranda): today's attention list, the charts, one chart as xlsx. */
import type { dashboardContract } from '@shared/contract/dashboard';
import type { HandlerMap } from '../../context';
import { exportChart } from './chart-export';
import { readCharts } from './charts';
import { readToday } from './today';

export const dashboardHandlers: HandlerMap<keyof typeof dashboardContract> = {
  'dashboard.today': async (ctx) => readToday(ctx),
  'dashboard.charts': async (ctx, input) => readCharts(ctx.db, input),
  'dashboard.exportChart': async (ctx, input) => exportChart(ctx, input),
};
