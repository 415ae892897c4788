import { Box, Table, Text } from '@mantine/core';
import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceGrid as Grid, AttendanceGridSession, AttendanceGridTrainee } from '@shared/contract';
import type { AttendanceMark } from '@shared/domain';
import { useRovingGrid } from '../../components/useRovingGrid';
import { useFormatDate } from '../../lib/dates';
import '../../components/keyboardGrid.css';
import { TraineeRowHeader } from '../../components/TraineeRowHeader';
import { AttendancePct } from './AttendancePct';
import { cellAccess, keyToMark, markKey, nextMark, savedMarks, shownMark, type CellAccess } from './grid';
import { MarkChip } from './MarkChip';
import { SessionHeader } from './SessionHeader';
import type { ColumnSave } from './useAttendanceSaver';

interface Props {
  grid: Grid;
  sessions: AttendanceGridSession[];
  today: string;
  canEdit: boolean;
  sending: ReadonlyMap<string, AttendanceMark>;
  columns: Readonly<Record<number, ColumnSave>>;
  onMark: (sessionId: number, enrolmentId: number, mark: AttendanceMark) => void;
  label: string;
}

function CellContent({
  access,
  mark,
  presumed,
}: {
  access: CellAccess;
  mark: AttendanceMark | null;
  presumed: boolean;
}) {
  if (access === 'before_joining') return <Text c="dimmed">—</Text>;
  if (access === 'future') return <Text c="gray.4">·</Text>;
  return <MarkChip mark={mark} presumed={presumed} />;
}

/**
 * Trainees down, sessions across. Typing H, S, I or A marks the focused cell and moves down to
 * the next trainee, so a column is taken by typing straight down it.
 */
export function AttendanceGrid({ grid, sessions, today, canEdit, sending, columns, onMark, label }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const saved = useMemo(() => savedMarks(grid), [grid]);
  // Tab lands on the first session of the week still to be taken.
  const firstToTake = sessions.findIndex((session) => !session.taken && session.date <= today);
  const { cellProps, navigate, move } = useRovingGrid(grid.trainees.length, sessions.length, {
    row: 0,
    col: Math.max(firstToTake, 0),
  });

  const onKeyDown = (
    event: KeyboardEvent,
    position: { row: number; col: number },
    trainee: AttendanceGridTrainee,
    session: AttendanceGridSession,
    access: CellAccess,
  ) => {
    if (navigate(event, position)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const mark = keyToMark(event.key);
    if (!mark && event.key !== 'Enter') return;
    event.preventDefault();
    if (mark && access === 'open') onMark(session.id, trainee.enrolmentId, mark);
    move(position, 'down');
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table className="pelita-grid" role="grid" aria-label={label} verticalSpacing={6} horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="pelita-grid-sticky" miw={200}>
              {t('attendance.trainee')}
            </Table.Th>
            {sessions.map((session) => (
              <Table.Th key={session.id} style={{ borderLeft: '1px solid var(--mantine-color-gray-2)' }}>
                <SessionHeader classId={grid.classId} session={session} save={columns[session.id]} today={today} />
              </Table.Th>
            ))}
            <Table.Th miw={170} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
              {t('attendance.pctColumn', { min: grid.minAttendancePct })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.trainees.map((trainee, row) => (
            <Table.Tr key={trainee.enrolmentId}>
              <TraineeRowHeader trainee={trainee} />
              {sessions.map((session, col) => {
                const access = cellAccess(trainee, session, today, canEdit && grid.editable);
                const key = markKey(session.id, trainee.enrolmentId);
                const shown = shownMark(key, trainee, saved, sending);
                const state =
                  access === 'before_joining'
                    ? t('attendance.beforeJoining')
                    : access === 'future'
                      ? t('attendance.column.future')
                      : shown.mark === null
                        ? t('attendance.noMark')
                        : `${t(`attendance.mark.${shown.mark}`)}${shown.presumed ? ` (${t('attendance.unsaved')})` : ''}`;
                return (
                  <Table.Td
                    key={session.id}
                    role="gridcell"
                    className="pelita-grid-cell"
                    aria-readonly={access !== 'open'}
                    aria-label={t('attendance.cellLabel', {
                      fullName: trainee.fullName,
                      date: formatDate(session.date),
                      state,
                    })}
                    style={access === 'before_joining' ? { background: 'var(--mantine-color-gray-1)' } : undefined}
                    {...cellProps(row, col)}
                    onKeyDown={(event) => onKeyDown(event, { row, col }, trainee, session, access)}
                    onDoubleClick={() => {
                      if (access === 'open') onMark(session.id, trainee.enrolmentId, nextMark(shown.mark));
                    }}
                  >
                    <CellContent access={access} mark={shown.mark} presumed={shown.presumed} />
                  </Table.Td>
                );
              })}
              <Table.Td style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
                <AttendancePct
                  attendancePct={trainee.attendancePct}
                  belowMinimum={trainee.belowMinimum}
                  cannotReachMinimum={trainee.cannotReachMinimum}
                  jp={{ attended: trainee.attendedJp, recorded: trainee.recordedJp }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
