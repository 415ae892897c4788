import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileImport } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportPreviewRow, ImportRowStatus } from '@shared/contract/imports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCount, useRowErrorLines } from './importText';
import { StatusBadge } from './StatusBadge';
import { StepHeading } from './StepHeading';

const COUNT_ORDER: readonly ImportRowStatus[] = ['new', 'update', 'unchanged', 'exists', 'invalid'];

/** What happens to one row, in words: its errors, the fields it changes, or why it is skipped. */
function RowDetail({ row }: { row: ImportPreviewRow }) {
  const { t } = useTranslation();
  const errorLines = useRowErrorLines();
  if (row.status === 'invalid') {
    return (
      <Stack gap={2}>
        {errorLines(row).map((line) => (
          <Text key={line.field} size="sm" c="red.8">
            {line.text}
            {/* The NIK column shows the NIK as written already. */}
            {line.written === '' || line.field === 'nik' ? null : (
              <Text span size="sm" c="dimmed">
                {' — '}
                {t('imports.preview.written', { value: line.written })}
              </Text>
            )}
          </Text>
        ))}
      </Stack>
    );
  }
  if (row.status === 'update') {
    const fields = row.changes.map((field) => t(`imports.field.${field as ImportField}`)).join(', ');
    return <Text size="sm">{t('imports.preview.changes', { fields })}</Text>;
  }
  if (row.status === 'exists')
    return (
      <Text size="sm" c="dimmed">
        {t('imports.preview.existsDetail')}
      </Text>
    );
  return null;
}

/** Step 3: the counts, every row with what will happen to it (errors first), and the import button. */
export function PreviewStep({
  preview,
  error,
  pending,
  onBack,
  onImport,
}: {
  preview: ImportPreview;
  error: unknown;
  pending: boolean;
  onBack: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const count = useCount();
  const total = COUNT_ORDER.reduce((sum, status) => sum + preview.counts[status], 0);
  const toWrite = preview.counts.new + preview.counts.update;
  return (
    <Stack gap="md">
      <StepHeading>{t('imports.preview.heading')}</StepHeading>
      <Group gap="xs" data-testid="import-counts">
        {/* Only what happens in this file: "Diperbarui: 0" is noise when nobody is updated. */}
        {COUNT_ORDER.filter((status) => status === 'new' || preview.counts[status] > 0).map((status) => (
          <StatusBadge key={status} status={status} count={preview.counts[status]} />
        ))}
      </Group>
      {preview.counts.invalid > 0 ? (
        <Alert color="orange" variant="light">
          {t('imports.preview.invalidNote')}
        </Alert>
      ) : null}
      <DataTable<ImportPreviewRow>
        withTableBorder
        verticalSpacing="xs"
        maxHeight={480}
        idAccessor="rowNumber"
        records={preview.rows}
        rowBackgroundColor={(row) => (row.status === 'invalid' ? { light: 'red.0', dark: 'red.9' } : undefined)}
        columns={[
          { accessor: 'rowNumber', title: t('imports.preview.column.row'), width: 70, textAlign: 'right' },
          {
            accessor: 'nik',
            title: t('imports.preview.column.nik'),
            noWrap: true,
            render: (row) => (
              <Text ff="monospace" size="sm">
                {row.nik}
              </Text>
            ),
          },
          { accessor: 'fullName', title: t('imports.preview.column.name'), width: 220 },
          {
            accessor: 'status',
            title: t('imports.preview.column.status'),
            width: 160,
            render: (row) => <StatusBadge status={row.status} />,
          },
          { accessor: 'detail', title: t('imports.preview.column.detail'), render: (row) => <RowDetail row={row} /> },
        ]}
      />
      {preview.rows.length < total ? (
        <Text size="sm" c="dimmed">
          {t('imports.preview.shown', { shown: count(preview.rows.length), total: count(total) })}
        </Text>
      ) : null}
      {toWrite === 0 ? <Text fw={600}>{t('imports.preview.nothing')}</Text> : null}
      <ErrorAlert error={error} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack} disabled={pending}>
          {t('imports.preview.back')}
        </Button>
        <Button
          color="teal"
          leftSection={<IconFileImport size={18} />}
          loading={pending}
          disabled={toWrite === 0}
          onClick={onImport}
        >
          {t('imports.preview.import', { n: count(toWrite) })}
        </Button>
      </Group>
    </Stack>
  );
}
