import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CompanyForm } from '../../src/renderer/src/features/companies/CompanyForm';
import { fail, renderEquipment } from './equipment-setup';

const select = (label: RegExp) =>
  screen
    .getAllByLabelText(label)
    .find((element) => element.getAttribute('aria-haspopup') === 'listbox') as HTMLInputElement;

describe('the partner company form', () => {
  it('asks for a name and a sector before calling main', async () => {
    const { calls } = renderEquipment(<CompanyForm company={null} onDone={vi.fn()} />, async () => fail('INTERNAL'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));
    expect(screen.getByRole('textbox', { name: /^Nama perusahaan/ }).getAttribute('aria-invalid')).toBe('true');
    expect(select(/^Sektor usaha/).getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('shows a name already taken on the name field, and the partnerships ticked are sent once each', async () => {
    const onDone = vi.fn();
    const { calls } = renderEquipment(<CompanyForm company={null} onDone={onDone} />, async () =>
      fail('COMPANY_NAME_TAKEN', {}, { name: 'company_name_taken' }),
    );
    fireEvent.change(screen.getByRole('textbox', { name: /^Nama perusahaan/ }), {
      target: { value: 'PT Kideco Jaya Agung' },
    });
    fireEvent.click(select(/^Sektor usaha/));
    fireEvent.click(await screen.findByRole('option', { name: 'Pertambangan dan penggalian', hidden: true }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Merekrut lulusan' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Simpan' })));

    const name = screen.getByRole('textbox', { name: /^Nama perusahaan/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Nama perusahaan ini sudah terdaftar')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(calls[0]).toMatchObject({
      method: 'companies.create',
      input: { name: 'PT Kideco Jaya Agung', sector: 'mining', partnerships: ['hiring'], active: true },
    });
  });
});
