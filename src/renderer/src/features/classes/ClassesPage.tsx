import { Anchor, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ClassSummary } from '@shared/contract';
import { CLASS_STATUSES, type ClassStatus } from '@shared/domain';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { usePrograms } from '../programs/queries';
import { ClassForm } from './ClassForm';
import { ClassStatusBadge } from './ClassStatusBadge';
import { ClassWarningsPanel } from './ClassWarningsPanel';
import { PlaceText } from './PlaceText';
import { useClasses } from './queries';
import { SeatsCell } from './SeatsCell';

export function ClassesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const canCreate = useCan('classes.create');
  const programs = usePrograms();
  const [status, setStatus] = useState<ClassStatus | null>(null);
  const classes = useClasses(status ?? undefined);
  const [creating, setCreating] = useState(false);
  const noPrograms = programs.isSuccess && programs.data.length === 0;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('classes.title')}
        actions={
          canCreate ? (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setCreating(true)}
              disabled={noPrograms}
              autoFocus
              data-autofocus
            >
              {t('classes.create')}
            </Button>
          ) : null
        }
      />
      {canCreate && noPrograms ? (
        <Text c="dimmed">
          <Anchor component={Link} to="/programs">
            {t('classes.needProgram')}
          </Anchor>
        </Text>
      ) : null}
      <ClassWarningsPanel />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Group>
            <Select<ClassStatus>
              label={t('classes.filterStatus')}
              placeholder={t('classes.allStatuses')}
              clearable
              w={240}
              value={status}
              onChange={setStatus}
              data={CLASS_STATUSES.map((value) => ({ value, label: t(`classStatus.${value}`) }))}
            />
          </Group>
          <DataTable<ClassSummary>
            minHeight={160}
            striped
            highlightOnHover
            verticalSpacing="sm"
            fetching={classes.isPending}
            records={classes.data ?? []}
            noRecordsText={classes.isError ? errorText(classes.error) : t('classes.empty')}
            rowClassName={() => 'pelita-clickable-row'}
            onRowClick={({ record }) => void navigate(`/classes/${record.id}`)}
            columns={[
              {
                accessor: 'name',
                title: t('classes.name'),
                // The programme goes under the class name: one column fewer keeps the table readable at 1280 px.
                render: (row) => (
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      to={`/classes/${row.id}`}
                      fw={600}
                      onClick={(event) => event.stopPropagation()}
                    >
                      {row.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.programName}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'fundingSource',
                title: t('classes.fundingSource'),
                render: (row) => (
                  <Stack gap={0}>
                    <Text size="sm">{t(`fundingSource.${row.fundingSource}`)}</Text>
                    {row.sponsorName ? (
                      <Text size="xs" c="dimmed">
                        {row.sponsorName}
                      </Text>
                    ) : null}
                  </Stack>
                ),
              },
              { accessor: 'place', title: t('classes.place'), render: (row) => <PlaceText place={row.place} /> },
              {
                accessor: 'startDate',
                title: t('classes.colDates'),
                render: (row) => (
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(row.startDate)} –
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(row.endDate)}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'status',
                title: t('classes.status'),
                noWrap: true,
                render: (row) => <ClassStatusBadge status={row.status} />,
              },
              {
                accessor: 'seatsTaken',
                title: t('classes.colSeats'),
                render: (row) => (
                  <Stack gap={2}>
                    <SeatsCell taken={row.seatsTaken} quota={row.quota} />
                    {row.belowMinimum ? (
                      <Text size="xs" c="orange.9">
                        {t('classes.belowMinimumShort', { count: row.minToOpen })}
                      </Text>
                    ) : null}
                  </Stack>
                ),
              },
              { accessor: 'reserveCount', title: t('classes.colReserves'), textAlign: 'right' },
            ]}
          />
        </Stack>
      </Paper>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('classes.createTitle')} size="lg">
        <ClassForm
          klass={null}
          onDone={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/classes/${saved.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
