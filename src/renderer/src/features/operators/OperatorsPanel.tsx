import { Badge, Button, Group, Modal, Paper, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { OperatorForm } from './OperatorForm';
import { useOperators } from './queries';

export function OperatorsPanel() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const operators = useOperators();
  const canCreate = useCan('operators.create');
  const [opened, { open, close }] = useDisclosure(false);
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
      <DataTable
        minHeight={120}
        withTableBorder={false}
        striped
        fetching={operators.isPending}
        records={operators.data ?? []}
        noRecordsText={operators.isError ? errorText(operators.error) : t('common.none')}
        columns={[
          { accessor: 'fullName', title: t('operators.fullName') },
          { accessor: 'username', title: t('operators.username') },
          { accessor: 'role', title: t('operators.role'), render: (row) => t(`roles.${row.role}`) },
          {
            accessor: 'active',
            title: t('operators.colStatus'),
            render: (row) => (
              <Badge color={row.active ? 'teal' : 'gray'} variant="light">
                {row.active ? t('operators.active') : t('operators.inactive')}
              </Badge>
            ),
          },
          { accessor: 'createdAt', title: t('operators.colSince'), render: (row) => formatDate(row.createdAt) },
        ]}
      />
      <Modal opened={opened} onClose={close} title={t('operators.createTitle')} size="lg">
        <OperatorForm onDone={close} />
      </Modal>
    </Paper>
  );
}
