import { Notifications, notifications } from '@mantine/notifications';
import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportJob } from '../../src/shared/contract/reports';
import { ReportsPage } from '../../src/renderer/src/features/reports/ReportsPage';
import { useSteppedJob } from '../../src/renderer/src/lib/useSteppedJob';
import { fail, ok, renderEquipment } from './equipment-setup';

const job = (written: number, finished = false, extra: Partial<ExportJob> = {}): ExportJob => ({
  jobId: 'r1',
  report: 'followUps',
  fileName: 'Penelusuran-Alumni-2026.xlsx',
  total: 5000,
  written,
  finished,
  cancelled: false,
  path: finished ? '/out/Penelusuran-Alumni-2026.xlsx' : null,
  ...extra,
});

/** Answers the lists the report cards read; `reports.*` calls go to `reports`. */
function renderReports(reports: (method: string, input: unknown) => Promise<unknown>) {
  // The outcome of an export is a notification: the real app's <Notifications /> shows it.
  const page = (
    <>
      <Notifications />
      <ReportsPage />
    </>
  );
  return renderEquipment(page, async (method, input) => {
    if (method === 'classes.list' || method === 'programs.list') return ok([]);
    return reports(method, input);
  });
}

const reportCalls = (calls: { method: string }[]) =>
  calls.map(({ method }) => method).filter((method) => method.startsWith('reports.'));

afterEach(() => {
  vi.restoreAllMocks();
  // The notification store outlives a render: start every test without the last one's messages.
  notifications.clean();
});

describe('exporting a report', () => {
  it('calls continue until the job is finished, then offers to open the file', async () => {
    const parts = [job(1250), job(3750), job(5000, true)];
    const { calls } = renderReports(async (method) => {
      if (method === 'reports.start') return ok(job(0));
      if (method === 'reports.continue') return ok(parts.shift());
      return ok(null);
    });
    const card = screen.getByRole('region', { name: 'Hasil penelusuran alumni' });
    fireEvent.click(within(card).getByRole('button', { name: 'Ekspor xlsx' }));
    const open = await screen.findByRole('button', { name: 'Buka' });
    expect(screen.getByText('Penelusuran-Alumni-2026.xlsx selesai disimpan.')).toBeTruthy();
    expect(reportCalls(calls)).toEqual(['reports.start', 'reports.continue', 'reports.continue', 'reports.continue']);
    const start = calls.find(({ method }) => method === 'reports.start');
    expect(start?.input).toEqual({
      report: 'followUps',
      from: '2026-01-01',
      to: '2026-12-31',
      programId: null,
      classId: null,
    });
    fireEvent.click(open);
    await waitFor(() => expect(reportCalls(calls).at(-1)).toBe('reports.open'));
    expect(calls.at(-1)?.input).toEqual({ jobId: 'r1' });
  });

  it('shows "1.250 / 5.000 baris" while it runs, and Batal stops the loop', async () => {
    let release: (value: unknown) => void = () => undefined;
    const { calls } = renderReports(async (method) => {
      if (method === 'reports.start') return ok(job(0));
      if (method === 'reports.continue') {
        // The first part lands at once; the second hangs until the test lets it go.
        if (reportCalls(calls).filter((name) => name === 'reports.continue').length === 1) return ok(job(1250));
        return new Promise((resolve) => (release = resolve));
      }
      if (method === 'reports.cancel') return ok(job(1250, true, { cancelled: true }));
      return ok(null);
    });
    const card = screen.getByRole('region', { name: 'Hasil penelusuran alumni' });
    fireEvent.click(within(card).getByRole('button', { name: 'Ekspor xlsx' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('1.250 / 5.000 baris'));
    fireEvent.click(within(card).getByRole('button', { name: 'Batal' }));
    await act(async () => release(ok(job(3750))));
    expect(await screen.findByText('Ekspor dihentikan; tidak ada berkas yang disimpan.')).toBeTruthy();
    expect(reportCalls(calls)).toEqual(['reports.start', 'reports.continue', 'reports.continue', 'reports.cancel']);
    expect(within(card).getByRole('button', { name: 'Ekspor xlsx' })).toBeTruthy();
  });

  it('starts one job for a double click, and nothing when the save dialog is cancelled', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { calls } = renderReports(async (method) => {
      if (method === 'reports.start') return new Promise((resolve) => (answer = resolve));
      return ok(null);
    });
    const card = screen.getByRole('region', { name: 'Realisasi pelatihan' });
    const button = within(card).getByRole('button', { name: 'Ekspor xlsx' });
    fireEvent.click(button);
    fireEvent.click(button);
    await act(async () => answer(ok(null)));
    expect(reportCalls(calls)).toEqual(['reports.start']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('translates a vanished job', async () => {
    renderReports(async (method) => {
      if (method === 'reports.start') return ok(job(0));
      return fail('EXPORT_JOB_GONE');
    });
    const card = screen.getByRole('region', { name: 'Hasil penelusuran alumni' });
    fireEvent.click(within(card).getByRole('button', { name: 'Ekspor xlsx' }));
    expect(await screen.findByText(/Ekspor ini sudah tidak berjalan/)).toBeTruthy();
  });

  it('asks for the class before a SIAPkerja list', async () => {
    const { calls } = renderReports(async () => ok(null));
    const card = screen.getByRole('region', { name: 'Daftar peserta SIAPkerja' });
    fireEvent.click(within(card).getByRole('button', { name: 'Ekspor xlsx' }));
    expect(await within(card).findByText('Pilih kelasnya dulu')).toBeTruthy();
    expect(reportCalls(calls)).toEqual([]);
  });
});

describe('the stepped-job runner', () => {
  it('keeps the final answer of a run for a closing dialog, and forgets it when the next run starts', async () => {
    let answerStart: (value: ExportJob) => void = () => undefined;
    const start = vi
      .fn<() => Promise<ExportJob>>()
      .mockResolvedValueOnce(job(0))
      .mockImplementationOnce(() => new Promise((resolve) => (answerStart = resolve)));
    const calls = { start, step: vi.fn(async () => job(5000, true)), cancel: vi.fn(async () => job(0)) };
    const { result } = renderHook(() => useSteppedJob(calls));
    await act(async () => {
      await result.current.run('first');
    });
    // The run is over (no job), yet its last count is the final one, not the one before it.
    expect(result.current.job).toBeNull();
    expect(result.current.lastJob).toEqual(job(5000, true));

    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      second = result.current.run('second');
    });
    // Main's dialog is asking where: nothing of the previous run shows meanwhile.
    expect(result.current.lastJob).toBeNull();
    await act(async () => {
      answerStart(job(5000, true));
      await second;
    });
    expect(result.current.lastJob).toEqual(job(5000, true));
  });

  it('answers "busy" to a second run started before the first one rendered', async () => {
    const start = vi.fn(async () => job(5000, true));
    const calls = { start, step: vi.fn(async () => job(5000, true)), cancel: vi.fn(async () => job(0)) };
    const { result } = renderHook(() => useSteppedJob(calls));
    let outcomes: unknown[] = [];
    await act(async () => {
      // Both in the same tick, as a double click reaches the handler before any re-render.
      outcomes = await Promise.all([result.current.run('first'), result.current.run('second')]);
    });
    expect(outcomes).toEqual([{ kind: 'finished', job: job(5000, true) }, { kind: 'busy' }]);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
