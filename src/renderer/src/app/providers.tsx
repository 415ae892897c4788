import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api';
import { sessionOptions } from '../features/operators/queries';
import { theme } from './theme';

/** A lost session (main restarted, operator logged out elsewhere) sends the clerk back to the login. */
function onCallError(client: () => QueryClient) {
  return (error: unknown) => {
    if (isApiError(error, 'NOT_AUTHENTICATED')) client().setQueryData(sessionOptions().queryKey, null);
  };
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onCallError(() => client) }),
    mutationCache: new MutationCache({ onError: onCallError(() => client) }),
    defaultOptions: {
      // Main answers from a local file: nothing to retry, and a refetch on every mount is cheap,
      // so a screen never shows what another window (or desk) changed a minute ago.
      queries: { retry: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
  return client;
}

export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ModalsProvider>
          <Notifications position="bottom-right" limit={4} />
          {children}
        </ModalsProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
