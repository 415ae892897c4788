import type { regionsContract } from '@shared/contract/regions';
import type { HandlerMap } from '../../context';
import { regionTables } from './data';

export const regionsHandlers: HandlerMap<keyof typeof regionsContract> = {
  'regions.regencies': async () => {
    const tables = await regionTables();
    return [...tables.regencies.entries()]
      .map(([code, regency]) => ({
        code,
        name: regency.name,
        provinceName: tables.provinces.get(regency.provinceCode) ?? '',
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  },
  'regions.districts': async (_ctx, input) => {
    const tables = await regionTables();
    return [...tables.districts.entries()]
      .filter(([, district]) => district.regencyCode === input.regencyCode)
      .map(([code, district]) => ({ code, name: district.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  },
};
