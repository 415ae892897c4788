import { ActionIcon, Anchor, Badge, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconDots } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassSummary, RosterRow } from '@shared/contract';
import { ENROLMENT_TRANSITIONS, TRAINEE_STATUSES, TRANSFERABLE_STATUSES } from '@shared/domain';
import { useCan } from '../../app/session';
import { useFormatDateTime } from '../../lib/dates';
import { AttendancePct } from '../attendance/AttendancePct';
import { EnrolmentStatusBadge } from '../enrolments/EnrolmentStatusBadge';
import { ReceiptIconButton } from '../enrolments/ReceiptButton';
import { StatusChangeModal, type StatusChange } from './StatusChangeModal';
import { TransferModal } from './TransferModal';

function RowActions({
  row,
  onChange,
  onTransfer,
}: {
  row: RosterRow;
  onChange: (change: StatusChange) => void;
  onTransfer: ((row: RosterRow) => void) | null;
}) {
  const { t } = useTranslation();
  const next = ENROLMENT_TRANSITIONS[row.status];
  const canTransfer = onTransfer !== null && TRANSFERABLE_STATUSES.includes(row.status);
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <ReceiptIconButton enrolmentId={row.enrolmentId} fullName={row.fullName} />
      {next.length > 0 || canTransfer ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="light" size="lg" aria-label={t('roster.actionsFor', { fullName: row.fullName })}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {next.length > 0 ? <Menu.Label>{t('roster.changeStatus')}</Menu.Label> : null}
            {next.map((status) => (
              <Menu.Item
                key={status}
                color={['rejected', 'withdrawn', 'dropped_out'].includes(status) ? 'red' : undefined}
                onClick={() => onChange({ row, status })}
              >
                {t(`statusAction.${status}`)}
              </Menu.Item>
            ))}
            {canTransfer ? (
              <>
                {next.length > 0 ? <Menu.Divider /> : null}
                <Menu.Item leftSection={<IconArrowsExchange size={16} />} onClick={() => onTransfer?.(row)}>
                  {t('transfer.action')}
                </Menu.Item>
              </>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Group>
  );
}

/** The class roster: seat holders, then the reserve list in order, then those who left. */
export function RosterTable({ klass, roster }: { klass: ClassSummary; roster: RosterRow[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const canAct = useCan('enrolments.setStatus');
  const canTransfer = useCan('enrolments.transfer');
  const [change, setChange] = useState<StatusChange | null>(null);
  const [moving, setMoving] = useState<RosterRow | null>(null);
  return (
    <>
      <DataTable<RosterRow>
        minHeight={roster.length === 0 ? 140 : undefined}
        striped
        verticalSpacing="sm"
        idAccessor="enrolmentId"
        records={roster}
        noRecordsText={t('classes.rosterEmpty')}
        columns={[
          {
            accessor: 'registrationNo',
            title: t('roster.registrationNo'),
            noWrap: true,
            render: (row) => (
              <Text ff="monospace" size="sm">
                {row.registrationNo}
              </Text>
            ),
          },
          {
            accessor: 'fullName',
            title: t('roster.name'),
            render: (row) => (
              <Stack gap={4}>
                <Anchor component={Link} to={`/participants/${row.participantId}`} fw={600}>
                  {row.fullName}
                </Anchor>
                {row.overrides.map((override) => (
                  <Text key={override.rule} size="xs" c="orange.9">
                    {t('roster.overridden')} —{' '}
                    {t('roster.overrideItem', { rule: t(`ruleName.${override.rule}`), reason: override.reason })}
                  </Text>
                ))}
              </Stack>
            ),
          },
          {
            accessor: 'nik',
            title: t('roster.nik'),
            render: (row) => (
              <Text ff="monospace" size="sm">
                {row.nik}
              </Text>
            ),
          },
          { accessor: 'phone', title: t('roster.phone') },
          {
            accessor: 'status',
            title: t('roster.status'),
            width: 250,
            render: (row) => (
              <Group gap={6}>
                <EnrolmentStatusBadge status={row.status} rank={row.reserveRank} />
                {row.outcomeOverride ? (
                  <Tooltip
                    multiline
                    w={280}
                    label={t('outcome.overrideReason', { reason: row.outcomeOverride.reason })}
                  >
                    <Badge color="violet" variant="outline" styles={{ label: { textTransform: 'none' } }}>
                      {t('outcome.overrideBadge', { status: t(`enrolmentStatus.${row.outcomeOverride.status}`) })}
                    </Badge>
                  </Tooltip>
                ) : null}
                {row.offeredAt && row.status === 'registered' ? (
                  <Tooltip label={t('roster.offeredHint', { at: formatDateTime(row.offeredAt) })}>
                    <Badge color="orange" variant="filled">
                      {t('roster.offered')}
                    </Badge>
                  </Tooltip>
                ) : null}
              </Group>
            ),
          },
          {
            accessor: 'attendancePct',
            title: t('attendance.tab'),
            render: (row) =>
              TRAINEE_STATUSES.includes(row.status) ? (
                <AttendancePct attendancePct={row.attendancePct} belowMinimum={row.belowMinAttendance} />
              ) : null,
          },
          ...(canAct
            ? [
                {
                  accessor: 'actions',
                  title: t('common.actions'),
                  textAlign: 'right' as const,
                  render: (row: RosterRow) => (
                    <RowActions row={row} onChange={setChange} onTransfer={canTransfer ? setMoving : null} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <StatusChangeModal change={change} onClose={() => setChange(null)} />
      <TransferModal klass={klass} row={moving} onClose={() => setMoving(null)} />
    </>
  );
}
