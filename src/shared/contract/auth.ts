import { z } from 'zod';
import type { Role } from '../domain';
import { DEFAULT_REGENCY_CODE } from '../domain';
import { EVERYONE, method } from './define';
import { regencyCode, requiredText, optionalText } from './common';

export interface Session {
  operatorId: number;
  username: string;
  fullName: string;
  role: Role;
}

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { message: 'username_format' });
export const newPassword = z.string().min(8, { message: 'password_short' }).max(200, { message: 'too_long' });

export const blkProfileInput = z.object({
  name: requiredText(200),
  address: optionalText(500),
  regencyCode: regencyCode.default(DEFAULT_REGENCY_CODE),
  headName: requiredText(200),
  headNip: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{18}$/, { message: 'nip_format' }),
    ])
    .default(''),
});

export const authContract = {
  'setup.status': method<{ needsSetup: boolean; blkName: string | null }>()({
    input: z.object({}),
    access: 'public',
    writes: false,
  }),
  'setup.init': method<Session>()({
    input: z.object({
      blk: blkProfileInput,
      admin: z.object({ username, fullName: requiredText(200), password: newPassword }),
    }),
    access: 'public',
    writes: true,
  }),
  'auth.login': method<Session>()({
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, { message: 'required' }).max(64),
      password: z.string().min(1, { message: 'required' }).max(200),
    }),
    access: 'public',
    writes: true,
  }),
  'auth.session': method<Session | null>()({ input: z.object({}), access: 'public', writes: false }),
  'auth.logout': method<null>()({ input: z.object({}), access: EVERYONE, writes: false }),
};
