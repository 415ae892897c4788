import { z } from 'zod';
import { EVERYONE, method } from './define';

export interface Regency {
  code: string;
  name: string;
  provinceName: string;
}

export const regionsContract = {
  'regions.regencies': method<Regency[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'regions.districts': method<{ code: string; name: string }[]>()({
    input: z.object({ regencyCode: z.string().regex(/^\d{4}$/) }),
    access: EVERYONE,
    writes: false,
  }),
};
