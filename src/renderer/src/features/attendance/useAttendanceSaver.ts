import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { AttendanceGrid } from '@shared/contract';
import type { AttendanceMark } from '@shared/domain';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';
import { markKey, marksToSave, savedMarks, withSaved } from './grid';
import { ATTENDANCE_READERS } from './queries';

export type ColumnSave = { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: unknown };

/**
 * Saves marks as they are typed. Saves run one after another, in typing order: the first change of
 * a column saves the whole column, and a second key pressed before that answer must not save a
 * column of its own (it would put Hadir back over the first change).
 */
export function useAttendanceSaver(classId: number) {
  const client = useQueryClient();
  const gridKey = callOptions('attendance.grid', { classId }).queryKey;
  // Marks typed but not saved yet: shown at once, dropped when saved (or refused: the cell reverts).
  const [sending, setSending] = useState<ReadonlyMap<string, AttendanceMark>>(new Map());
  const sendingNow = useRef(new Map<string, AttendanceMark>());
  const [columns, setColumns] = useState<Readonly<Record<number, ColumnSave>>>({});
  const [lastError, setLastError] = useState<unknown>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(new Map<number, number>());

  const updateSending = useCallback((change: (map: Map<string, AttendanceMark>) => void) => {
    change(sendingNow.current);
    setSending(new Map(sendingNow.current));
  }, []);

  const settle = useCallback((sessionId: number, outcome: ColumnSave) => {
    const left = (waiting.current.get(sessionId) ?? 1) - 1;
    waiting.current.set(sessionId, left);
    // "Saved" only once every change typed in the column has landed; an error shows at once.
    if (outcome.state === 'error' || left === 0) setColumns((old) => ({ ...old, [sessionId]: outcome }));
  }, []);

  const send = useCallback(
    async (sessionId: number, enrolmentId: number) => {
      const key = markKey(sessionId, enrolmentId);
      const grid = client.getQueryData<AttendanceGrid>(gridKey);
      const wanted = sendingNow.current.get(key);
      // An earlier column save already carried this mark (or the cell was reverted).
      if (!grid || wanted === undefined || savedMarks(grid).get(key) === wanted) {
        updateSending((map) => map.delete(key));
        settle(sessionId, { state: 'saved' });
        return;
      }
      const marks = marksToSave(grid, sessionId, { enrolmentId, mark: wanted }, sendingNow.current);
      const forget = () =>
        updateSending((map) => {
          for (const mark of marks) {
            const sent = markKey(sessionId, mark.enrolmentId);
            if (map.get(sent) === mark.mark) map.delete(sent);
          }
        });
      try {
        const summaries = await api.call('attendance.save', { sessionId, marks });
        client.setQueryData<AttendanceGrid>(gridKey, (old) => old && withSaved(old, sessionId, marks, summaries));
        forget();
        settle(sessionId, { state: 'saved' });
        void invalidate(client, ATTENDANCE_READERS);
      } catch (error) {
        forget();
        setLastError(error);
        settle(sessionId, { state: 'error', error });
      }
    },
    [client, gridKey, settle, updateSending],
  );

  const mark = useCallback(
    (sessionId: number, enrolmentId: number, value: AttendanceMark) => {
      updateSending((map) => map.set(markKey(sessionId, enrolmentId), value));
      waiting.current.set(sessionId, (waiting.current.get(sessionId) ?? 0) + 1);
      setColumns((old) => ({ ...old, [sessionId]: { state: 'saving' } }));
      setLastError(null);
      // Runs after the previous save whatever became of it: one failure must not stop the queue.
      const run = () => send(sessionId, enrolmentId);
      queue.current = queue.current.then(run, run);
    },
    [send, updateSending],
  );

  return { sending, columns, lastError, dismissError: () => setLastError(null), mark };
}
