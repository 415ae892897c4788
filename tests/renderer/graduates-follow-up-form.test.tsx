import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Company, DueFollowUp, FollowUp } from '../../src/shared/contract';
import { FollowUpForm } from '../../src/renderer/src/features/graduates/FollowUpForm';
import { FollowUpsPage } from '../../src/renderer/src/features/graduates/FollowUpsPage';
import { emptyFollowUp, followUpCandidate } from '../../src/renderer/src/features/graduates/followUpValues';
import { whatsappNumber } from '../../src/renderer/src/features/graduates/phone';
import { fail, ok, renderEquipment, type Invoke } from './equipment-setup';

const TARGET = { enrolmentId: 41, fullName: 'Budi Santoso' };

const COMPANY: Company = {
  id: 5,
  name: 'PT Kideco Jaya Agung',
  sector: 'mining',
  address: 'Batu Kajang',
  contactName: 'Ibu Sari',
  phone: '0543-21234',
  email: '',
  notes: '',
  partnerships: ['hiring'],
  active: true,
  placementCount: 2,
};

const RECORDED: FollowUp = {
  id: 9,
  enrolmentId: 41,
  roundMonths: 3,
  contactedOn: '2027-03-01',
  channel: 'phone',
  outcome: 'employed',
  employer: COMPANY.name,
  companyId: COMPANY.id,
  sector: 'mining',
  jobTitle: 'Operator komputer',
  employmentKind: 'formal',
  businessType: '',
  incomeBand: '3m_5m',
  notes: '',
  placementId: null,
  operatorName: 'Desk',
  createdAt: '2027-03-01T02:00:00.000Z',
};

function fakeMain(record: () => unknown = () => ok(RECORDED)): Invoke {
  return async (method) => {
    switch (method) {
      case 'companies.list':
        return ok({ rows: [COMPANY], total: 1, capped: false });
      case 'followUps.record':
        return record();
      default:
        return fail('INTERNAL');
    }
  };
}

const outcome = (label: string) => screen.getByRole('radio', { name: label });
/** The input (not the listbox of its suggestions, labelled the same) by its label. */
const field = (label: RegExp) =>
  screen.getAllByLabelText(label).find((element) => element.tagName === 'INPUT') as HTMLInputElement;
const shown = (label: RegExp) => screen.queryAllByLabelText(label).length > 0;
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));

describe('the follow-up form', () => {
  it('asks only for the facts of the chosen outcome', () => {
    renderEquipment(<FollowUpForm target={TARGET} onDone={vi.fn()} onCancel={vi.fn()} />, fakeMain());
    // Before an outcome is chosen: date, channel, outcome and notes only.
    expect(shown(/^Tempat kerja/)).toBe(false);
    expect(shown(/^Jenis usaha/)).toBe(false);
    expect(shown(/^Catatan/)).toBe(true);

    fireEvent.click(outcome('Bekerja'));
    expect(shown(/^Tempat kerja/)).toBe(true);
    expect(shown(/^Sektor usaha/)).toBe(true);
    expect(shown(/^Jabatan/)).toBe(true);
    expect(screen.getByRole('radio', { name: 'Formal' })).toBeTruthy();
    expect(shown(/^Penghasilan per bulan/)).toBe(true);
    expect(shown(/^Jenis usaha/)).toBe(false);

    fireEvent.click(outcome('Wirausaha'));
    expect(shown(/^Jenis usaha/)).toBe(true);
    expect(shown(/^Sektor usaha/)).toBe(true);
    expect(shown(/^Penghasilan per bulan/)).toBe(true);
    expect(shown(/^Tempat kerja/)).toBe(false);
    expect(shown(/^Jabatan/)).toBe(false);
    expect(screen.queryByRole('radio', { name: 'Formal' })).toBeNull();

    for (const label of ['Melanjutkan studi', 'Belum bekerja', 'Tidak dapat dihubungi']) {
      fireEvent.click(outcome(label));
      expect(screen.queryByTestId('outcome-fields'), label).toBeNull();
    }
  });

  it('names what the outcome still needs and sends nothing', async () => {
    const { calls } = renderEquipment(<FollowUpForm target={TARGET} onDone={vi.fn()} onCancel={vi.fn()} />, fakeMain());
    // Enter on a radio saves, as it does in a text field.
    await act(async () => fireEvent.keyDown(screen.getByRole('radio', { name: 'Telepon' }), { key: 'Enter' }));
    expect(screen.getByText('Wajib diisi')).toBeTruthy();

    fireEvent.click(outcome('Bekerja'));
    await save();
    expect(field(/^Tempat kerja/).getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'followUps.record')).toBe(false);
  });

  it("shows main's field error on its field", async () => {
    renderEquipment(
      <FollowUpForm target={TARGET} onDone={vi.fn()} onCancel={vi.fn()} />,
      fakeMain(() => fail('VALIDATION', {}, { contactedOn: 'follow_up_before_graduation' })),
    );
    fireEvent.click(outcome('Tidak dapat dihubungi'));
    await save();
    const date = screen.getByRole('textbox', { name: /^Tanggal kontak/ });
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Tanggal tidak boleh sebelum tanggal lulus')).toBeTruthy();
  });

  it('links a picked partner company, takes its sector, and records once however often the form is submitted', async () => {
    const onDone = vi.fn();
    const { calls } = renderEquipment(<FollowUpForm target={TARGET} onDone={onDone} onCancel={vi.fn()} />, fakeMain());
    fireEvent.click(outcome('Bekerja'));
    const employer = field(/^Tempat kerja/);
    fireEvent.focus(employer);
    fireEvent.change(employer, { target: { value: 'Kideco' } });
    fireEvent.click(await screen.findByRole('option', { name: COMPANY.name, hidden: true }));
    expect(await screen.findByText('Tercatat sebagai Mitra Industri')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    const income = screen
      .getAllByLabelText(/^Penghasilan per bulan/)
      .find((element) => element.getAttribute('aria-haspopup') === 'listbox') as HTMLElement;
    fireEvent.click(income);
    fireEvent.click(await screen.findByRole('option', { name: 'Rp 3.000.000 – Rp 5.000.000', hidden: true }));

    const form = employer.closest('form') as HTMLFormElement;
    await act(async () => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(RECORDED));
    const sent = calls.filter((call) => call.method === 'followUps.record');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.input).toMatchObject({
      enrolmentId: 41,
      outcome: 'employed',
      employer: COMPANY.name,
      companyId: COMPANY.id,
      sector: 'mining',
      employmentKind: 'formal',
      incomeBand: '3m_5m',
      channel: 'phone',
    });
  });
});

describe('follow-up values', () => {
  it('sends nothing the chosen outcome does not ask for', () => {
    const typed = {
      ...emptyFollowUp('2027-03-01'),
      outcome: 'not_working' as const,
      employer: 'Toko Sinar',
      companyId: 3,
      sector: 'trade' as const,
      incomeBand: '1m_2m' as const,
      notes: 'Mencari kerja',
    };
    expect(followUpCandidate(41, typed)).toMatchObject({
      contactedOn: '2027-03-01',
      employer: '',
      companyId: null,
      sector: null,
      incomeBand: null,
      notes: 'Mencari kerja',
    });
    expect(followUpCandidate(41, { ...typed, outcome: 'self_employed', businessType: 'Katering' })).toMatchObject({
      employer: '',
      businessType: 'Katering',
      sector: 'trade',
      incomeBand: '1m_2m',
    });
  });

  it('writes phone numbers as WhatsApp wants them', () => {
    expect(whatsappNumber('0812-3456-7890')).toBe('6281234567890');
    expect(whatsappNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsappNumber('')).toBeNull();
  });
});

const DUE: DueFollowUp = {
  enrolmentId: 41,
  participantId: 7,
  fullName: 'Budi Santoso',
  nik: '6401050101950001',
  phone: '081234567800',
  classId: 3,
  className: 'Operator Komputer Angkatan 3',
  programName: 'Operator Komputer',
  graduatedOn: '2026-11-20',
  roundMonths: 3,
  dueOn: '2027-02-20',
  daysOverdue: 9,
  unreachableTries: 1,
  lastContactOn: '2027-02-25',
  currentStatus: 'unreachable',
};

const dueMain: Invoke = async (method) => {
  switch (method) {
    case 'followUps.due':
      return ok({ rows: [DUE], total: 1, capped: false });
    case 'programs.list':
    case 'classes.list':
      return ok([]);
    default:
      return fail('INTERNAL');
  }
};

// mantine-datatable renders a cell only when its media query matches; jsdom's stand-in matches nothing.
const jsdomMatchMedia = window.matchMedia;

describe('the due list', () => {
  beforeAll(() => {
    window.matchMedia = (query: string) => ({ ...jsdomMatchMedia(query), matches: true });
  });
  afterAll(() => {
    window.matchMedia = jsdomMatchMedia;
  });

  it('shows the round, the overdue days, the failed tries and the WhatsApp number', async () => {
    renderEquipment(<FollowUpsPage />, dueMain);
    expect(await screen.findByText('Bulan ke-3')).toBeTruthy();
    expect(screen.getByText('Lewat 9 hari')).toBeTruthy();
    expect(screen.getByText('1 kali tidak terhubung')).toBeTruthy();
    expect(screen.getByText('WA 6281234567800')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat hasil penelusuran Budi Santoso' })).toBeTruthy();
  });

  it('offers no recording to the head of BLK, who only reads', async () => {
    renderEquipment(<FollowUpsPage />, dueMain, { role: 'head' });
    expect(await screen.findByText('Bulan ke-3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Catat hasil/ })).toBeNull();
  });
});
