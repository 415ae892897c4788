import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJob } from '@shared/contract/reports';
import { ExportProgress } from './ExportProgress';

/**
 * One report: what it holds, its few choices, and "Ekspor xlsx", which turns into a progress bar
 * with Batal while this report is written. Another report running disables the button: one
 * export at a time keeps the front-desk PC responsive.
 */
export function ReportCard({
  title,
  description,
  children,
  job,
  running,
  busyElsewhere,
  onExport,
  onCancel,
}: {
  title: string;
  description: string;
  children?: ReactNode;
  /** This report's job while it runs (null before main answers, e.g. with the save dialog open). */
  job: ExportJob | null;
  running: boolean;
  busyElsewhere: boolean;
  onExport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={title}>
      <Stack gap="md" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md" color="teal">
            <IconFileSpreadsheet size={20} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} fz="lg">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
        </Group>
        {children}
        <Stack mt="auto">
          {running && job ? (
            <ExportProgress job={job} onCancel={onCancel} />
          ) : (
            <Group justify="flex-end">
              <Button
                leftSection={<IconFileSpreadsheet size={18} />}
                loading={running}
                disabled={busyElsewhere}
                onClick={onExport}
              >
                {t('reports.export')}
              </Button>
            </Group>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
