import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportRequest } from '@shared/contract/reports';
import { PageHeader } from '../../components/PageHeader';
import { FollowUpsReportCard, RealisationReportCard, SiapkerjaReportCard } from './ReportForms';
import { useReportExport } from './useReportExport';

/** What a report card needs from the page's one export runner. */
export interface ExportSlot {
  job: ReturnType<typeof useReportExport>['job'];
  running: boolean;
  busyElsewhere: boolean;
  onExport: (request: ReportRequest) => void;
  onCancel: () => void;
}

/**
 * Laporan: the ministry's reports as xlsx. Each card asks its few questions and exports; the
 * export runs as a job with a progress bar in the card that started it.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const exporter = useReportExport();
  // Which card started the run: known at the click, before main answers with the job.
  const activeReport = exporter.request?.report ?? null;

  const slot = (report: ReportKind): ExportSlot => ({
    job: exporter.job?.report === report ? exporter.job : null,
    running: exporter.running && activeReport === report,
    busyElsewhere: exporter.running && activeReport !== report,
    // A second click while a run goes is answered 'busy' by the runner: never two jobs.
    onExport: (request) => void exporter.exportReport(request),
    onCancel: () => void exporter.cancel(),
  });

  return (
    <Stack gap="md">
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        <SiapkerjaReportCard slot={slot('siapkerja')} />
        <RealisationReportCard slot={slot('realisation')} />
        <FollowUpsReportCard slot={slot('followUps')} />
      </SimpleGrid>
    </Stack>
  );
}
