import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClassSummary, RosterRow } from '@shared/contract';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { ClassForm } from './ClassForm';
import { ClassStatusBadge } from './ClassStatusBadge';
import { useClassDetail } from './queries';
import { RosterTable } from './RosterTable';
import { SeatsCell } from './SeatsCell';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" mb={4}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

function ClassView({ klass }: { klass: ClassSummary & { roster: RosterRow[] } }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canEdit = useCan('classes.update');
  const canEnrol = useCan('enrolments.enroll');
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={klass.name}
        subtitle={klass.programName}
        actions={
          <>
            {canEdit ? (
              <Button variant="light" leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>
                {t('classes.editTitle')}
              </Button>
            ) : null}
            {canEnrol && klass.status === 'open' ? (
              <Button component={Link} to="/enrol" leftSection={<IconUserPlus size={18} />}>
                {t('classes.enrolHere')}
              </Button>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('classes.colDates')}>
          <Text fw={500}>
            {t('classes.dateRange', { start: formatDate(klass.startDate), end: formatDate(klass.endDate) })}
          </Text>
        </Fact>
        <Fact label={t('classes.status')}>
          <ClassStatusBadge status={klass.status} />
        </Fact>
        <Fact label={t('classes.colSeats')}>
          <SeatsCell taken={klass.seatsTaken} quota={klass.quota} />
        </Fact>
        <Fact label={t('classes.colReserves')}>
          <Text fw={500}>{klass.reserveCount}</Text>
        </Fact>
      </SimpleGrid>
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} fz={20} mb="md">
          {t('classes.roster')}
        </Title>
        <RosterTable roster={klass.roster} />
      </Paper>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('classes.editTitle')} size="lg">
        {editing ? <ClassForm klass={klass} onDone={() => setEditing(false)} /> : null}
      </Modal>
    </Stack>
  );
}

export function ClassPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const klass = useClassDetail(id);
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/classes" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} />
            <Text span size="sm">
              {t('classes.title')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <QueryState query={klass}>{(data) => <ClassView klass={data} />}</QueryState>
    </Stack>
  );
}
