import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TimeField } from '../../src/renderer/src/components/TimeField';
import { ScheduleSummary } from '../../src/renderer/src/features/sessions/ScheduleSummary';
import type { CompetencyUnit, ScheduledSession } from '../../src/shared/contract';
import { renderUi } from './render';

function ControlledTime({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <TimeField label="Jam mulai" value={value} onChange={setValue} />;
}

const units: CompetencyUnit[] = [
  { id: 1, position: 1, code: 'U1', title: 'Mengoperasikan komputer', jp: 8 },
  { id: 2, position: 2, code: 'U2', title: 'Mengolah kata', jp: 8 },
];

const session = (id: number, unitJp: [number, number][]): ScheduledSession => ({
  id,
  classId: 1,
  className: 'Kelas A',
  programName: 'Operator Komputer',
  date: '2026-12-07',
  startTime: '08:00',
  endTime: '12:00',
  jp: unitJp.reduce((sum, [, jp]) => sum + jp, 0),
  place: null,
  instructors: [],
  units: unitJp.map(([unitId, jp]) => ({ unitId, code: `U${unitId}`, title: '', jp })),
  notes: '',
  attendanceTaken: false,
});

describe('the time field', () => {
  it('turns what was typed into HH:MM on leaving the field, and leaves nonsense for the check to flag', () => {
    renderUi(<ControlledTime initial="" />);
    const field = screen.getByRole('textbox', { name: 'Jam mulai' });
    fireEvent.change(field, { target: { value: '730' } });
    fireEvent.blur(field);
    expect(field).toHaveProperty('value', '07:30');
    fireEvent.change(field, { target: { value: '25.00' } });
    fireEvent.blur(field);
    expect(field).toHaveProperty('value', '25.00');
  });
});

describe('the schedule summary', () => {
  it('tells the JP scheduled in total and per unit, and what is left', () => {
    renderUi(
      <ScheduleSummary
        totalJp={16}
        units={units}
        sessions={[
          session(1, [[1, 4]]),
          session(2, [
            [1, 4],
            [2, 2],
          ]),
        ]}
      />,
    );
    expect(screen.getByText('Terjadwal 10 dari 16 JP')).toBeDefined();
    expect(screen.getByText('Sisa 6 JP belum terjadwal (2 sesi sejauh ini).')).toBeDefined();
    expect(screen.getByText('8 / 8 JP')).toBeDefined();
    expect(screen.getByText('2 / 8 JP')).toBeDefined();
  });
});
