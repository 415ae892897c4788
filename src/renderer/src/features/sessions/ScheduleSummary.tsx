import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyUnit, ScheduledSession } from '@shared/contract';
import { scheduledJpByUnit } from './sessionValues';

/** How much of the programme the timetable holds: in total, and unit by unit in teaching order. */
export function ScheduleSummary({
  totalJp,
  units,
  sessions,
}: {
  totalJp: number;
  units: CompetencyUnit[];
  sessions: ScheduledSession[];
}) {
  const { t } = useTranslation();
  const scheduled = sessions.reduce((sum, session) => sum + session.jp, 0);
  const byUnit = scheduledJpByUnit(sessions);
  const percent = totalJp > 0 ? Math.min(100, Math.round((scheduled / totalJp) * 100)) : 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Text fw={600} size="lg">
          {t('schedule.summary.total', { scheduled, total: totalJp })}
        </Text>
        <Text size="sm" c={scheduled >= totalJp ? 'teal' : 'dimmed'}>
          {scheduled >= totalJp
            ? t('schedule.summary.complete')
            : t('schedule.summary.left', { jp: totalJp - scheduled, count: sessions.length })}
        </Text>
      </Group>
      <Progress
        value={percent}
        color={scheduled >= totalJp ? 'teal' : 'blue'}
        aria-label={t('schedule.summary.total', { scheduled, total: totalJp })}
      />
      {units.length > 0 ? (
        <Table verticalSpacing={4} aria-label={t('schedule.summary.unitsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('schedule.summary.unit')}</Table.Th>
              <Table.Th ta="right">{t('schedule.summary.unitJp')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((unit) => {
              const done = byUnit.get(unit.id) ?? 0;
              return (
                <Table.Tr key={unit.id}>
                  <Table.Td>
                    <Text size="sm">
                      <Text span size="sm" fw={500}>
                        {unit.code}
                      </Text>{' '}
                      {unit.title}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" c={done >= unit.jp ? 'teal' : done > 0 ? undefined : 'dimmed'} fw={500}>
                      {t('schedule.summary.of', { done, total: unit.jp })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
