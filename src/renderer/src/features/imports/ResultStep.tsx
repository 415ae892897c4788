import { Button, Group, List, Stack } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '@shared/contract/imports';
import { useCount } from './importText';
import { StepHeading } from './StepHeading';

/** Step 4: what the import did, and where to go next. */
export function ResultStep({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const { t } = useTranslation();
  const count = useCount();
  const lines = (['created', 'updated', 'unchanged', 'skippedExisting', 'invalid'] as const).filter(
    (key) => key === 'created' || result[key] > 0,
  );
  return (
    <Stack gap="md">
      <Group gap="xs">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-7)" aria-hidden />
        <StepHeading>{t('imports.result.heading')}</StepHeading>
      </Group>
      <List size="lg" spacing={4} data-testid="import-result">
        {lines.map((key) => (
          <List.Item key={key}>{t(`imports.result.${key}`, { n: count(result[key]) })}</List.Item>
        ))}
      </List>
      <Group>
        <Button component={Link} to="/participants" leftSection={<IconUsers size={18} />}>
          {t('imports.result.toParticipants')}
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={onAgain}>
          {t('imports.result.again')}
        </Button>
      </Group>
    </Stack>
  );
}
