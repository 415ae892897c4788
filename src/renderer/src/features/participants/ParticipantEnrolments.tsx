import { Anchor } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantEnrolment } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { EnrolmentStatusBadge } from '../enrolments/EnrolmentStatusBadge';

export function ParticipantEnrolments({ enrolments }: { enrolments: ParticipantEnrolment[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataTable<ParticipantEnrolment>
      minHeight={enrolments.length === 0 ? 120 : undefined}
      striped
      idAccessor="enrolmentId"
      records={enrolments}
      noRecordsText={t('participant.noEnrolments')}
      columns={[
        { accessor: 'registrationNo', title: t('participants.colRegistrationNo') },
        {
          accessor: 'className',
          title: t('participants.colClass'),
          render: (row) => (
            <Anchor component={Link} to={`/classes/${row.classId}`}>
              {row.className}
            </Anchor>
          ),
        },
        { accessor: 'programName', title: t('classes.program') },
        {
          accessor: 'startDate',
          title: t('participants.colDates'),
          render: (row) => t('classes.dateRange', { start: formatDate(row.startDate), end: formatDate(row.endDate) }),
        },
        {
          accessor: 'status',
          title: t('participants.colStatus'),
          render: (row) => <EnrolmentStatusBadge status={row.status} rank={row.reserveRank} />,
        },
      ]}
    />
  );
}
