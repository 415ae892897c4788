import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { followUpSettingsInput, type FollowUpSettings } from '@shared/contract';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useFollowUpSettings, useSaveFollowUpSettings } from './queries';

interface IntervalValues extends Record<string, unknown> {
  /** Months as typed tags ("3", "6", "12"). */
  months: string[];
}

/** "3", " 6 " -> 3, 6; anything that is not a whole number stays NaN so the schema refuses it. */
const toMonths = (tags: readonly string[]) => tags.map((tag) => (/^\s*\d+\s*$/.test(tag) ? Number(tag) : Number.NaN));

function IntervalsForm({ settings }: { settings: FollowUpSettings }) {
  const { t } = useTranslation();
  const canEdit = useCan('followUps.saveSettings');
  const save = useSaveFollowUpSettings();
  const submit = useSingleFlight(save);
  const form = useAppForm<IntervalValues>({ initialValues: { months: settings.months.map(String) } });
  const onSubmit = form.onSubmit((typed) => {
    const parsed = parseInput(followUpSettingsInput, { months: toMonths(typed.months) });
    if (!parsed.ok) return form.setErrors({ months: 'follow_up_months' });
    submit(parsed.data, {
      onSuccess: (saved) => {
        form.setValues({ months: saved.months.map(String) });
        form.resetDirty();
        notifications.show({ color: 'teal', message: t('graduates.settings.saved') });
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TagsInput
          label={t('graduates.settings.months')}
          description={t('graduates.settings.monthsHint')}
          splitChars={[',', ' ', ';']}
          readOnly={!canEdit}
          clearable={canEdit}
          maw={480}
          {...form.getInputProps('months')}
        />
        <Text size="sm" c="dimmed">
          {t('graduates.settings.effect')}
        </Text>
        <ErrorAlert error={save.error} fieldsShown />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** Pengaturan > Penelusuran Alumni: the months after graduation at which follow-ups fall due. */
export function FollowUpSettingsPanel() {
  const { t } = useTranslation();
  const settings = useFollowUpSettings();
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('graduates.settings.title')}>
      <Title order={2} fz={20} mb="md">
        {t('graduates.settings.title')}
      </Title>
      <QueryState query={settings}>{(data) => <IntervalsForm settings={data} />}</QueryState>
    </Paper>
  );
}
