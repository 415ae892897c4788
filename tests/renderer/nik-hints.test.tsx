import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nikDateDigits } from '../../src/shared/nik';
import { NikField } from '../../src/renderer/src/features/participants/NikField';
import { nikHints, type NikTyped } from '../../src/renderer/src/features/participants/nikHints';
import { NikWarnings } from '../../src/renderer/src/features/participants/NikWarnings';
import { parseTypedDate } from '../../src/renderer/src/lib/dates';
import { renderUi } from './render';

const TODAY = '2026-11-23';
const SITI = `640105${nikDateDigits('1999-01-05', 'P')}0001`; // 6401054501990001
const KUARO = { provinceName: 'Kalimantan Timur', regencyName: 'Kabupaten Paser', districtName: 'Kuaro' };
const blank = (nik: string): NikTyped => ({ nik, birthDate: '', sex: '', regencyCode: null, district: '' });

describe('nikHints', () => {
  it('counts the digits still missing and gives no verdict before 16', () => {
    const hints = nikHints(blank('640105450199'), TODAY);
    expect(hints).toMatchObject({ missingDigits: 4, problem: null, decoded: null, prefill: {} });
  });

  it('reads a woman’s NIK (day + 40) and fills the empty birth date, sex and region', () => {
    const hints = nikHints(blank(SITI), TODAY, KUARO);
    expect(hints.decoded).toMatchObject({ birthDate: '1999-01-05', sex: 'P', regencyCode: '6401' });
    expect(hints.prefill).toEqual({ birthDate: '05/01/1999', sex: 'P', regencyCode: '6401', district: 'Kuaro' });
    expect(hints.mismatch).toEqual({ sex: false, birthDate: false });
  });

  it('never overwrites what was typed, and warns when it differs', () => {
    const hints = nikHints(
      { nik: SITI, birthDate: '06/01/1999', sex: 'L', regencyCode: '6471', district: 'Balikpapan Kota' },
      TODAY,
      KUARO,
    );
    expect(hints.prefill).toEqual({});
    expect(hints.mismatch).toEqual({ sex: true, birthDate: true });
  });

  it('does not call a half-typed date a mismatch', () => {
    expect(nikHints({ ...blank(SITI), birthDate: '05/01/19' }, TODAY).mismatch.birthDate).toBe(false);
  });

  it('warns, without blocking, when the region code is unknown', () => {
    const hints = nikHints(blank('9901054501990001'), TODAY, {
      provinceName: null,
      regencyName: null,
      districtName: null,
    });
    expect(hints.problem).toBeNull();
    expect(hints.regionUnknown).toBe(true);
    expect(hints.prefill).toEqual({ birthDate: '05/01/1999', sex: 'P' });
  });

  it('names what is wrong with an impossible NIK', () => {
    expect(nikHints(blank('6401053201990001'), TODAY).problem).toBe('date');
    expect(nikHints(blank('6401054501990000'), TODAY).problem).toBe('serial');
    expect(nikHints(blank('0501054501990001'), TODAY).problem).toBe('province');
  });
});

describe('parseTypedDate', () => {
  it('takes the ways a clerk types a date', () => {
    for (const typed of ['05/01/1999', '5/1/1999', '05-01-1999', '5.1.1999', '05011999'])
      expect(parseTypedDate(typed)).toBe('1999-01-05');
  });
  it('refuses what is not a calendar date', () => {
    for (const typed of ['31/02/2000', '05/13/1999', '5/1/99', 'kemarin', '']) expect(parseTypedDate(typed)).toBeNull();
  });
});

describe('NikField and NikWarnings', () => {
  it('shows the decoded person and place under the field', () => {
    renderUi(
      <NikField value={SITI} onChange={() => undefined} hints={nikHints(blank(SITI), TODAY, KUARO)} region={KUARO} />,
    );
    expect(screen.getByText('Perempuan, lahir 5 Januari 1999 · Kuaro, Kabupaten Paser, Kalimantan Timur')).toBeTruthy();
  });

  it('shows how many digits are missing, then the problem as an error', () => {
    const { rerender } = renderUi(
      <NikField value="64010545" onChange={() => undefined} hints={nikHints(blank('64010545'), TODAY)} region={null} />,
    );
    expect(screen.getByText('Kurang 8 digit')).toBeTruthy();
    const bad = '6401053201990001';
    rerender(<NikField value={bad} onChange={() => undefined} hints={nikHints(blank(bad), TODAY)} region={null} />);
    expect(screen.getByText('Tanggal lahir di dalam NIK tidak valid')).toBeTruthy();
  });

  it('keeps only digits, 16 at most', async () => {
    const seen: string[] = [];
    renderUi(
      <NikField value="" onChange={(digits) => seen.push(digits)} hints={nikHints(blank(''), TODAY)} region={null} />,
    );
    const input = screen.getByRole('textbox', { name: /NIK/ });
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.change(input, { target: { value: '6401 0545-0199 0001 99' } });
    expect(seen).toEqual(['6401054501990001']);
  });

  it('warns in words when the typed sex differs from the NIK', () => {
    const hints = nikHints({ ...blank(SITI), birthDate: '05/01/1999', sex: 'L' }, TODAY, KUARO);
    renderUi(<NikWarnings hints={hints} />);
    expect(screen.getByTestId('nik-mismatch').textContent).toContain('NIK menunjukkan Perempuan, lahir 5 Januari 1999');
    expect(screen.queryByTestId('nik-region-unknown')).toBeNull();
  });

  it('says nothing when NIK and form agree', () => {
    const hints = nikHints({ ...blank(SITI), birthDate: '05/01/1999', sex: 'P' }, TODAY, KUARO);
    renderUi(<NikWarnings hints={hints} />);
    expect(screen.queryByTestId('nik-mismatch')).toBeNull();
    expect(screen.queryByTestId('nik-region-unknown')).toBeNull();
  });
});
