import { Alert, Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassReadiness, ClassSummary, ReadinessLine } from '@shared/contract';
import { useCan } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/dates';
import { ClassUsagePanel } from './ClassUsagePanel';
import { useReadiness } from './stockQueries';

/** Why the rest of a category cannot be used: "2 dipinjam pihak lain · 1 sedang diperbaiki · 1 rusak". */
export function unavailableText(t: TFunction, line: ReadinessLine): string {
  const parts: string[] = [];
  if (line.lentElsewhere > 0) parts.push(t('stock.readiness.lentElsewhere', { count: line.lentElsewhere }));
  if (line.inRepair > 0) parts.push(t('stock.readiness.inRepair', { count: line.inRepair }));
  if (line.damaged > 0) parts.push(t('stock.readiness.damaged', { count: line.damaged }));
  return parts.length > 0 ? parts.join(' · ') : t('common.none');
}

function Verdict({ readiness, programName }: { readiness: ClassReadiness; programName: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canEditNeeds = useCan('programEquipment.save');
  if (!readiness.hasNeeds) {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconInfoCircle size={20} />}
        data-testid="readiness-verdict"
        data-state="none"
      >
        <Stack gap={4}>
          <Text>{t('stock.readiness.noNeeds', { program: programName })}</Text>
          {canEditNeeds ? (
            <Anchor component={Link} to="/programs" fw={600}>
              {t('stock.readiness.setNeeds')}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t('stock.readiness.askAdmin')}
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }
  const period = { start: formatDate(readiness.startDate), end: formatDate(readiness.endDate) };
  const shortLines = readiness.lines.filter((line) => line.short > 0).length;
  return readiness.ready ? (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={20} />}
      data-testid="readiness-verdict"
      data-state="ready"
    >
      <Text fw={600}>{t('stock.readiness.ready', period)}</Text>
    </Alert>
  ) : (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      data-testid="readiness-verdict"
      data-state="short"
    >
      <Text fw={600}>{t('stock.readiness.short', { ...period, count: shortLines })}</Text>
      <Text size="sm">{t('stock.readiness.shortHint')}</Text>
    </Alert>
  );
}

/** Each needed category: how many good ones are free during the class, and why the others are not. */
export function ReadinessLines({ lines }: { lines: readonly ReadinessLine[] }) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing="xs" data-testid="readiness-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('stock.readiness.category')}</Table.Th>
          <Table.Th ta="right">{t('stock.readiness.needed')}</Table.Th>
          <Table.Th ta="right">{t('stock.readiness.usable')}</Table.Th>
          <Table.Th>{t('stock.readiness.state')}</Table.Th>
          <Table.Th>{t('stock.readiness.unavailable')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.categoryId} data-short={line.short > 0 ? 'yes' : 'no'}>
            <Table.Td fw={600}>{line.categoryName}</Table.Td>
            <Table.Td ta="right">{line.needed}</Table.Td>
            <Table.Td ta="right" fw={700} c={line.short > 0 ? 'orange.9' : 'green.8'}>
              {line.usable}
            </Table.Td>
            <Table.Td>
              {line.short > 0 ? (
                <Badge color="orange" variant="filled" styles={{ label: { textTransform: 'none' } }}>
                  {t('stock.readiness.shortBy', { count: line.short })}
                </Badge>
              ) : (
                <Badge color="green" variant="light" styles={{ label: { textTransform: 'none' } }}>
                  {t('stock.readiness.enough')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{unavailableText(t, line)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The class tab "Peralatan": is the programme's equipment free for the class, and which materials it used. */
export function ReadinessTab({ klass }: { klass: Pick<ClassSummary, 'id' | 'programName'> }) {
  const { t } = useTranslation();
  const readiness = useReadiness(klass.id);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('stock.readiness.title')}
          </Title>
          <QueryState query={readiness}>
            {(data) => (
              <Stack gap="md">
                <Verdict readiness={data} programName={klass.programName} />
                {data.hasNeeds ? <ReadinessLines lines={data.lines} /> : null}
              </Stack>
            )}
          </QueryState>
        </Stack>
      </Paper>
      <ClassUsagePanel classId={klass.id} />
    </Stack>
  );
}
