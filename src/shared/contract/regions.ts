// Reference data (Kemendagri region names), public so the first-run setup can offer the list.
import { z } from 'zod';
import { method } from './define';

export interface Regency {
  code: string;
  name: string;
  provinceName: string;
}

export const regionsContract = {
  'regions.regencies': method<Regency[]>()({ input: z.object({}), access: 'public', writes: false }),
  'regions.districts': method<{ code: string; name: string }[]>()({
    input: z.object({ regencyCode: z.string().regex(/^\d{4}$/) }),
    access: 'public',
    writes: false,
  }),
};
