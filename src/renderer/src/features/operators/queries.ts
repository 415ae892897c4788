import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

export const setupStatusOptions = () => callOptions('setup.status', {});
export const sessionOptions = () => callOptions('auth.session', {});

/** Reads refused before sign-in (the region list during setup) are asked again once signed in. */
function forgetRefusals(client: QueryClient) {
  client.removeQueries({ predicate: (query) => query.state.status === 'error' });
}

export function useSetupStatus() {
  return useQuery(setupStatusOptions());
}

export function useSessionQuery(enabled: boolean) {
  return useQuery({ ...sessionOptions(), enabled });
}

export function useSetupInit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'setup.init'>) => api.call('setup.init', input),
    onSuccess: (session) => {
      forgetRefusals(client);
      client.setQueryData(sessionOptions().queryKey, session);
      return invalidate(client, ['setup.status']);
    },
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'auth.login'>) => api.call('auth.login', input),
    onSuccess: (session) => {
      forgetRefusals(client);
      client.setQueryData(sessionOptions().queryKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('auth.logout', {}),
    onSuccess: () => {
      // Nothing read by the last operator should show to the next one.
      const kept = ['setup.status', 'auth.session'];
      client.removeQueries({ predicate: (query) => !kept.includes(String(query.queryKey[0])) });
      client.setQueryData(sessionOptions().queryKey, null);
    },
  });
}

export function useOperators() {
  return useQuery(callOptions('operators.list', {}));
}

export function useCreateOperator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'operators.create'>) => api.call('operators.create', input),
    onSuccess: () => invalidate(client, ['operators.list']),
  });
}

/** Editing oneself changes the session in main (a new role, or signed out when disabled): ask again. */
export function useUpdateOperator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'operators.update'>) => api.call('operators.update', input),
    onSuccess: () => invalidate(client, ['operators.list', 'auth.session']),
  });
}

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'operators.resetPassword'>) => api.call('operators.resetPassword', input),
    onSuccess: () => invalidate(client, ['operators.list']),
  });
}
