import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../lib/dates';
import { usePrograms } from '../programs/queries';

export type StatusFilter = 'valid' | 'revoked' | 'all';

export interface RegistryFilterValues {
  search: string;
  year: string | null;
  programId: string | null;
  status: StatusFilter;
}

/** Serials carry the year of issue: this year and the few before cover a BLK's registry. */
function recentYears(): string[] {
  const year = Number(todayIso().slice(0, 4));
  return Array.from({ length: 8 }, (_, index) => String(year - index));
}

/** Search, year, programme and status of the registry; every change goes back to page one. */
export function RegistryFilters({
  value,
  onChange,
}: {
  value: RegistryFilterValues;
  onChange: (next: RegistryFilterValues) => void;
}) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const set = <K extends keyof RegistryFilterValues>(key: K, next: RegistryFilterValues[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label={t('certificates.registry.search')}
        placeholder={t('certificates.registry.searchPlaceholder')}
        leftSection={<IconSearch size={18} />}
        w={300}
        value={value.search}
        data-autofocus
        autoFocus
        onChange={(event) => set('search', event.currentTarget.value)}
      />
      <Select
        label={t('certificates.registry.year')}
        placeholder={t('certificates.registry.allYears')}
        data={recentYears()}
        value={value.year}
        onChange={(next) => set('year', next)}
        clearable
        w={160}
      />
      <Select
        label={t('certificates.registry.programme')}
        placeholder={t('certificates.registry.allProgrammes')}
        data={(programs.data ?? []).map((program) => ({ value: String(program.id), label: program.name }))}
        value={value.programId}
        onChange={(next) => set('programId', next)}
        clearable
        searchable
        w={240}
      />
      <SegmentedControl
        aria-label={t('certificates.registry.status')}
        value={value.status}
        onChange={(next) => set('status', next === 'valid' || next === 'revoked' ? next : 'all')}
        data={[
          { value: 'valid', label: t('certificates.registry.statusValid') },
          { value: 'revoked', label: t('certificates.registry.statusRevoked') },
          { value: 'all', label: t('certificates.registry.statusAll') },
        ]}
      />
    </Group>
  );
}
