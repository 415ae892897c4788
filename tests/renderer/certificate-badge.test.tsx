import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertificateBadge } from '../../src/renderer/src/features/instructors/CertificateBadge';
import { renderUi } from './render';

describe('CertificateBadge', () => {
  it('says each state in words, in its colour', () => {
    renderUi(
      <>
        <CertificateBadge state="valid" daysLeft={400} expiresOn="2028-01-01" />
        <CertificateBadge state="expiring" daysLeft={12} expiresOn="2026-12-05" />
        <CertificateBadge state="expired" daysLeft={-3} expiresOn="2026-11-20" />
        <CertificateBadge state="missing" daysLeft={null} expiresOn={null} />
      </>,
    );
    const badge = (text: string) => screen.getByText(text).closest('[data-state]');
    expect(badge('Berlaku')?.getAttribute('data-state')).toBe('valid');
    expect(badge('Berakhir dalam 12 hari')?.getAttribute('data-state')).toBe('expiring');
    expect(badge('Sudah habis')?.getAttribute('data-state')).toBe('expired');
    expect(badge('Belum ada')?.getAttribute('data-state')).toBe('missing');
    expect(badge('Berakhir dalam 12 hari')?.getAttribute('style')).toContain('yellow');
    expect(badge('Sudah habis')?.getAttribute('style')).toContain('red');
    expect(badge('Berlaku')?.getAttribute('style')).toContain('teal');
    expect(badge('Belum ada')?.getAttribute('style')).toContain('gray');
  });

  it('speaks English too', () => {
    renderUi(<CertificateBadge state="expiring" daysLeft={5} expiresOn="2026-11-28" />, 'en');
    expect(screen.getByText('Expires in 5 days')).toBeTruthy();
  });
});
