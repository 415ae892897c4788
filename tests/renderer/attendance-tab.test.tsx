import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceGrid, AttendanceSummary, ClassSummary } from '../../src/shared/contract';
import type { Role } from '../../src/shared/domain';
import { SessionProvider } from '../../src/renderer/src/app/session';
import { AttendanceTab } from '../../src/renderer/src/features/attendance/AttendanceTab';
import { renderUi } from './render';

// A Wednesday at the BLK: yesterday and tomorrow fall in the same week on screen.
const NOW = new Date('2026-11-25T03:00:00Z');
const yesterday = '2026-11-24';
const tomorrow = '2026-11-26';

const summary = (enrolmentId: number): AttendanceSummary => ({
  enrolmentId,
  attendedJp: 0,
  recordedJp: 0,
  attendancePct: null,
  belowMinimum: false,
  cannotReachMinimum: false,
  counts: { H: 0, S: 0, I: 0, A: 0 },
});

const GRID: AttendanceGrid = {
  classId: 7,
  minAttendancePct: 80,
  editable: true,
  sessions: [
    { id: 10, date: yesterday, startTime: '08:00', endTime: '12:00', jp: 4, taken: false },
    { id: 11, date: tomorrow, startTime: '08:00', endTime: '12:00', jp: 4, taken: false },
  ],
  trainees: [
    { ...summary(1), fullName: 'Budi Santoso', registrationNo: 'PND-1', status: 'in_training', joinedOn: null },
    { ...summary(2), fullName: 'Nur Aisyah', registrationNo: 'PND-2', status: 'in_training', joinedOn: null },
    { ...summary(3), fullName: 'Andi', registrationNo: 'PND-3', status: 'in_training', joinedOn: tomorrow },
  ],
  marks: [],
};

const KLASS = { id: 7, name: 'OPK 1', instructors: [] } as unknown as ClassSummary;

type Invoke = (method: string, input: unknown) => Promise<unknown>;

function renderTab(invoke: Invoke, role: Role = 'front_desk') {
  window.api = { invoke } as unknown as typeof window.api;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={client}>
      <SessionProvider session={{ operatorId: 1, username: 'desk', fullName: 'Desk', role }}>
        {children}
      </SessionProvider>
    </QueryClientProvider>
  );
  return renderUi(wrap(<AttendanceTab klass={KLASS} />));
}

/** The cell of a trainee on the first session (24 November). */
const cell = (name: RegExp) => screen.getAllByRole('gridcell', { name })[0] as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the attendance tab', () => {
  it('saves the whole column on the first mark, then single cells, in typing order', async () => {
    const saves: unknown[] = [];
    let release: () => void = () => undefined;
    const invoke = vi.fn<Invoke>(async (method, input) => {
      if (method === 'attendance.grid') return { ok: true, value: GRID };
      if (method === 'attendance.save') {
        saves.push(input);
        // The first save answers late: the second key arrives while it is on its way.
        if (saves.length === 1) await new Promise<void>((resolve) => (release = resolve));
        const { marks } = input as { marks: { enrolmentId: number }[] };
        return { ok: true, value: marks.map((mark) => summary(mark.enrolmentId)) };
      }
      return { ok: true, value: [] };
    });
    renderTab(invoke);
    const budi = await screen.findByRole('gridcell', { name: /Budi Santoso, 24.*Hadir \(belum disimpan\)/ });
    expect(budi.getAttribute('tabindex')).toBe('0');
    act(() => budi.focus());
    fireEvent.keyDown(budi, { key: 'a' });
    // The cursor moved down and the mark shows before main answers.
    const nur = cell(/Nur Aisyah/);
    expect(document.activeElement).toBe(nur);
    expect(cell(/Budi Santoso/).getAttribute('aria-label')).toMatch(/Alpa$/);
    await waitFor(() => expect(saves).toHaveLength(1));
    fireEvent.keyDown(nur, { key: 's' });
    expect(screen.getByText('Menyimpan…')).toBeTruthy();
    await act(async () => release());
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves).toEqual([
      {
        sessionId: 10,
        marks: [
          { enrolmentId: 1, mark: 'A' },
          { enrolmentId: 2, mark: 'H' },
        ],
      },
      { sessionId: 10, marks: [{ enrolmentId: 2, mark: 'S' }] },
    ]);
    await waitFor(() => expect(screen.getByText('Tersimpan')).toBeTruthy());
  });

  it('leaves future sessions and days before joining alone, and moves on', async () => {
    const invoke = vi.fn<Invoke>(async (method) =>
      method === 'attendance.grid' ? { ok: true, value: GRID } : { ok: true, value: [] },
    );
    renderTab(invoke);
    const andi = await screen.findByRole('gridcell', { name: /Andi.*Belum bergabung/ });
    expect(andi.getAttribute('aria-readonly')).toBe('true');
    act(() => andi.focus());
    fireEvent.keyDown(andi, { key: 'ArrowRight' });
    const future = cell(/Andi.*Belum berlangsung/);
    expect(document.activeElement).toBe(future);
    fireEvent.keyDown(future, { key: 'h' });
    fireEvent.keyDown(andi, { key: 's' });
    expect(invoke).not.toHaveBeenCalledWith('attendance.save', expect.anything());
  });

  it('shows a refusal in words and puts the cell back', async () => {
    const invoke = vi.fn<Invoke>(async (method) => {
      if (method === 'attendance.grid') return { ok: true, value: GRID };
      return { ok: false, error: { code: 'CLASS_CLOSED', message: 'closed' } };
    });
    renderTab(invoke);
    const budi = await screen.findByRole('gridcell', { name: /Budi Santoso, 24.*Hadir/ });
    act(() => budi.focus());
    fireEvent.keyDown(budi, { key: 'i' });
    expect((await screen.findByRole('alert')).textContent).toContain('Kelas ini sudah ditutup');
    expect(cell(/Budi Santoso/).getAttribute('aria-label')).toMatch(/Hadir \(belum disimpan\)$/);
    expect(screen.getByText('Gagal disimpan')).toBeTruthy();
  });

  it('lets the head of the BLK look but not type', async () => {
    const invoke = vi.fn<Invoke>(async (method) =>
      method === 'attendance.grid' ? { ok: true, value: GRID } : { ok: true, value: [] },
    );
    renderTab(invoke, 'head');
    const [budi] = await screen.findAllByRole('gridcell', { name: /Budi Santoso/ });
    if (!budi) throw new Error('no cell');
    expect(budi.getAttribute('aria-readonly')).toBe('true');
    fireEvent.keyDown(budi, { key: 'a' });
    expect(invoke).not.toHaveBeenCalledWith('attendance.save', expect.anything());
  });
});
