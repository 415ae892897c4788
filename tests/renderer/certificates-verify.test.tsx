import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CertificateRow, VerifyResult } from '../../src/shared/contract';
import { VerifyPage } from '../../src/renderer/src/features/certificates/VerifyPage';
import { VerifyResultCard } from '../../src/renderer/src/features/certificates/VerifyResultCard';
import { renderUi } from './render';

const CERT: CertificateRow = {
  id: 1,
  serial: '0007/BLK-PSR/OPK/2026',
  enrolmentId: 3,
  participantId: 4,
  fullName: 'Nur Aisyah',
  nik: '6401056007010002',
  programCode: 'OPK',
  programName: 'Operator Komputer',
  classId: 2,
  className: 'Operator Komputer Angkatan 3',
  issuedOn: '2026-11-23',
  copies: 1,
  revoked: null,
};

const card = () => screen.getByTestId('verify-result');

describe('the verify result card', () => {
  it('says genuine in green with the certificate facts', () => {
    renderUi(<VerifyResultCard result={{ state: 'valid', certificate: CERT, via: 'qr' }} />);
    expect(card().dataset['state']).toBe('valid');
    expect(card().textContent).toContain('ASLI');
    for (const fact of [CERT.fullName, CERT.serial, CERT.programName, CERT.className, '23 November 2026']) {
      expect(card().textContent).toContain(fact);
    }
    expect(card().getAttribute('style')).toContain('green');
  });

  it('says revoked in red with the reason and the date', () => {
    const revoked = { at: '2026-11-23T03:00:00.000Z', reason: 'Nama salah eja', operatorName: 'Admin BLK' };
    renderUi(<VerifyResultCard result={{ state: 'revoked', certificate: { ...CERT, revoked }, via: 'serial' }} />);
    expect(card().textContent).toContain('DICABUT');
    expect(card().textContent).toContain('Alasan pencabutan: Nama salah eja');
    expect(card().textContent).toContain('23 November 2026');
    expect(card().getAttribute('style')).toContain('red');
  });

  it('says an unknown serial is not registered here, in orange', () => {
    renderUi(<VerifyResultCard result={{ state: 'unknown', serial: '0099/X/2026', via: 'serial' }} />);
    expect(card().textContent).toContain('TIDAK TERDAFTAR');
    expect(card().textContent).toContain('0099/X/2026 tidak terdaftar di BLK ini');
    expect(card().getAttribute('style')).toContain('orange');
  });

  it.each([
    ['malformed', 'bukan QR sertifikat'],
    ['bad_signature', 'telah diubah'],
    ['mismatch', 'tidak sama dengan data'],
  ] as const)('says forged (%s) in words', (reason, words) => {
    renderUi(<VerifyResultCard result={{ state: 'forged', reason }} />);
    expect(card().textContent).toContain('PALSU');
    expect(card().textContent).toContain(words);
  });
});

describe('the verify screen', () => {
  it('verifies on Enter and selects the text again for the next scan', async () => {
    const answers: VerifyResult[] = [
      { state: 'valid', certificate: CERT, via: 'qr' },
      { state: 'forged', reason: 'bad_signature' },
    ];
    const texts: unknown[] = [];
    window.api = {
      invoke: vi.fn(async (_method: string, input: { text: string }) => {
        texts.push(input.text);
        return { ok: true, value: answers[texts.length - 1] };
      }),
    } as unknown as typeof window.api;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderUi(
      <QueryClientProvider client={client}>
        <VerifyPage />
      </QueryClientProvider>,
    );
    const input = screen.getByRole('textbox', { name: /Pindai QR dengan pemindai USB/ }) as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: '  PLT1.abc.def ' } });
    await act(async () => fireEvent.submit(input.form as HTMLFormElement));
    await waitFor(() => expect(card().dataset['state']).toBe('valid'));
    expect(texts).toEqual(['PLT1.abc.def']);
    await waitFor(() => expect((input.selectionEnd ?? 0) - (input.selectionStart ?? 0)).toBe(input.value.length));
    fireEvent.change(input, { target: { value: 'PLT1.abd.def' } });
    await act(async () => fireEvent.submit(input.form as HTMLFormElement));
    await waitFor(() => expect(card().dataset['state']).toBe('forged'));
  });
});
