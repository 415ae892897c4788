import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary, ScheduledSession } from '@shared/contract';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { useErrorText } from '../../lib/errors';
import { callOptions } from '../../lib/query';
import { GenerateForm } from './GenerateForm';
import { PrintTimetable } from './PrintTimetable';
import { useSessions } from './queries';
import { ScheduleSummary } from './ScheduleSummary';
import { SessionForm } from './SessionForm';
import { SessionsTable } from './SessionsTable';

/** A class's sessions are all inside its period, but a wide range keeps any that a date change left outside. */
const ALL_TIME = { from: '2000-01-01', to: '2100-12-31' } as const;

/** The class page's Jadwal tab: how much is scheduled, automatic generation, and the session list. */
export function ScheduleTab({ klass }: { klass: ClassSummary }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canGenerate = useCan('sessions.generate');
  const canCreate = useCan('sessions.create');
  const program = useQuery(callOptions('programs.get', { id: klass.programId }));
  const sessions = useSessions({ ...ALL_TIME, classId: klass.id });
  const [generating, setGenerating] = useState(false);
  // undefined: closed; null: a new session; a session: editing it.
  const [editing, setEditing] = useState<ScheduledSession | null | undefined>(undefined);
  const rows = sessions.data ?? [];
  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg">
        <QueryState query={program}>
          {(data) => <ScheduleSummary totalJp={data.totalJp} units={data.units} sessions={rows} />}
        </QueryState>
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={2} fz="lg">
              {t('schedule.sessionsTitle')}
            </Title>
            <Group gap="sm">
              {canGenerate ? (
                <Button leftSection={<IconCalendarPlus size={18} />} onClick={() => setGenerating(true)}>
                  {t('schedule.generate.open')}
                </Button>
              ) : null}
              {canCreate ? (
                <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
                  {t('schedule.add')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <PrintTimetable classId={klass.id} sessionDates={rows.map((session) => session.date)} />
          <SessionsTable
            sessions={rows}
            fetching={sessions.isPending}
            emptyText={sessions.isError ? errorText(sessions.error) : t('schedule.empty')}
            onEdit={setEditing}
          />
          {canGenerate ? null : (
            <Text size="sm" c="dimmed">
              {t('common.readOnly')}
            </Text>
          )}
        </Stack>
      </Paper>
      <Modal opened={generating} onClose={() => setGenerating(false)} title={t('schedule.generate.title')} size="xl">
        {generating ? <GenerateForm klass={klass} onDone={() => setGenerating(false)} /> : null}
      </Modal>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t('schedule.form.editTitle') : t('schedule.form.createTitle')}
        size="xl"
      >
        {editing !== undefined ? (
          <SessionForm session={editing} classId={klass.id} onDone={() => setEditing(undefined)} />
        ) : null}
      </Modal>
    </Stack>
  );
}
