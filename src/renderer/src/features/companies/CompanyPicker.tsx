import { Autocomplete, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '@shared/contract';
import { useCompanies } from './queries';

/** Enough matches to pick from while typing; the search narrows it in main. */
const PICK_SIZE = 20;

function useCompanySearch(text: string) {
  const [debounced] = useDebouncedValue(text.trim(), 200);
  return useCompanies({ search: debounced, partnership: null, activeOnly: true, page: 1, pageSize: PICK_SIZE });
}

/**
 * Where a graduate works: any name typed freely, or a partner company picked from the list, which
 * links the follow-up to that company (and suggests its sector). Typing over a picked name unlinks it.
 */
export function EmployerField({
  employer,
  companyId,
  error,
  onChange,
}: {
  employer: string;
  companyId: number | null;
  error?: string | undefined;
  onChange: (next: { employer: string; companyId: number | null; company: Company | null }) => void;
}) {
  const { t } = useTranslation();
  const companies = useCompanySearch(employer);
  const rows = companies.data?.rows ?? [];
  // Autocomplete reports the picked name through onChange right after onOptionSubmit: that echo
  // must keep the link, while any other text drops it.
  const picked = useRef<Company | null>(null);
  return (
    <Autocomplete
      label={t('graduates.form.employer')}
      description={companyId !== null ? t('graduates.form.employerLinked') : t('graduates.form.employerHint')}
      withAsterisk
      autoComplete="off"
      value={employer}
      error={error}
      data={rows.map((company) => company.name)}
      // Main already searched; a second filter here would hide matches on the address or contact.
      filter={({ options }) => options}
      onChange={(text) => {
        const company = picked.current?.name === text ? picked.current : null;
        picked.current = company;
        onChange({ employer: text, companyId: company?.id ?? null, company });
      }}
      onOptionSubmit={(name) => {
        picked.current = rows.find((row) => row.name === name) ?? null;
        onChange({ employer: name, companyId: picked.current?.id ?? null, company: picked.current });
      }}
    />
  );
}

/** A partner company chosen by typing part of its name (searched in main), e.g. for a placement. */
export function CompanySelect({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (companyId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const companies = useCompanySearch(chosen && search === chosen.label ? '' : search);
  const options = (companies.data?.rows ?? []).map((company) => ({ value: String(company.id), label: company.name }));
  // The chosen company stays an option while the list shows other matches.
  const data = chosen && !options.some((option) => option.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      {...props}
      searchable
      selectFirstOptionOnChange
      nothingFoundMessage={t('graduates.form.noCompany')}
      filter={({ options: all }) => all}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(companyId, option) => {
        setChosen(companyId && option ? { value: companyId, label: option.label } : null);
        onChange(companyId);
      }}
    />
  );
}
