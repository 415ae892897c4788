import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type BlkProfile } from '@shared/contract';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatDateTime } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { BackupsPanel } from '../backups/BackupsPanel';
import { CertificateSettingsPanel } from '../certificates/CertificateSettingsPanel';
import { FollowUpSettingsPanel } from '../graduates/FollowUpSettingsPanel';
import { OperatorsPanel } from '../operators/OperatorsPanel';
import { AboutPanel } from './AboutPanel';
import { BlkProfileFields, type BlkProfileValues } from './BlkProfileFields';
import { useBlkProfile, useUpdateBlkProfile } from './queries';

function ProfileForm({ profile }: { profile: BlkProfile }) {
  const { t } = useTranslation();
  const canEdit = useCan('settings.update');
  const formatDateTime = useFormatDateTime();
  const update = useUpdateBlkProfile();
  const submit = useSingleFlight(update);
  const form = useAppForm<BlkProfileValues & Record<string, unknown>>({
    initialValues: {
      name: profile.name,
      address: profile.address,
      regencyCode: profile.regencyCode,
      headName: profile.headName,
      headNip: profile.headNip,
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['settings.update'].input, values);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () => {
        form.resetDirty();
        notifications.show({ color: 'teal', message: t('settings.saved') });
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <BlkProfileFields inputProps={(field) => form.getInputProps(field)} autoFocus={canEdit} readOnly={!canEdit} />
        <Text size="sm" c="dimmed">
          {t('blk.timezone')}: {profile.timezone} · {formatDateTime(new Date().toISOString())}
        </Text>
        <ErrorAlert error={update.error} fieldsShown />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const profile = useBlkProfile();
  return (
    <Stack gap="xl" maw={960}>
      <PageHeader title={t('settings.title')} />
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} fz={20} mb="md">
          {t('settings.profile')}
        </Title>
        <QueryState query={profile}>{(data) => <ProfileForm profile={data} />}</QueryState>
      </Paper>
      <CertificateSettingsPanel />
      <FollowUpSettingsPanel />
      <BackupsPanel />
      <OperatorsPanel />
      <AboutPanel />
    </Stack>
  );
}
