import { Button, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../lib/errors';
import { ActiveBadge } from './ActiveBadge';
import { useRooms } from './queries';
import { RoomForm } from './RoomForm';
import { EditButton } from '../../components/EditButton';

/** The BLK's own workshops and classrooms, where sessions are scheduled. */
export function RoomsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rooms = useRooms();
  const canEdit = useCan('rooms.create');
  // undefined: closed; null: a new room; a Room: editing it.
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('rooms.title')}
        subtitle={t('rooms.subtitle')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)} autoFocus data-autofocus>
              {t('rooms.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="lg">
        <DataTable<Room>
          minHeight={160}
          striped
          verticalSpacing="sm"
          fetching={rooms.isPending}
          records={rooms.data ?? []}
          noRecordsText={rooms.isError ? errorText(rooms.error) : t('rooms.empty')}
          columns={[
            { accessor: 'name', title: t('rooms.name'), render: (row) => <Text fw={600}>{row.name}</Text> },
            { accessor: 'trade', title: t('rooms.trade'), render: (row) => row.trade || t('common.none') },
            {
              accessor: 'capacity',
              title: t('rooms.capacity'),
              textAlign: 'right',
              render: (row) => t('rooms.people', { count: row.capacity }),
            },
            { accessor: 'active', title: t('places.status'), render: (row) => <ActiveBadge active={row.active} /> },
            ...(canEdit
              ? [
                  {
                    accessor: 'actions',
                    title: t('common.actions'),
                    render: (row: Room) => <EditButton name={row.name} onClick={() => setEditing(row)} />,
                  },
                ]
              : []),
          ]}
        />
      </Paper>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('rooms.editTitle') : t('rooms.createTitle')}
        size="lg"
      >
        {editing !== undefined ? <RoomForm room={editing} onDone={() => setEditing(undefined)} /> : null}
      </Modal>
    </Stack>
  );
}
