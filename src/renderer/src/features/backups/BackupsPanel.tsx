import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/contract';
import { formatDateTime } from '@shared/format';
import { useCan } from '../../app/session';
import { useLocale } from '../../i18n';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useBackups, useCopyBackupToFolder, useCreateBackup, useImportBackup } from './queries';
import { RestoreModal } from './RestoreModal';

const KIND_COLOR = { daily: 'blue', manual: 'teal', migration: 'grape' } as const;

/** The database's copies: taken each day at the first start, before updates, and on demand. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const backups = useBackups();
  const create = useCreateBackup();
  const copy = useCopyBackupToFolder();
  const submitCreate = useSingleFlight(create);
  const submitCopy = useSingleFlight(copy);
  const importing = useImportBackup();
  const submitImport = useSingleFlight(importing);
  const canBackUp = useCan('backups.create');
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('backups.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz={20}>
          {t('backups.title')}
        </Title>
        {canBackUp ? (
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={18} />}
              loading={create.isPending}
              onClick={() =>
                submitCreate(undefined, {
                  onSuccess: () => notifications.show({ color: 'teal', message: t('backups.created') }),
                  onError,
                })
              }
            >
              {t('backups.create')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDatabaseExport size={18} />}
              loading={copy.isPending}
              onClick={() =>
                submitCopy(undefined, {
                  onSuccess: (written) =>
                    notifications.show({
                      color: written ? 'teal' : 'gray',
                      message: written ? t('backups.copied', { path: written.path }) : t('backups.copyCancelled'),
                    }),
                  onError,
                })
              }
            >
              {t('backups.copyToFolder')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileImport size={18} />}
              loading={importing.isPending}
              onClick={() =>
                submitImport(undefined, {
                  onSuccess: (imported) =>
                    notifications.show({
                      color: imported ? 'teal' : 'gray',
                      message: imported ? t('backups.imported') : t('backups.copyCancelled'),
                    }),
                  onError,
                })
              }
            >
              {t('backups.importFile')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('backups.intro')}
      </Text>
      <DataTable
        minHeight={120}
        maxHeight={320}
        withTableBorder={false}
        striped
        fetching={backups.isPending}
        records={backups.data ?? []}
        idAccessor="fileName"
        noRecordsText={backups.isError ? errorText(backups.error) : t('backups.none')}
        columns={[
          {
            accessor: 'takenAt',
            title: t('backups.colTaken'),
            render: (row) => formatDateTime(row.takenAt, locale),
          },
          {
            accessor: 'kind',
            title: t('backups.colKind'),
            render: (row) => (
              <Badge color={KIND_COLOR[row.kind]} variant="light" styles={{ label: { textTransform: 'none' } }}>
                {t(`backups.kind.${row.kind}`)}
              </Badge>
            ),
          },
          {
            accessor: 'sizeBytes',
            title: t('backups.colSize'),
            textAlign: 'right',
            render: (row) => t('backups.megabytes', { size: (row.sizeBytes / 1_048_576).toFixed(1) }),
          },
          {
            accessor: 'fileName',
            title: t('backups.colFile'),
            render: (row) => (
              <Text ff="monospace" size="xs">
                {row.fileName}
              </Text>
            ),
          },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (row) =>
              canBackUp ? (
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRestoring(row)}>
                  {t('backups.restore')}
                </Button>
              ) : null,
          },
        ]}
      />
      {restoring ? <RestoreModal backup={restoring} onClose={() => setRestoring(null)} /> : null}
    </Paper>
  );
}
