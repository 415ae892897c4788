import { Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EquipmentSettings } from '@shared/contract';
import { ASSET_TAG_PATTERN, formatAssetTag } from '@shared/equipment';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useSaveEquipmentSettings } from './queries';

/** An example tag from a pattern, or null while the pattern is not valid. */
export function tagExample(pattern: string, category: string, year: number, seq = 12): string | null {
  const trimmed = pattern.trim();
  return ASSET_TAG_PATTERN.test(trimmed) && trimmed.length <= 40
    ? formatAssetTag(trimmed, { category, year, seq })
    : null;
}

/** Pola kode label: how new tags are made, with an example that follows the typing. */
export function TagPatternPanel({ settings, exampleCode }: { settings: EquipmentSettings; exampleCode: string }) {
  const { t } = useTranslation();
  const canSave = useCan('equipmentSettings.save');
  const save = useSaveEquipmentSettings();
  const submit = useSingleFlight(save);
  const [pattern, setPattern] = useState(settings.tagPattern);
  const [error, setError] = useState<string | null>(null);
  const example = tagExample(pattern, exampleCode, new Date().getFullYear());
  return (
    <Paper withBorder radius="lg" p="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!example) return setError('tag_pattern');
          setError(null);
          submit(
            { tagPattern: pattern.trim() },
            { onSuccess: () => notifications.show({ color: 'teal', message: t('equipment.pattern.saved') }) },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('equipment.pattern.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('equipment.pattern.explain')}
          </Text>
          <TextInput
            label={t('equipment.pattern.label')}
            value={pattern}
            readOnly={!canSave}
            onChange={(event) => {
              setPattern(event.currentTarget.value);
              setError(null);
            }}
            error={fieldErrorText(t, error)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            description={
              example ? (
                <>
                  {t('equipment.pattern.example')} <Code>{example}</Code>
                </>
              ) : (
                t('fieldErrors.tag_pattern')
              )
            }
          />
          <Text size="xs" c="dimmed">
            {t('equipment.pattern.tokens')}
          </Text>
          <ErrorAlert error={save.error} />
          {canSave ? (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={pattern.trim() === settings.tagPattern}>
                {t('common.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
