import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegencies } from './queries';

/**
 * 514 regencies: searchable by name, Enter takes the first match; the province tells same-named
 * places apart. The list is public reference data, so first-run setup offers it too.
 */
export function RegencySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const regencies = useRegencies();
  const data = useMemo(
    () =>
      (regencies.data ?? []).map((regency) => ({
        value: regency.code,
        label: `${regency.name} (${regency.provinceName})`,
      })),
    [regencies.data],
  );
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      limit={30}
      nothingFoundMessage={t('common.none')}
      placeholder={t('blk.regencyHint')}
      {...props}
      data={data}
    />
  );
}
