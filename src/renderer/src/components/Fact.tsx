import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact on a record's page: the label small and dimmed, the value under it. */
export function Fact({ label, children, size = 'md' }: { label: string; children: ReactNode; size?: 'md' | 'lg' }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" fw={size === 'lg' ? 600 : 500} size={size}>
        {children}
      </Text>
    </Stack>
  );
}
