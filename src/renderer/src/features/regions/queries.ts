import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { callOptions } from '../../lib/query';

/** Region tables never change while the app runs. */
const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } as const;

export function useRegencies() {
  return useQuery({ ...callOptions('regions.regencies', {}), ...forever });
}

/** Regency code -> name, for sentences such as "KTP atau alamat di Kabupaten Paser". */
export function useRegencyNames(): Map<string, string> {
  const { data } = useRegencies();
  return useMemo(() => new Map((data ?? []).map((regency) => [regency.code, regency.name])), [data]);
}

export function useDistricts(regencyCode: string | null) {
  const code = regencyCode && /^\d{4}$/.test(regencyCode) ? regencyCode : '';
  return useQuery({ ...callOptions('regions.districts', { regencyCode: code }), ...forever, enabled: code !== '' });
}
