import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { EligibilityReport } from '../../src/shared/contract';
import { EligibilityPanel } from '../../src/renderer/src/features/enrolments/EligibilityPanel';
import { canEnrol, overridesInput, type OverrideState } from '../../src/renderer/src/features/enrolments/overrides';
import { renderUi } from './render';

const report = (changes: Partial<EligibilityReport> = {}): EligibilityReport => ({
  outcomes: [
    { rule: 'min_age', passed: false, params: { age: 16, limit: 17 } },
    { rule: 'max_age', passed: true, params: { age: 16, limit: 35 } },
    { rule: 'min_education', passed: true, params: { education: 'SMK', limit: 'SMP' } },
    { rule: 'domicile', passed: true, params: { regency: '6401' } },
    { rule: 'no_overlap', passed: false, params: { className: 'Las Angkatan 1' } },
  ],
  eligible: false,
  seatsTaken: 3,
  quota: 16,
  wouldBeReserve: false,
  classOpen: true,
  alreadyEnrolled: false,
  ...changes,
});

function Panel({
  initial,
  canOverride,
  data,
}: {
  initial?: OverrideState;
  canOverride: boolean;
  data: EligibilityReport;
}) {
  const [overrides, setOverrides] = useState<OverrideState>(initial ?? {});
  return (
    <EligibilityPanel
      report={data}
      reserveRank={4}
      canOverride={canOverride}
      overrides={overrides}
      onOverridesChange={setOverrides}
      regencyNames={new Map([['6401', 'Kabupaten Paser']])}
    />
  );
}

const rule = (name: string) => document.querySelector(`[data-rule="${name}"]`);

describe('EligibilityPanel', () => {
  it('lists every rule with its verdict and the reason in words', () => {
    renderUi(<Panel canOverride={false} data={report()} />);
    expect(rule('min_age')?.getAttribute('data-passed')).toBe('false');
    expect(rule('min_age')?.textContent).toContain('Usia minimal');
    expect(rule('min_age')?.textContent).toContain('Tidak memenuhi');
    expect(rule('min_age')?.textContent).toContain('Usia 16 tahun, di bawah batas minimal 17 tahun');
    expect(rule('max_age')?.textContent).toContain('Memenuhi');
    expect(rule('min_education')?.textContent).toContain('Pendidikan SMK (minimal SMP)');
    expect(rule('domicile')?.textContent).toContain('KTP atau alamat di Kabupaten Paser');
    expect(rule('no_overlap')?.textContent).toContain('Waktunya bentrok dengan kelas Las Angkatan 1');
    expect(screen.getByTestId('eligibility-verdict').textContent).toContain('belum dapat didaftarkan');
    expect(screen.getByTestId('seats').textContent).toBe('Masih ada kursi: 3 dari 16 terisi.');
    expect(screen.queryByText(/Abaikan aturan/)).toBeNull();
  });

  it('announces the reserve list and its place in line when the class is full', () => {
    renderUi(
      <Panel
        canOverride={false}
        data={report({ outcomes: [], eligible: true, seatsTaken: 16, wouldBeReserve: true })}
      />,
    );
    expect(screen.getByText('Program ini tidak memiliki syarat khusus.')).toBeTruthy();
    expect(screen.getByTestId('eligibility-verdict').textContent).toBe('Semua syarat terpenuhi.');
    expect(screen.getByTestId('seats').textContent).toBe('Kelas penuh: akan masuk daftar Peserta cadangan urutan 4.');
  });

  it('offers an admin an override per failed rule, with a reason field', () => {
    renderUi(<Panel canOverride data={report()} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('Abaikan aturan: Usia minimal'));
    expect(screen.getByLabelText(/Alasan mengabaikan aturan: Usia minimal/)).toBeTruthy();
  });

  it('speaks English when asked', () => {
    renderUi(<Panel canOverride={false} data={report()} />, 'en');
    expect(rule('min_age')?.textContent).toContain('Age 16, below the minimum of 17');
    expect(rule('min_education')?.textContent).toContain('Education Vocational high (SMK) (minimum Junior high (SMP))');
  });
});

describe('canEnrol and overridesInput', () => {
  it('need every failed rule overridden with a written reason', () => {
    const data = report();
    expect(canEnrol(data, {})).toBe(false);
    const half: OverrideState = { min_age: { on: true, reason: 'Rekomendasi Disnakertrans' } };
    expect(canEnrol(data, half)).toBe(false);
    const blankReason: OverrideState = { ...half, no_overlap: { on: true, reason: '   ' } };
    expect(canEnrol(data, blankReason)).toBe(false);
    const full: OverrideState = {
      ...half,
      no_overlap: { on: true, reason: 'Kelas Las dibatalkan' },
      max_age: { on: true, reason: 'x' },
    };
    expect(canEnrol(data, full)).toBe(true);
    // Only failed rules are sent, trimmed.
    expect(overridesInput(data, full)).toEqual([
      { rule: 'min_age', reason: 'Rekomendasi Disnakertrans' },
      { rule: 'no_overlap', reason: 'Kelas Las dibatalkan' },
    ]);
  });

  it('refuse a closed class or a second enrolment whatever the rules say', () => {
    const clean = report({ outcomes: [], eligible: true });
    expect(canEnrol(clean, {})).toBe(true);
    expect(canEnrol({ ...clean, classOpen: false }, {})).toBe(false);
    expect(canEnrol({ ...clean, alreadyEnrolled: true }, {})).toBe(false);
  });
});
