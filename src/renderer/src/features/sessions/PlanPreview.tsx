import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconBeach, IconCalendarX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SchedulePlan } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { useFormatDay, useFormatTimes } from './sessionFormat';

/**
 * What generation would write: every planned session, the holidays it stepped over, and every
 * clash (each naming the other class), so the clerk fixes them all at once rather than one by one.
 */
export function PlanPreview({ plan, classEndDate }: { plan: SchedulePlan; classEndDate: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDay = useFormatDay();
  const formatTimes = useFormatTimes();
  const clashDates = new Set(plan.clashes.map((clash) => clash.plannedDate));
  const plannedJp = plan.sessions.reduce((sum, session) => sum + session.jp, 0);
  if (plan.sessions.length === 0) {
    return (
      <Alert color="teal" variant="light">
        {t('schedule.plan.nothingLeft', { total: plan.totalJp })}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text fw={500}>
        {t('schedule.plan.summary', {
          count: plan.sessions.length,
          jp: plannedJp,
          first: formatDate(plan.sessions[0]?.date),
          last: formatDate(plan.lastDate),
        })}
      </Text>
      {plan.fitsClassPeriod ? null : (
        <Alert color="orange" variant="light" icon={<IconCalendarX size={20} />} role="alert">
          {t('schedule.plan.doesNotFit', { last: formatDate(plan.lastDate), end: formatDate(classEndDate) })}
        </Alert>
      )}
      {plan.clashes.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          role="alert"
          title={t('schedule.plan.clashesTitle', { count: plan.clashes.length })}
        >
          <List size="sm" spacing={4}>
            {plan.clashes.map((clash, index) => (
              <List.Item key={index}>
                {t('schedule.clash', {
                  date: formatDay(clash.plannedDate),
                  times: formatTimes(clash.startTime, clash.endTime),
                  kind: t(`schedule.clashKind.${clash.kind}`),
                  resource: clash.resourceName,
                  className: clash.otherClassName,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {plan.skippedHolidays.length > 0 ? (
        <Alert color="blue" variant="light" icon={<IconBeach size={20} />} title={t('schedule.plan.holidaysTitle')}>
          <List size="sm" spacing={2}>
            {plan.skippedHolidays.map((holiday) => (
              <List.Item key={holiday.date}>
                {formatDay(holiday.date)} — {holiday.name}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={640} maxHeight={360}>
        <Table striped stickyHeader verticalSpacing={6} aria-label={t('schedule.plan.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('schedule.col.date')}</Table.Th>
              <Table.Th>{t('schedule.col.time')}</Table.Th>
              <Table.Th ta="right">{t('schedule.col.jp')}</Table.Th>
              <Table.Th>{t('schedule.col.units')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.sessions.map((session) => (
              <Table.Tr key={session.date} bg={clashDates.has(session.date) ? 'red.0' : undefined}>
                <Table.Td>{formatDay(session.date)}</Table.Td>
                <Table.Td>{formatTimes(session.startTime, session.endTime)}</Table.Td>
                <Table.Td ta="right">{session.jp}</Table.Td>
                <Table.Td>
                  {session.units.map((unit) => (
                    <Text key={unit.unitId} size="sm">
                      {unit.code} ({t('schedule.jpShort', { jp: unit.jp })})
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
