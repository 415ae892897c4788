import { contract, type InputOf, type MethodName, type OutputOf } from '@shared/contract';
import type { Role } from '@shared/domain';
import type { ErrorBody, ErrorCode, FieldErrors } from '@shared/errors';

/** An `ok: false` envelope as an exception, so TanStack Query sees a failed call. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors;
  readonly params: Record<string, string | number>;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.params = body.params ?? {};
  }
}

export const api = {
  /** Calls one contract method; resolves with its output or throws an ApiError. */
  async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = await window.api.invoke(method, input);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as OutputOf<M>;
  },
};

/** The contract's access list decides which buttons a role sees; main enforces the same list. */
export function canCall(role: Role | undefined, method: MethodName): boolean {
  if (!role) return false;
  const access = contract[method].access;
  return access === 'public' || access.includes(role);
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
