import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type AssessmentTrainee } from '@shared/contract';
import { OUTCOME_STATUSES, type OutcomeStatus } from '@shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { reasonText } from './sheet';
import { useClearOverride, useOverrideOutcome } from './queries';

/** An admin sets a final status against the rules; the written reason goes to the audit log. */
export function OverrideModal({ trainee, onClose }: { trainee: AssessmentTrainee | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={trainee !== null}
      onClose={onClose}
      title={trainee ? t('outcome.overrideTitle', { fullName: trainee.fullName }) : ''}
      size="md"
    >
      {trainee ? <OverrideForm key={trainee.enrolmentId} trainee={trainee} onClose={onClose} /> : null}
    </Modal>
  );
}

function OverrideForm({ trainee, onClose }: { trainee: AssessmentTrainee; onClose: () => void }) {
  const { t } = useTranslation();
  const override = useOverrideOutcome();
  const clear = useClearOverride();
  const submit = useSingleFlight(override);
  const submitClear = useSingleFlight(clear);
  const form = useAppForm<{ status: OutcomeStatus; reason: string }>({
    initialValues: {
      status: trainee.override?.status ?? (trainee.computedOutcome === 'graduated' ? 'not_competent' : 'graduated'),
      reason: trainee.override?.reason ?? '',
    },
  });
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['outcomes.override'].input, { ...values, enrolmentId: trainee.enrolmentId });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () =>
        done(t('outcome.overridden', { fullName: trainee.fullName, status: t(`enrolmentStatus.${values.status}`) })),
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('outcome.computedIs', { status: t(`enrolmentStatus.${trainee.computedOutcome}`) })}
          {trainee.reasons.length > 0 ? ` (${trainee.reasons.map((reason) => reasonText(t, reason)).join('; ')})` : ''}
        </Text>
        <Radio.Group label={t('outcome.finalStatus')} withAsterisk {...form.getInputProps('status')}>
          <Stack gap="xs" mt={6}>
            {OUTCOME_STATUSES.map((status) => (
              <Radio key={status} value={status} label={t(`enrolmentStatus.${status}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('outcome.reasonLabel')}
          description={t('outcome.reasonHint')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <ErrorAlert error={override.error ?? clear.error} fieldsShown />
        <Group justify="space-between">
          {trainee.override ? (
            <Button
              variant="subtle"
              color="red"
              loading={clear.isPending}
              onClick={() =>
                submitClear(
                  { enrolmentId: trainee.enrolmentId },
                  { onSuccess: () => done(t('outcome.cleared', { fullName: trainee.fullName })) },
                )
              }
            >
              {t('outcome.clear')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={override.isPending}>
              {t('outcome.overrideSubmit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
