import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportJob } from '@shared/contract/reports';
import { useDashboardFormat } from '../dashboard/useDashboardFormat';

/** How far an export got, "1.250 / 5.000 baris", with Batal to stop it (main removes the half file). */
export function ExportProgress({ job, onCancel }: { job: ExportJob; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const label = t('reports.progress', { written: format.number(job.written), total: format.number(job.total) });
  return (
    <Stack gap={6}>
      <Progress
        value={job.total > 0 ? (job.written / job.total) * 100 : 0}
        size="lg"
        radius="md"
        animated
        aria-label={label}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600} role="status" aria-live="polite">
          {label}
        </Text>
        <Button size="xs" variant="default" color="red" onClick={onCancel} disabled={job.cancelled}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
