import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChartKey } from '@shared/contract/dashboard';
import { api } from '../../lib/api';
import { callOptions } from '../../lib/query';
import type { Period } from './period';

/** What needs attention today; refetched on every visit, so it is never a morning's stale list. */
export function useToday() {
  return useQuery(callOptions('dashboard.today', {}));
}

export function useCharts(period: Period) {
  // The previous period's charts stay on screen while the next one loads: no flicker per click.
  return useQuery({ ...callOptions('dashboard.charts', period), placeholderData: (previous) => previous });
}

export function useExportChart() {
  return useMutation({
    mutationFn: (input: { chart: ChartKey } & Period) => api.call('dashboard.exportChart', input),
  });
}
