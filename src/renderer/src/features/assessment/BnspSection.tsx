import { Badge, Button, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BnspRow } from '@shared/contract';
import { BNSP_VALIDITY_YEARS } from '@shared/domain';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { BnspForm } from './BnspForm';
import { useBnspList } from './queries';

/** The graduates recommended for the BNSP competency test, with the result the LSP sent back. */
export function BnspSection({ classId }: { classId: number }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canRecord = useCan('bnsp.record');
  const list = useBnspList(classId);
  const [editing, setEditing] = useState<BnspRow | null>(null);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('bnsp.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bnsp.intro', { years: BNSP_VALIDITY_YEARS })}
        </Text>
        <QueryState query={list}>
          {(rows) => (
            <DataTable<BnspRow>
              minHeight={rows.length === 0 ? 120 : undefined}
              striped
              idAccessor="enrolmentId"
              records={rows}
              noRecordsText={t('bnsp.empty')}
              columns={[
                {
                  accessor: 'fullName',
                  title: t('roster.name'),
                  render: (row) => (
                    <Stack gap={0}>
                      <Text fw={600}>{row.fullName}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {row.nik}
                      </Text>
                    </Stack>
                  ),
                },
                {
                  accessor: 'testedOn',
                  title: t('bnsp.result'),
                  render: (row) =>
                    row.test ? (
                      <Stack gap={2} align="flex-start">
                        <Badge
                          color={row.test.result === 'competent' ? 'green' : 'orange'}
                          variant="light"
                          styles={{ label: { textTransform: 'none', overflow: 'visible' } }}
                        >
                          {t(`assessment.result.${row.test.result}`)}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {formatDate(row.test.testedOn)}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('bnsp.notTested')}
                      </Text>
                    ),
                },
                { accessor: 'lspName', title: t('bnsp.lspName'), render: (row) => row.test?.lspName ?? '' },
                {
                  accessor: 'certificateNo',
                  title: t('bnsp.certificateNo'),
                  render: (row) => (
                    <Text ff="monospace" size="sm">
                      {row.test?.certificateNo ?? ''}
                    </Text>
                  ),
                },
                {
                  accessor: 'expiresOn',
                  title: t('bnsp.validUntil'),
                  render: (row) =>
                    row.test?.expiresOn ? (
                      <Text size="sm">
                        {formatDate(row.test.issuedOn)} – {formatDate(row.test.expiresOn)}
                      </Text>
                    ) : null,
                },
                ...(canRecord
                  ? [
                      {
                        accessor: 'actions',
                        title: '',
                        textAlign: 'right' as const,
                        render: (row: BnspRow) => (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconCertificate size={16} />}
                            aria-label={t('bnsp.recordFor', { fullName: row.fullName })}
                            onClick={() => setEditing(row)}
                          >
                            {t(row.test ? 'bnsp.edit' : 'bnsp.record')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('bnsp.formTitle', { fullName: editing.fullName }) : ''}
        size="md"
      >
        {editing ? <BnspForm key={editing.enrolmentId} row={editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </Paper>
  );
}
