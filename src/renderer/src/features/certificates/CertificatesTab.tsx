import { Box, Button, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconPrinter } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateRow, ClassSummary, IssueCandidate, IssueResult } from '@shared/contract';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useSingleFlight } from '../../lib/forms';
import { EnrolmentStatusBadge } from '../enrolments/EnrolmentStatusBadge';
import { CertificateStatusBadge, CopiesText } from './CertificateStatusBadge';
import { IssueSummary } from './IssueSummary';
import { useCandidates, useIssue, useIssueForClass } from './queries';
import { useCertificateActions } from './useCertificateActions';
import type { PrintRequest } from './usePrintRunner';

type Layout = PrintRequest['layout'];
type Issued = IssueCandidate & { certificate: CertificateRow };

const isPrintable = (candidate: IssueCandidate): candidate is Issued =>
  candidate.certificate !== null && candidate.certificate.revoked === null;

/** The class's certificates: issue for every graduate in one action, then print them in one go. */
export function CertificatesTab({ klass }: { klass: ClassSummary }) {
  const candidates = useCandidates(klass.id);
  return <QueryState query={candidates}>{(rows) => <CandidatesView classId={klass.id} rows={rows} />}</QueryState>;
}

function CandidatesView({ classId, rows }: { classId: number; rows: IssueCandidate[] }) {
  const { t } = useTranslation();
  const canIssue = useCan('certificates.issueForClass');
  const canPrint = useCan('certificates.startPrint');
  const issueForClass = useIssueForClass();
  const issueOne = useIssue();
  const submitClass = useSingleFlight(issueForClass);
  const submitOne = useSingleFlight(issueOne);
  const actions = useCertificateActions();
  const [summary, setSummary] = useState<IssueResult | null>(null);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [layout, setLayout] = useState<Layout>('combined');

  const printable = useMemo(() => rows.filter(isPrintable), [rows]);
  // Selection by enrolment, kept only for rows still printable after a refetch (a revoke, say).
  const selected = printable.filter((row) => selectedIds.includes(row.enrolmentId));
  // A revoked certificate can be replaced: a new serial, the old one stays revoked.
  const needsOne = (row: IssueCandidate) => row.status === 'graduated' && !isPrintable(row);
  const waiting = rows.filter(needsOne).length;

  const issueAll = () =>
    submitClass({ classId }, { onSuccess: (result) => setSummary(result), onError: () => setSummary(null) });
  const issueFor = (row: IssueCandidate) =>
    submitOne(
      { enrolmentId: row.enrolmentId },
      {
        onSuccess: (result) => {
          const made = result.issued[0] ?? result.alreadyIssued[0];
          if (made) {
            notifications.show({
              color: 'teal',
              message: t('certificates.issue.doneOne', { serial: made.serial, fullName: made.fullName }),
            });
          }
        },
      },
    );

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Text size="sm" c="dimmed" maw={560}>
              {t('certificates.tabIntro', { issued: printable.length, waiting })}
            </Text>
            {canIssue ? (
              <Button leftSection={<IconCertificate size={18} />} loading={issueForClass.isPending} onClick={issueAll}>
                {t('certificates.issue.all')}
              </Button>
            ) : null}
          </Group>
          <ErrorAlert error={issueForClass.error ?? issueOne.error} />
          {summary ? <IssueSummary result={summary} onClose={() => setSummary(null)} /> : null}
          {canPrint && printable.length > 0 ? (
            <Group gap="sm" align="center" wrap="wrap">
              <SegmentedControl
                aria-label={t('certificates.print.layout')}
                value={layout}
                onChange={(value) => setLayout(value === 'perTrainee' ? 'perTrainee' : 'combined')}
                data={[
                  { value: 'combined', label: t('certificates.print.combined') },
                  { value: 'perTrainee', label: t('certificates.print.perTrainee') },
                ]}
              />
              <Button
                leftSection={<IconPrinter size={18} />}
                disabled={selected.length === 0}
                loading={actions.printing}
                onClick={() =>
                  actions.print(
                    selected.map((row) => row.certificate),
                    layout,
                    () => setSelectedIds([]),
                  )
                }
              >
                {t('certificates.print.selected', { count: selected.length })}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <DataTable<IssueCandidate>
          minHeight={rows.length === 0 ? 140 : undefined}
          striped
          verticalSpacing="sm"
          idAccessor="enrolmentId"
          records={rows}
          noRecordsText={t('certificates.noCandidates')}
          selectedRecords={canPrint ? selected : undefined}
          onSelectedRecordsChange={
            canPrint ? (records) => setSelectedIds(records.map((row) => row.enrolmentId)) : undefined
          }
          isRecordSelectable={isPrintable}
          allRecordsSelectionCheckboxProps={{ 'aria-label': t('certificates.selectAll') }}
          getRecordSelectionCheckboxProps={(row) => ({
            'aria-label': t('certificates.selectOne', { fullName: row.fullName }),
          })}
          columns={[
            {
              accessor: 'fullName',
              title: t('roster.name'),
              // The registration number under the name leaves the name room for two lines at most.
              render: (row) => (
                <>
                  <Text fw={600}>{row.fullName}</Text>
                  <Text ff="monospace" size="xs" c="dimmed">
                    {row.registrationNo}
                  </Text>
                </>
              ),
            },
            {
              accessor: 'status',
              title: t('roster.status'),
              noWrap: true,
              // A badge may shorten its words with an ellipsis, so it would give way to the names.
              render: (row) => (
                <Box w="max-content">
                  <EnrolmentStatusBadge status={row.status} />
                </Box>
              ),
            },
            {
              accessor: 'serial',
              title: t('certificates.col.serial'),
              noWrap: true,
              render: (row) =>
                row.certificate ? (
                  <Group gap={6} wrap="nowrap">
                    <Text ff="monospace" size="sm">
                      {row.certificate.serial}
                    </Text>
                    {row.certificate.revoked ? <CertificateStatusBadge certificate={row.certificate} /> : null}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('certificates.notIssued')}
                  </Text>
                ),
            },
            {
              accessor: 'copies',
              title: t('certificates.col.copies'),
              noWrap: true,
              render: (row) =>
                row.certificate ? (
                  <Box w="max-content">
                    <CopiesText copies={row.certificate.copies} />
                  </Box>
                ) : null,
            },
            {
              accessor: 'actions',
              title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
              textAlign: 'right',
              render: (row) =>
                isPrintable(row) ? (
                  actions.rowActions(row.certificate)
                ) : canIssue && needsOne(row) ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`${t('certificates.issue.one')} ${row.fullName}`}
                    loading={issueOne.isPending && issueOne.variables.enrolmentId === row.enrolmentId}
                    onClick={() => issueFor(row)}
                  >
                    {t('certificates.issue.one')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Paper>
      {actions.modals}
    </Stack>
  );
}
