import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  classCandidate,
  emptyClass,
  instructorWarnings,
  type ClassValues,
} from '../../src/renderer/src/features/classes/classValues';
import { InstructorRows, type InstructorOption } from '../../src/renderer/src/features/classes/InstructorRows';
import { transferTargets } from '../../src/renderer/src/features/classes/TransferModal';
import { useAppForm } from '../../src/renderer/src/lib/forms';
import type { ClassSummary } from '../../src/shared/contract';
import { renderUi } from './render';

const TODAY = '2030-01-10';
const cert = (expiresOn: string) => ({
  number: 'X',
  issuer: 'BNSP',
  issuedOn: '2027-01-01',
  expiresOn,
  state: 'valid' as const,
  daysLeft: 100,
});
const budi: InstructorOption = {
  id: 1,
  fullName: 'Budi Santoso',
  competency: cert('2033-01-01'),
  methodology: cert('2030-03-01'),
};
const sari: InstructorOption = { id: 2, fullName: 'Sari Dewi', competency: cert('2033-01-01'), methodology: null };

function Harness({ values }: { values: Partial<ClassValues> }) {
  const form = useAppForm<ClassValues>({ initialValues: { ...emptyClass(1), ...values } });
  return <InstructorRows form={form} instructors={[budi, sari]} today={TODAY} />;
}

describe('instructor warnings in the class form', () => {
  it('flags a certificate lapsing before the typed end date, and not one lasting through it', () => {
    expect(instructorWarnings(budi, '31/03/2030', TODAY)).toEqual([
      { kind: 'methodology', problem: 'lapses_before_end', expiresOn: '2030-03-01' },
    ]);
    // Valid through its expiry date: ending on that very day is fine.
    expect(instructorWarnings(budi, '01/03/2030', TODAY)).toEqual([]);
    expect(instructorWarnings(sari, '01/02/2030', TODAY)).toEqual([
      { kind: 'methodology', problem: 'missing', expiresOn: null },
    ]);
    // Nothing to compare with until the end date can be read.
    expect(instructorWarnings(budi, '31/03/20', TODAY)).toEqual([]);
  });

  it('shows the warning under the chosen instructor before saving', () => {
    renderUi(
      <Harness
        values={{
          endDate: '31/03/2030',
          instructors: [
            { instructorId: '1', role: 'lead' },
            { instructorId: '2', role: 'assistant' },
          ],
        }}
      />,
    );
    expect(screen.getByText('Sertifikat metodologi habis 1 Maret 2030, sebelum kelas selesai')).toBeTruthy();
    expect(screen.getByText('Sertifikat metodologi belum ada')).toBeTruthy();
    // Each row states its good certificates; the problem ones are told in red instead.
    expect(screen.getAllByText('Sertifikat kompetensi')).toHaveLength(2);
    expect(screen.queryByText('Sertifikat metodologi')).toBeNull();
    expect(screen.queryByText('Sertifikat kompetensi belum ada')).toBeNull();
  });

  it('shows no warning when the class ends while the certificates are valid', () => {
    renderUi(<Harness values={{ endDate: '15/02/2030', instructors: [{ instructorId: '1', role: 'lead' }] }} />);
    expect(screen.queryByText(/sebelum kelas selesai/)).toBeNull();
  });
});

describe('the class form sends the whole class', () => {
  it('builds the place, keeps the sponsor only for sponsored funding, and drops empty instructor rows', () => {
    const base = { ...emptyClass(3), name: 'Las 1', startDate: '01/02/2030', endDate: '31/03/2030' };
    expect(
      classCandidate({
        ...base,
        fundingSource: 'dana_desa',
        sponsorName: 'Desa Songka',
        placeKind: 'mtu',
        mtuSiteId: '4',
        roomId: '9',
        instructors: [
          { instructorId: '1', role: 'lead' },
          { instructorId: null, role: 'assistant' },
        ],
      }),
    ).toMatchObject({
      programId: 3,
      startDate: '2030-02-01',
      fundingSource: 'dana_desa',
      sponsorName: 'Desa Songka',
      place: { kind: 'mtu', mtuSiteId: 4 },
      instructors: [{ instructorId: 1, role: 'lead' }],
      minToOpen: 10,
    });
    expect(
      classCandidate({ ...base, fundingSource: 'apbn', sponsorName: 'Desa Songka', placeKind: 'none' }),
    ).toMatchObject({ sponsorName: '', place: null });
  });
});

describe('transfer targets', () => {
  it('are the other classes of the same programme that still take trainees', () => {
    const klass = (id: number, programId: number, status: ClassSummary['status']) =>
      ({ id, programId, status }) as ClassSummary;
    const all = [
      klass(1, 1, 'open'),
      klass(2, 1, 'planned'),
      klass(3, 1, 'finished'),
      klass(4, 2, 'open'),
      klass(5, 1, 'running'),
    ];
    expect(transferTargets({ id: 1, programId: 1 }, all).map((target) => target.id)).toEqual([2, 5]);
  });
});
