import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from './api';

/** One cache entry per (method, input): the key is the call itself. */
export function callOptions<M extends MethodName>(method: M, input: InputOf<M>) {
  return queryOptions({ queryKey: [method, input] as const, queryFn: () => api.call(method, input) });
}

/** After a write: refetch the reads it can change (only those on screen refetch at once). */
export function invalidate(client: QueryClient, methods: readonly MethodName[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => methods.includes(query.queryKey[0] as MethodName) });
}
