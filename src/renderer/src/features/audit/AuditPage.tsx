import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronRight, IconFilterOff } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryRow } from '@shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDateTime } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { AuditDiff } from './AuditDiff';
import { AuditFilters, type AuditFilterValues, NO_FILTERS, readFilters } from './AuditFilters';
import { useAuditLog } from './queries';
import { usePagedTable } from '../../components/pagedTable';

const PAGE_SIZE = 25;

/** Jejak Audit: every write, newest first, filtered by who, when and what; a row opens its before/after. */
export function AuditPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const errorText = useErrorText();
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTERS);
  // Typed fields (dates, record number) ask main once the typing pauses, not per keystroke.
  const [debounced] = useDebouncedValue(values, 250);
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<number[]>([]);
  const { filters } = readFilters(debounced);
  const log = useAuditLog({ ...filters, page, pageSize: PAGE_SIZE });
  const result = log.data;
  const filtering = JSON.stringify(values) !== JSON.stringify(NO_FILTERS);
  const applyFilters = (next: AuditFilterValues) => {
    setValues(next);
    setPage(1);
    setExpanded([]);
  };
  const toggle = (id: number) =>
    setExpanded((open) => (open.includes(id) ? open.filter((other) => other !== id) : [...open, id]));

  const pagedTable = usePagedTable(log, {
    page,
    onPageChange: (next) => {
      setPage(next);
      setExpanded([]);
    },
    pageSize: PAGE_SIZE,
  });
  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <AuditFilters value={values} onChange={applyFilters} />
          <Group justify="space-between" mih={36}>
            <Text c="dimmed" size="sm" data-testid="audit-total">
              {result?.capped
                ? t('audit.totalCapped', { count: result.total })
                : t('audit.total', { count: result?.total ?? 0 })}
            </Text>
            {filtering ? (
              <Button
                variant="subtle"
                color="gray"
                size="sm"
                leftSection={<IconFilterOff size={16} />}
                onClick={() => applyFilters(NO_FILTERS)}
              >
                {t('audit.clearFilters')}
              </Button>
            ) : null}
          </Group>
          <DataTable<AuditEntryRow>
            {...pagedTable}
            noRecordsText={log.isError ? errorText(log.error) : t('audit.empty')}
            rowExpansion={{
              allowMultiple: true,
              expanded: {
                recordIds: expanded,
                onRecordIdsChange: (ids: unknown[]) =>
                  setExpanded(ids.filter((id): id is number => typeof id === 'number')),
              },
              content: ({ record }) => (
                <Stack p="md" bg="var(--mantine-color-body)">
                  <AuditDiff before={record.before} after={record.after} />
                </Stack>
              ),
            }}
            columns={[
              {
                accessor: 'expand',
                title: '',
                width: 44,
                render: (row) => (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('audit.showChanges')} ${row.method} #${row.id}`}
                    aria-expanded={expanded.includes(row.id)}
                    onClick={(event) => {
                      // The row's own click toggles too; one toggle per press.
                      event.stopPropagation();
                      toggle(row.id);
                    }}
                  >
                    <IconChevronRight
                      size={16}
                      style={{
                        transform: expanded.includes(row.id) ? 'rotate(90deg)' : undefined,
                        transition: 'transform 120ms',
                      }}
                    />
                  </ActionIcon>
                ),
              },
              {
                accessor: 'at',
                title: t('audit.col.at'),
                noWrap: true,
                render: (row) => formatDateTime(row.at),
              },
              {
                accessor: 'operatorName',
                title: t('audit.col.operator'),
                render: (row) =>
                  row.operatorName ?? (
                    <Text span c="dimmed" size="sm" fs="italic">
                      {t('audit.system')}
                    </Text>
                  ),
              },
              {
                accessor: 'method',
                title: t('audit.col.method'),
                render: (row) => (
                  <Text span ff="monospace" size="sm">
                    {row.method}
                  </Text>
                ),
              },
              {
                accessor: 'entity',
                title: t('audit.col.entity'),
                render: (row) => (
                  <Text span size="sm">
                    {t(`audit.entities.${row.entity}`, { defaultValue: row.entity })}
                    {row.entityId !== null ? (
                      <Text span c="dimmed" ff="monospace" size="sm">
                        {' '}
                        #{row.entityId}
                      </Text>
                    ) : null}
                  </Text>
                ),
              },
            ]}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
