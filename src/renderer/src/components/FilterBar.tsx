import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A list's filters: the search box first (it has the focus when the page opens), the narrowing
 * selects under it, and a button to clear them all once anything narrows the list.
 */
/** `Values`: the search text and any number of selects, each null for all. */
export function FilterBar<Values extends { search: string }>({
  value,
  onChange,
  cleared,
  labels,
  children,
}: {
  value: Values;
  onChange: (next: Values) => void;
  cleared: Values;
  labels: { search: string; searchPlaceholder: string; clear: string };
  children: ReactNode;
}) {
  const narrowed = Object.entries(value).some(([key, item]) => (key === 'search' ? item !== '' : item !== null));
  return (
    <Stack gap="sm">
      <TextInput
        label={labels.search}
        placeholder={labels.searchPlaceholder}
        leftSection={<IconSearch size={18} />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        autoFocus
        data-autofocus
      />
      {children}
      {narrowed ? (
        <Group>
          <Button variant="subtle" size="xs" leftSection={<IconX size={14} />} onClick={() => onChange(cleared)}>
            {labels.clear}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
