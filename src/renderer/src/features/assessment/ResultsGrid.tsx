import { Box, Button, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSheet, AssessmentTrainee } from '@shared/contract';
import type { UnitResult } from '@shared/domain';
import { useRovingGrid } from '../../components/useRovingGrid';
import { useFormatDate } from '../../lib/dates';
import '../../components/keyboardGrid.css';
import { TraineeRowHeader } from '../../components/TraineeRowHeader';
import { AttendancePct } from '../attendance/AttendancePct';
import { OutcomeCell } from './OutcomeCell';
import { isAssessable, keyToResult, resultKey, resultsByCell, unassessedForUnit } from './sheet';

interface Props {
  sheet: AssessmentSheet;
  canRecord: boolean;
  /** Verdicts typed and not saved yet, shown at once. */
  sending: ReadonlyMap<string, UnitResult>;
  onRecord: (enrolmentIds: number[], unitId: number, result: UnitResult) => void;
  onOverride: ((trainee: AssessmentTrainee) => void) | null;
}

function ResultChip({ result, pending }: { result: UnitResult | undefined; pending: boolean }) {
  const { t } = useTranslation();
  if (!result) {
    return (
      <Box
        component="span"
        aria-hidden
        style={{
          display: 'inline-block',
          width: 36,
          height: 26,
          borderRadius: 6,
          border: '1px dashed var(--mantine-color-gray-4)',
        }}
      />
    );
  }
  const colour = result === 'competent' ? 'teal' : 'red';
  return (
    <Box
      component="span"
      aria-hidden
      style={{
        display: 'inline-block',
        minWidth: 36,
        padding: '3px 6px',
        borderRadius: 6,
        fontWeight: 700,
        opacity: pending ? 0.6 : 1,
        background: `var(--mantine-color-${colour}-1)`,
        color: `var(--mantine-color-${colour}-9)`,
        border: `1px solid var(--mantine-color-${colour}-3)`,
      }}
    >
      {t(`assessment.short.${result}`)}
    </Box>
  );
}

/** Trainees down, competency units across: K or B on a cell records its verdict and moves down. */
export function ResultsGrid({ sheet, canRecord, sending, onRecord, onOverride }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const results = useMemo(() => resultsByCell(sheet), [sheet]);
  const { cellProps, navigate, move } = useRovingGrid(sheet.trainees.length, sheet.units.length);
  const editable = canRecord && sheet.editable;

  const onKeyDown = (event: KeyboardEvent, row: number, col: number, trainee: AssessmentTrainee, unitId: number) => {
    if (navigate(event, { row, col })) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const result = keyToResult(event.key);
    if (!result && event.key !== 'Enter') return;
    event.preventDefault();
    if (result && editable && isAssessable(trainee)) onRecord([trainee.enrolmentId], unitId, result);
    move({ row, col }, 'down');
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table className="pelita-grid" role="grid" aria-label={t('assessment.gridLabel')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="pelita-grid-sticky" miw={200}>
              {t('attendance.trainee')}
            </Table.Th>
            {sheet.units.map((unit) => {
              const unassessed = unassessedForUnit(sheet, unit.id);
              return (
                <Table.Th key={unit.id} style={{ borderLeft: '1px solid var(--mantine-color-gray-2)' }}>
                  <Stack gap={2} align="center" maw={150} miw={110}>
                    <Tooltip label={unit.title} multiline w={260}>
                      <Text size="xs" ff="monospace" fw={700} ta="center">
                        {unit.code}
                      </Text>
                    </Tooltip>
                    <Text size="xs" c="dimmed" lineClamp={2} ta="center">
                      {unit.title}
                    </Text>
                    {editable && unassessed.length > 0 ? (
                      <Tooltip label={t('assessment.allCompetentHint', { count: unassessed.length })} multiline w={240}>
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="teal"
                          leftSection={<IconChecks size={14} />}
                          aria-label={t('assessment.allCompetentFor', { code: unit.code })}
                          onClick={() => onRecord(unassessed, unit.id, 'competent')}
                        >
                          {t('assessment.allCompetent')}
                        </Button>
                      </Tooltip>
                    ) : null}
                  </Stack>
                </Table.Th>
              );
            })}
            <Table.Th style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }} miw={150}>
              {t('attendance.pctColumn', { min: sheet.minAttendancePct })}
            </Table.Th>
            <Table.Th miw={260}>{t('outcome.column')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.trainees.map((trainee, row) => (
            <Table.Tr key={trainee.enrolmentId}>
              <TraineeRowHeader trainee={trainee} />
              {sheet.units.map((unit, col) => {
                const key = resultKey(trainee.enrolmentId, unit.id);
                const record = results.get(key);
                const pending = sending.get(key);
                const shown = pending ?? record?.result;
                const cellEditable = editable && isAssessable(trainee);
                const state = shown
                  ? t(`assessment.result.${shown}`) +
                    (record && !pending ? ` (${formatDate(record.assessedOn)}, ${record.assessor})` : '')
                  : t('assessment.notAssessed');
                return (
                  <Table.Td
                    key={unit.id}
                    role="gridcell"
                    className="pelita-grid-cell"
                    aria-readonly={!cellEditable}
                    aria-label={t('assessment.cellLabel', { fullName: trainee.fullName, code: unit.code, state })}
                    {...cellProps(row, col)}
                    onKeyDown={(event) => onKeyDown(event, row, col, trainee, unit.id)}
                  >
                    <ResultChip result={shown} pending={pending !== undefined} />
                  </Table.Td>
                );
              })}
              <Table.Td style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
                <AttendancePct
                  attendancePct={trainee.attendancePct}
                  belowMinimum={trainee.reasons.some((reason) => reason.kind === 'attendance_below')}
                />
              </Table.Td>
              <Table.Td>
                <OutcomeCell trainee={trainee} classStatus={sheet.classStatus} onOverride={onOverride} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
