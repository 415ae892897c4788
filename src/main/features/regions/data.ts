import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';

/** Kemendagri region names keyed by NIK-style codes without dots: '64', '6401', '640101'. */
export interface RegionTables {
  provinces: Map<string, string>;
  regencies: Map<string, { name: string; provinceCode: string }>;
  districts: Map<string, { name: string; regencyCode: string }>;
}

const undotted = (code: string) => code.replaceAll('.', '');

let loading: Promise<RegionTables> | null = null;

/** Read once from idn-area-data's CSV files (about 8,000 rows) and kept for the life of the process. */
export function regionTables(): Promise<RegionTables> {
  loading ??= (async () => {
    const [provinces, regencies, districts] = await Promise.all([getProvinces(), getRegencies(), getDistricts()]);
    return {
      provinces: new Map(provinces.map((row) => [undotted(row.code), row.name])),
      regencies: new Map(
        regencies.map((row) => [undotted(row.code), { name: row.name, provinceCode: undotted(row.province_code) }]),
      ),
      districts: new Map(
        districts.map((row) => [undotted(row.code), { name: row.name, regencyCode: undotted(row.regency_code) }]),
      ),
    };
  })();
  return loading;
}

export async function regencyName(code: string): Promise<string | null> {
  if (!code) return null;
  return (await regionTables()).regencies.get(code)?.name ?? null;
}
