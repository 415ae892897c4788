import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJob, ReportRequest } from '@shared/contract/reports';
import { api } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { useSteppedJob } from '../../lib/useSteppedJob';

/**
 * Exports one report at a time as a job in main (reports.start, then reports.continue until
 * finished, reports.cancel on "Batal") and tells the clerk how it ended: the file with a "Buka"
 * button, a stop, or a translated error. A closed save dialog ends it silently.
 */
export function useReportExport() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const calls = useMemo(
    () => ({
      start: (request: ReportRequest) => api.call('reports.start', request),
      step: (jobId: string) => api.call('reports.continue', { jobId }),
      cancel: (jobId: string) => api.call('reports.cancel', { jobId }),
    }),
    [],
  );
  const runner = useSteppedJob<ReportRequest, ExportJob>(calls);
  const { run } = runner;

  const openReport = useCallback(
    async (jobId: string) => {
      try {
        await api.call('reports.open', { jobId });
      } catch (error) {
        notifications.show({ color: 'red', autoClose: false, message: errorText(error) });
      }
    },
    [errorText],
  );

  const exportReport = useCallback(
    async (request: ReportRequest) => {
      const outcome = await run(request);
      if (outcome.kind === 'finished') {
        const { job } = outcome;
        notifications.show({
          color: 'teal',
          autoClose: 15_000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{t('reports.done', { fileName: job.fileName })}</Text>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconExternalLink size={14} />}
                onClick={() => void openReport(job.jobId)}
              >
                {t('reports.open')}
              </Button>
            </Group>
          ),
        });
      } else if (outcome.kind === 'stopped') {
        notifications.show({ color: 'gray', message: t('reports.stopped') });
      } else if (outcome.kind === 'failed') {
        notifications.show({ color: 'red', autoClose: false, message: errorText(outcome.error) });
      }
      return outcome;
    },
    [run, t, errorText, openReport],
  );

  return { ...runner, exportReport };
}
