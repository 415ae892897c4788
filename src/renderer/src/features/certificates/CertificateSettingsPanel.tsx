import {
  Alert,
  Button,
  Code,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contract, type CertificateSettings } from '@shared/contract';
import { useCan } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useBlkProfile } from '../settings/queries';
import { CertificateImageRow } from './CertificateImageRow';
import { useCertificateSettings, useSaveCertificateSettings } from './queries';

type Values = Omit<CertificateSettings, 'headName' | 'headNip' | 'logo' | 'signature' | 'serialExample'>;

/** Pengaturan > Sertifikat: the wording, the serial pattern and the images printed on every certificate. */
export function CertificateSettingsPanel() {
  const { t } = useTranslation();
  const settings = useCertificateSettings();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={2} fz={20} mb="md">
        {t('certificates.settings.title')}
      </Title>
      <QueryState query={settings}>{(data) => <SettingsForm settings={data} />}</QueryState>
    </Paper>
  );
}

function SettingsForm({ settings }: { settings: CertificateSettings }) {
  const { t } = useTranslation();
  const canEdit = useCan('certificateSettings.save');
  const save = useSaveCertificateSettings();
  const submit = useSingleFlight(save);
  const form = useAppForm<Values & Record<string, unknown>>({
    initialValues: {
      city: settings.city,
      headTitle: settings.headTitle,
      title: settings.title,
      wording: settings.wording,
      wordingEn: settings.wordingEn,
      serialPattern: settings.serialPattern,
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['certificateSettings.save'].input, values);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () => {
        form.resetDirty();
        notifications.show({ color: 'teal', message: t('certificates.settings.saved') });
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  const readOnly = !canEdit;
  return (
    <Stack gap="lg">
      <HeadNote fallback={settings} />
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('certificates.settings.city')}
              description={t('certificates.settings.cityHint')}
              withAsterisk
              readOnly={readOnly}
              {...form.getInputProps('city')}
            />
            <TextInput
              label={t('certificates.settings.headTitle')}
              description={t('certificates.settings.headTitleHint')}
              withAsterisk
              readOnly={readOnly}
              {...form.getInputProps('headTitle')}
            />
          </SimpleGrid>
          <TextInput
            label={t('certificates.settings.certTitle')}
            withAsterisk
            readOnly={readOnly}
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('certificates.settings.wording')}
            description={t('certificates.settings.wordingHint')}
            withAsterisk
            autosize
            minRows={2}
            readOnly={readOnly}
            {...form.getInputProps('wording')}
          />
          <Textarea
            label={t('certificates.settings.wordingEn')}
            description={t('certificates.settings.wordingEnHint')}
            autosize
            minRows={2}
            readOnly={readOnly}
            {...form.getInputProps('wordingEn')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('certificates.settings.serialPattern')}
              withAsterisk
              readOnly={readOnly}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('serialPattern')}
            />
            <Stack gap={4} justify="flex-end">
              <Text size="sm" c="dimmed">
                {t('certificates.settings.serialExample')}
              </Text>
              <Text ff="monospace" fw={700} size="lg" data-testid="serial-example">
                {settings.serialExample}
              </Text>
              {form.isDirty('serialPattern') ? (
                <Text size="xs" c="dimmed">
                  {t('certificates.settings.serialExampleAfterSave')}
                </Text>
              ) : null}
            </Stack>
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('certificates.settings.tokensIntro')} <Code>{'{seq:4}'}</Code> {t('certificates.settings.tokenSeq')};{' '}
            <Code>{'{year}'}</Code> {t('certificates.settings.tokenYear')}; <Code>{'{programme}'}</Code>{' '}
            {t('certificates.settings.tokenProgramme')}. {t('certificates.settings.tokensRule')}
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
      <Divider />
      <CertificateImageRow kind="logo" state={settings.logo} readOnly={readOnly} />
      <CertificateImageRow kind="signature" state={settings.signature} readOnly={readOnly} />
    </Stack>
  );
}

/**
 * The head's name and NIP are edited in the BLK profile on the same page; read them from there so
 * a change above shows here at once.
 */
function HeadNote({ fallback }: { fallback: Pick<CertificateSettings, 'headName' | 'headNip'> }) {
  const { t } = useTranslation();
  const profile = useBlkProfile().data ?? fallback;
  return (
    <Alert color={profile.headName ? 'blue' : 'orange'} variant="light" icon={<IconInfoCircle size={20} />}>
      {profile.headName
        ? t('certificates.settings.headFromProfile', {
            headName: profile.headName,
            headNip: profile.headNip || t('common.none'),
          })
        : t('certificates.settings.headMissing')}
    </Alert>
  );
}
