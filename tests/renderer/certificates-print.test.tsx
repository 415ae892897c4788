import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CertificateRow, ClassSummary, IssueCandidate, PrintJob } from '../../src/shared/contract';
import type { Role } from '../../src/shared/domain';
import { SessionProvider } from '../../src/renderer/src/app/session';
import { CertificatesTab } from '../../src/renderer/src/features/certificates/CertificatesTab';
import { renderUi } from './render';

// mantine-datatable shows a column while useMediaQuery('') matches; render.tsx's stub matches nothing.
const noMatch = window.matchMedia;
window.matchMedia = (query: string) => ({ ...noMatch(query), matches: query === '' });

const cert = (id: number, fullName: string, copies: number): CertificateRow => ({
  id,
  serial: `000${id}/BLK-PSR/OPK/2026`,
  enrolmentId: id,
  participantId: id,
  fullName,
  nik: `640105000000000${id}`,
  programCode: 'OPK',
  programName: 'Operator Komputer',
  classId: 7,
  className: 'OPK 1',
  issuedOn: '2026-11-23',
  copies,
  revoked: null,
});

const candidate = (
  id: number,
  fullName: string,
  certificate: CertificateRow | null,
  status = 'graduated',
): IssueCandidate =>
  ({ enrolmentId: id, fullName, registrationNo: `PND-${id}`, status, certificate }) as IssueCandidate;

const KLASS = { id: 7, name: 'OPK 1' } as unknown as ClassSummary;

type Invoke = (method: string, input: unknown) => Promise<unknown>;

function renderTab(
  rows: IssueCandidate[],
  invoke: (method: string, input: unknown) => unknown,
  role: Role = 'front_desk',
) {
  const calls: [string, unknown][] = [];
  window.api = {
    invoke: vi.fn<Invoke>(async (method, input) => {
      calls.push([method, input]);
      if (method === 'certificates.candidates') return { ok: true, value: rows };
      return invoke(method, input);
    }),
  } as unknown as typeof window.api;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderUi(
    <QueryClientProvider client={client}>
      <SessionProvider session={{ operatorId: 1, username: 'desk', fullName: 'Desk', role }}>
        <CertificatesTab klass={KLASS} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return calls;
}

const job = (done: number, finished = false): PrintJob => ({
  jobId: 'j1',
  total: 3,
  done,
  finished,
  output: finished ? { fileName: 'x.pdf', path: '/out/x.pdf' } : null,
});

afterEach(() => vi.restoreAllMocks());

describe('printing from the class tab', () => {
  it('shows x of y while it runs, and Batal stops the loop', async () => {
    const rows = [1, 2, 3].map((id) => candidate(id, `Peserta ${id}`, cert(id, `Peserta ${id}`, 0)));
    let release: (value: unknown) => void = () => undefined;
    const calls = renderTab(rows, async (method) => {
      if (method === 'certificates.startPrint') return { ok: true, value: job(0) };
      if (method === 'certificates.continuePrint') {
        // The first part lands at once; the second hangs until the test lets it go.
        const continues = calls.filter(([name]) => name === 'certificates.continuePrint').length;
        if (continues === 1) return { ok: true, value: job(1) };
        return new Promise((resolve) => (release = resolve));
      }
      if (method === 'certificates.cancelPrint') return { ok: true, value: { ...job(2), finished: true } };
      return { ok: true, value: null };
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Pilih semua sertifikat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cetak 3 sertifikat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mencetak sertifikat' });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('1 dari 3'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await act(async () => release({ ok: true, value: job(2) }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Mencetak sertifikat' })).toBeNull());
    const methods = calls.map(([name]) => name).filter((name) => name !== 'certificates.candidates');
    expect(methods).toEqual([
      'certificates.startPrint',
      'certificates.continuePrint',
      'certificates.continuePrint',
      'certificates.cancelPrint',
    ]);
    expect(calls.find(([name]) => name === 'certificates.startPrint')?.[1]).toEqual({
      certificateIds: [1, 2, 3],
      layout: 'combined',
      locale: 'id',
    });
  });

  it('asks for a reprint reason first when a selected certificate was printed before', async () => {
    const rows = [candidate(1, 'Budi', cert(1, 'Budi', 1)), candidate(2, 'Andi', null, 'not_competent')];
    const calls = renderTab(rows, async (method) =>
      method === 'certificates.startPrint'
        ? { ok: true, value: { ...job(0), total: 1 } }
        : { ok: true, value: { ...job(1, true), total: 1 } },
    );
    // Andi has no certificate: no checkbox, no print button, and no issue button (not graduated).
    expect(screen.queryByRole('checkbox', { name: 'Pilih sertifikat Andi' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Terbitkan Andi' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: /Cetak ulang 0001\/BLK-PSR\/OPK\/2026 Budi/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cetak ulang 1 sertifikat' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cetak ulang' }));
    expect(await within(dialog).findByText('Wajib diisi')).toBeTruthy();
    expect(calls.some(([name]) => name === 'certificates.startPrint')).toBe(false);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Alasan cetak ulang/ }), {
      target: { value: 'Sertifikat asli rusak terkena air' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cetak ulang' }));
    await waitFor(() => expect(calls.some(([name]) => name === 'certificates.continuePrint')).toBe(true));
    expect(calls.find(([name]) => name === 'certificates.startPrint')?.[1]).toEqual({
      certificateIds: [1],
      layout: 'combined',
      reprintReason: 'Sertifikat asli rusak terkena air',
      locale: 'id',
    });
  });

  it('shows the head of BLK (read-only) no issue, print or revoke buttons', async () => {
    renderTab(
      [candidate(1, 'Budi', cert(1, 'Budi', 1)), candidate(2, 'Sari', null)],
      async () => ({ ok: true, value: null }),
      'head',
    );
    expect(await screen.findByText('Budi')).toBeTruthy();
    expect(screen.getByText('belum diterbitkan')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Terbitkan|Cetak|Cabut/ })).toBeNull();
  });
});
