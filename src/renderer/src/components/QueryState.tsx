import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../lib/errors';

/** Loading and failure of a read, the same on every screen; renders children once data is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Stack align="center" py="xl" gap="sm">
        <Text c="red">{errorText(query.error)}</Text>
        <Button variant="light" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}
