import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Every screen opens with one h1, so a clerk (and a screen reader) knows where they are. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} fz={28}>
          {title}
        </Title>
        {subtitle ? (
          // A subtitle may be badges in a group: a <div>, since a <p> cannot hold them.
          <Text c="dimmed" size="md" component={typeof subtitle === 'string' ? 'p' : 'div'}>
            {subtitle}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
