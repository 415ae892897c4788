import { z } from 'zod';
import type { Role } from '../domain';
import { ROLES } from '../domain';
import { ADMIN, EVERYONE, method } from './define';
import { requiredText } from './common';
import { blkProfileInput, newPassword, username } from './auth';

export interface BlkProfile {
  name: string;
  address: string;
  regencyCode: string;
  regencyName: string | null;
  headName: string;
  headNip: string;
  timezone: string;
}

export interface OperatorRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export const settingsContract = {
  'settings.get': method<BlkProfile>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'settings.update': method<BlkProfile>()({ input: blkProfileInput, access: ADMIN, writes: true }),
  'operators.list': method<OperatorRow[]>()({ input: z.object({}), access: ADMIN, writes: false }),
  'operators.create': method<OperatorRow>()({
    input: z.object({ username, fullName: requiredText(200), role: z.enum(ROLES), password: newPassword }),
    access: ADMIN,
    writes: true,
  }),
};
