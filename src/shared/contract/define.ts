import type { z } from 'zod';
import type { Role } from '../domain';

/** Who may call a method: 'public' needs no login (setup, login); otherwise the roles listed. */
export type Access = 'public' | readonly Role[];

export interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  /** A writing method runs in one transaction and is refused to read-only roles. */
  writes: boolean;
  /** Phantom: carries the output type only. */
  readonly output?: Output;
}

/** Declares one contract method; `Output` is given explicitly, the input type is inferred. */
export function method<Output>() {
  return <Input extends z.ZodType>(spec: {
    input: Input;
    access: Access;
    writes: boolean;
  }): MethodSpec<Input, Output> => spec;
}

export const STAFF: readonly Role[] = ['admin', 'front_desk'];
export const EVERYONE: readonly Role[] = ['admin', 'front_desk', 'head'];
export const ADMIN: readonly Role[] = ['admin'];
