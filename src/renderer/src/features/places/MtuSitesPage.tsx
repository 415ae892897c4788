import { Button, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtuSite } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { ActiveBadge } from './ActiveBadge';
import { MtuSiteForm } from './MtuSiteForm';
import { useMtuSites } from './queries';
import { EditButton } from '../../components/EditButton';

/** Village halls, pesantren and the like where the Mobile Training Unit holds classes. */
export function MtuSitesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const sites = useMtuSites();
  const canEdit = useCan('mtuSites.create');
  const [editing, setEditing] = useState<MtuSite | null | undefined>(undefined);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('mtuSites.title')}
        subtitle={t('mtuSites.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)} autoFocus data-autofocus>
              {t('mtuSites.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <DataTable<MtuSite>
          minHeight={160}
          striped
          verticalSpacing="sm"
          fetching={sites.isPending}
          records={sites.data ?? []}
          noRecordsText={sites.isError ? errorText(sites.error) : t('mtuSites.empty')}
          columns={[
            {
              accessor: 'name',
              title: t('mtuSites.name'),
              render: (row) => (
                <Stack gap={0}>
                  <Text fw={600}>{row.name}</Text>
                  {row.address ? (
                    <Text size="xs" c="dimmed">
                      {row.address}
                    </Text>
                  ) : null}
                </Stack>
              ),
            },
            { accessor: 'village', title: t('mtuSites.village') },
            { accessor: 'district', title: t('mtuSites.district') },
            {
              accessor: 'contactName',
              title: t('mtuSites.contact'),
              render: (row) => [row.contactName, row.contactPhone].filter(Boolean).join(' · ') || t('common.none'),
            },
            { accessor: 'active', title: t('places.status'), render: (row) => <ActiveBadge active={row.active} /> },
            ...(canEdit
              ? [
                  {
                    accessor: 'actions',
                    title: t('common.actions'),
                    render: (row: MtuSite) => <EditButton name={row.name} onClick={() => setEditing(row)} />,
                  },
                ]
              : []),
          ]}
        />
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('mtuSites.editTitle') : t('mtuSites.createTitle')}
        size="lg"
      >
        {editing !== undefined ? <MtuSiteForm site={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
    </Stack>
  );
}
