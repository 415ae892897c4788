import { Badge, Button, Group, Modal, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instructor, InstructorCertificate } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { CertificateBadge } from './CertificateBadge';
import { InstructorForm } from './InstructorForm';
import { useInstructors } from './queries';
import { WarningsPanel } from './WarningsPanel';
import { EditButton } from '../../components/EditButton';

function certificateCell(certificate: InstructorCertificate | null) {
  return certificate ? (
    <CertificateBadge state={certificate.state} daysLeft={certificate.daysLeft} expiresOn={certificate.expiresOn} />
  ) : (
    <CertificateBadge state="missing" daysLeft={null} expiresOn={null} />
  );
}

export function InstructorsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [includeInactive, setIncludeInactive] = useState(false);
  const instructors = useInstructors(includeInactive);
  const canEdit = useCan('instructors.create');
  // undefined: closed; null: a new instructor; an Instructor: editing them.
  const [editing, setEditing] = useState<Instructor | null | undefined>(undefined);
  const openById = (id: number) => {
    const found = instructors.data?.find((instructor) => instructor.id === id);
    if (found && canEdit) setEditing(found);
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={t('instructors.title')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)} autoFocus data-autofocus>
              {t('instructors.create')}
            </Button>
          ) : null
        }
      />
      <WarningsPanel onOpen={openById} />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Switch
            label={t('instructors.includeInactive')}
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          />
          <DataTable<Instructor>
            minHeight={160}
            striped
            verticalSpacing="sm"
            fetching={instructors.isPending}
            records={instructors.data ?? []}
            noRecordsText={instructors.isError ? errorText(instructors.error) : t('instructors.empty')}
            columns={[
              {
                accessor: 'fullName',
                title: t('instructors.fullName'),
                render: (row) => (
                  <Stack gap={0}>
                    <Group gap={6}>
                      <Text fw={600}>{row.fullName}</Text>
                      {row.active ? null : (
                        <Badge size="xs" color="gray" variant="outline">
                          {t('places.inactive')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {row.phone}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'employerName',
                title: t('instructors.employer'),
                render: (row) =>
                  row.employerKind === 'blk' ? (
                    <Badge variant="light">{t('instructors.employerKind.blk')}</Badge>
                  ) : (
                    <Text size="sm">{row.employerName}</Text>
                  ),
              },
              {
                accessor: 'trades',
                title: t('instructors.trades'),
                render: (row) =>
                  row.trades.length > 0 ? (
                    <Group gap={4}>
                      {row.trades.map((trade) => (
                        <Badge key={trade} variant="outline" color="gray" styles={{ label: { textTransform: 'none' } }}>
                          {trade}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    t('common.none')
                  ),
              },
              {
                accessor: 'competency',
                title: t('instructorCert.kind.competency'),
                render: (row) => certificateCell(row.competency),
              },
              {
                accessor: 'methodology',
                title: t('instructorCert.kind.methodology'),
                render: (row) => certificateCell(row.methodology),
              },
              ...(canEdit
                ? [
                    {
                      accessor: 'actions',
                      title: t('common.actions'),
                      render: (row: Instructor) => <EditButton name={row.fullName} onClick={() => setEditing(row)} />,
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('instructors.editTitle') : t('instructors.createTitle')}
        size="xl"
      >
        {editing !== undefined ? <InstructorForm instructor={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
    </Stack>
  );
}
