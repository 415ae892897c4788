import { Badge, Button, Group, Modal, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorRow } from '@shared/contract';
import { useCan, useSession } from '../../app/session';
import { EditButton } from '../../components/EditButton';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { OperatorEditForm } from './OperatorEditForm';
import { OperatorForm } from './OperatorForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { useOperators } from './queries';

type Editing = { kind: 'edit' | 'reset'; operator: OperatorRow } | null;

export function OperatorsPanel() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const session = useSession();
  const operators = useOperators();
  const canCreate = useCan('operators.create');
  const canManage = useCan('operators.update');
  const [opened, { open, close }] = useDisclosure(false);
  const [editing, setEditing] = useState<Editing>(null);
  const stopEditing = () => setEditing(null);
  return (
    <Paper withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} fz={20}>
          {t('operators.title')}
        </Title>
        {canCreate ? (
          <Button variant="light" leftSection={<IconPlus size={18} />} onClick={open}>
            {t('operators.create')}
          </Button>
        ) : null}
      </Group>
      <DataTable<OperatorRow>
        minHeight={120}
        withTableBorder={false}
        striped
        fetching={operators.isPending}
        records={operators.data ?? []}
        noRecordsText={operators.isError ? errorText(operators.error) : t('common.none')}
        // A disabled operator stays in the list (their name is in the history), greyed out.
        rowStyle={(row) => (row.active ? undefined : { color: 'var(--mantine-color-dimmed)' })}
        columns={[
          {
            accessor: 'fullName',
            title: t('operators.fullName'),
            noWrap: true,
            render: (row) => (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" inherit>
                  {row.fullName}
                </Text>
                {row.id === session.operatorId ? (
                  <Badge size="xs" variant="outline" miw="max-content">
                    {t('operatorAdmin.you')}
                  </Badge>
                ) : null}
              </Group>
            ),
          },
          { accessor: 'username', title: t('operators.username') },
          { accessor: 'role', title: t('operators.role'), render: (row) => t(`roles.${row.role}`) },
          {
            accessor: 'active',
            title: t('operators.colStatus'),
            noWrap: true,
            render: (row) => (
              <Badge color={row.active ? 'teal' : 'gray'} variant={row.active ? 'light' : 'filled'} miw="max-content">
                {row.active ? t('operators.active') : t('operators.inactive')}
              </Badge>
            ),
          },
          {
            accessor: 'createdAt',
            title: t('operators.colSince'),
            noWrap: true,
            render: (row) => formatDate(row.createdAt),
          },
          ...(canManage
            ? [
                {
                  accessor: 'actions',
                  title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
                  textAlign: 'right' as const,
                  noWrap: true,
                  render: (row: OperatorRow) => (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditButton name={row.fullName} onClick={() => setEditing({ kind: 'edit', operator: row })} />
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconKey size={14} />}
                        aria-label={`${t('operatorAdmin.resetPassword')} ${row.fullName}`}
                        onClick={() => setEditing({ kind: 'reset', operator: row })}
                      >
                        {t('operatorAdmin.resetPassword')}
                      </Button>
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal opened={opened} onClose={close} title={t('operators.createTitle')} size="lg">
        <OperatorForm onDone={close} />
      </Modal>
      <Modal
        opened={editing?.kind === 'edit'}
        onClose={stopEditing}
        title={t('operatorAdmin.editTitle', { username: editing?.operator.username ?? '' })}
      >
        {editing?.kind === 'edit' ? <OperatorEditForm operator={editing.operator} onDone={stopEditing} /> : null}
      </Modal>
      <Modal
        opened={editing?.kind === 'reset'}
        onClose={stopEditing}
        title={t('operatorAdmin.resetTitle', { username: editing?.operator.username ?? '' })}
        size="lg"
      >
        {editing?.kind === 'reset' ? <ResetPasswordForm operator={editing.operator} onDone={stopEditing} /> : null}
      </Modal>
    </Paper>
  );
}
