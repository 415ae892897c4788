import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistricts } from './queries';

/** Suggests the kecamatan of the chosen regency, but takes any text: the list may lag behind new districts. */
export function DistrictField({
  regencyCode,
  ...props
}: Omit<AutocompleteProps, 'data'> & { regencyCode: string | null }) {
  const { t } = useTranslation();
  const districts = useDistricts(regencyCode);
  const data = useMemo(() => [...new Set((districts.data ?? []).map((district) => district.name))], [districts.data]);
  return <Autocomplete description={t('participant.districtHint')} limit={20} {...props} data={data} />;
}
