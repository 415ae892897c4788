import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUp } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { OutcomeBadge } from './StatusBadges';

/** What a follow-up found, in one line: where and as what, or which business; then the notes. */
function FollowUpDetails({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const facts = [
    followUp.employer,
    followUp.businessType,
    followUp.jobTitle,
    followUp.sector ? t(`graduates.sector.${followUp.sector}`) : '',
    followUp.employmentKind ? t(`graduates.employmentKind.${followUp.employmentKind}`) : '',
    followUp.incomeBand ? t(`graduates.incomeBand.${followUp.incomeBand}`) : '',
  ].filter((fact) => fact !== '');
  return (
    <Stack gap={0}>
      <Text size="sm">
        {followUp.companyId !== null && followUp.employer ? (
          <>
            <Anchor component={Link} to={`/companies/${followUp.companyId}`} size="sm">
              {followUp.employer}
            </Anchor>
            {facts.length > 1 ? ` · ${facts.slice(1).join(' · ')}` : ''}
          </>
        ) : facts.length > 0 ? (
          facts.join(' · ')
        ) : (
          t('common.none')
        )}
      </Text>
      {followUp.notes ? (
        <Text size="xs" c="dimmed">
          {followUp.notes}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Every contact with the graduate, newest first (the first one is the current status). */
export function FollowUpHistory({ followUps }: { followUps: FollowUp[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} fz={20} mb="md">
        {t('graduates.detail.history')}
      </Title>
      <DataTable<FollowUp>
        striped
        verticalSpacing="sm"
        minHeight={followUps.length === 0 ? 120 : undefined}
        records={followUps}
        noRecordsText={t('graduates.detail.noHistory')}
        columns={[
          {
            accessor: 'contactedOn',
            title: t('graduates.form.contactedOn'),
            noWrap: true,
            render: (row) => (
              <Stack gap={0}>
                <Text size="sm">{formatDate(row.contactedOn)}</Text>
                {row.roundMonths !== null ? (
                  <Text size="xs" c="dimmed">
                    {t('graduates.round.month', { months: row.roundMonths })}
                  </Text>
                ) : null}
              </Stack>
            ),
          },
          {
            accessor: 'channel',
            title: t('graduates.form.channel'),
            render: (row) => t(`graduates.channel.${row.channel}`),
          },
          {
            accessor: 'outcome',
            title: t('graduates.form.outcome'),
            noWrap: true,
            render: (row) => <OutcomeBadge outcome={row.outcome} />,
          },
          {
            accessor: 'details',
            title: t('graduates.detail.details'),
            render: (row) => <FollowUpDetails followUp={row} />,
          },
          { accessor: 'operatorName', title: t('graduates.detail.operator') },
        ]}
      />
    </Paper>
  );
}
