import { Anchor, SimpleGrid, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconCertificate2,
  IconPackage,
  IconSchool,
  IconUserSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Today } from '@shared/contract/dashboard';
import { useFormatDate } from '../../lib/dates';
import { useStockFormat } from '../equipment/useStockFormat';
import { TodayCard, TodayList, TodayRow } from './TodayCard';

/** How many rows a card lists before "dan 3 lainnya": six cards must fit a 1366 × 900 screen. */
const ROWS_PER_CARD = 3;

/** What needs the front desk today, one card per kind of work, each leading to its full list. */
export function TodayPanel({ today }: { today: Today }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const stock = useStockFormat();
  const { classesRunning, sessionsToday, followUpsDue, overdueLoans, expiringCertificates, lowConsumables } = today;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <TodayCard
        title={t('dashboard.today.sessionsToday')}
        icon={IconCalendarEvent}
        color="pelita"
        count={sessionsToday.length}
        emptyText={t('dashboard.today.sessionsTodayNone')}
        to="/calendar"
      >
        <TodayList total={sessionsToday.length}>
          {sessionsToday.slice(0, ROWS_PER_CARD).map((session) => (
            <TodayRow
              key={session.id}
              primary={
                <>
                  {`${session.startTime}–${session.endTime} `}
                  <Anchor component={Link} to={`/classes/${session.classId}`} inherit>
                    {session.className}
                  </Anchor>
                </>
              }
              detail={session.placeName ?? t('dashboard.today.noPlace')}
            />
          ))}
        </TodayList>
      </TodayCard>
      <TodayCard
        title={t('dashboard.today.classesRunning')}
        icon={IconSchool}
        color="pelita"
        count={classesRunning.length}
        emptyText={t('dashboard.today.classesRunningNone')}
        to="/classes"
      >
        <TodayList total={classesRunning.length}>
          {classesRunning.slice(0, ROWS_PER_CARD).map((klass) => (
            <TodayRow
              key={klass.id}
              primary={
                <Anchor component={Link} to={`/classes/${klass.id}`} inherit>
                  {klass.name}
                </Anchor>
              }
              detail={t('dashboard.today.classLine', {
                program: klass.programName,
                trainees: klass.trainees,
                endDate: formatDate(klass.endDate),
              })}
            />
          ))}
        </TodayList>
      </TodayCard>
      <TodayCard
        title={t('dashboard.today.followUpsDue')}
        icon={IconUserSearch}
        color="orange"
        count={followUpsDue}
        emptyText={t('dashboard.today.followUpsDueNone')}
        to="/follow-ups"
        linkLabel={t('dashboard.today.openFollowUps')}
      >
        <Text fw={600}>{t('dashboard.today.followUpsDueCount', { count: followUpsDue })}</Text>
      </TodayCard>
      <TodayCard
        title={t('dashboard.today.overdueLoans')}
        icon={IconAlertTriangle}
        color="red"
        count={overdueLoans.count}
        emptyText={t('dashboard.today.overdueLoansNone')}
        to="/loans"
      >
        <TodayList total={overdueLoans.count}>
          {overdueLoans.rows.slice(0, ROWS_PER_CARD).map((loan) => (
            <TodayRow
              key={loan.id}
              primary={
                <Anchor component={Link} to={`/loans/${loan.id}`} inherit>
                  {loan.borrower}
                </Anchor>
              }
              detail={t('dashboard.today.loanLine', { items: loan.openCount, days: loan.daysOverdue })}
            />
          ))}
        </TodayList>
      </TodayCard>
      <TodayCard
        title={t('dashboard.today.expiringCertificates')}
        icon={IconCertificate2}
        color="red"
        count={expiringCertificates.length}
        emptyText={t('dashboard.today.expiringCertificatesNone')}
        to="/instructors"
      >
        <TodayList total={expiringCertificates.length}>
          {expiringCertificates.slice(0, ROWS_PER_CARD).map((certificate) => (
            <TodayRow
              key={`${certificate.instructorId}-${certificate.kind}`}
              primary={certificate.fullName}
              detail={
                <Text span inherit c={certificate.expired ? 'red.8' : undefined}>
                  {`${t(`instructorCert.kind.${certificate.kind}`)} · ${t(
                    certificate.expired ? 'dashboard.today.certificateExpired' : 'dashboard.today.certificateExpiring',
                    { date: formatDate(certificate.expiresOn) },
                  )}`}
                </Text>
              }
            />
          ))}
        </TodayList>
      </TodayCard>
      <TodayCard
        title={t('dashboard.today.lowConsumables')}
        icon={IconPackage}
        color="orange"
        count={lowConsumables.length}
        emptyText={t('dashboard.today.lowConsumablesNone')}
        to="/consumables"
      >
        <TodayList total={lowConsumables.length}>
          {lowConsumables.slice(0, ROWS_PER_CARD).map((consumable) => (
            <TodayRow
              key={consumable.id}
              primary={consumable.name}
              detail={t('dashboard.today.stockLine', {
                stock: stock.amount(consumable.stock, consumable.unit),
                lowStock: stock.amount(consumable.lowStock, consumable.unit),
              })}
            />
          ))}
        </TodayList>
      </TodayCard>
    </SimpleGrid>
  );
}
