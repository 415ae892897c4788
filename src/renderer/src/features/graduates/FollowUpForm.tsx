import { Group, Modal, Radio, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { followUpInput, type FollowUp } from '@shared/contract';
import { FOLLOW_UP_OUTCOMES, RECORDED_CHANNELS } from '@shared/graduates';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { emptyFollowUp, followUpCandidate, type FollowUpValues, type RecordedChannel } from './followUpValues';
import { OutcomeFields } from './OutcomeFields';
import { useRecordFollowUp } from './queries';
import { submitOnEnter } from './submitOnEnter';

export interface FollowUpTarget {
  enrolmentId: number;
  fullName: string;
  /** The round being answered, when the form opens from the due list. */
  roundMonths?: number;
}

/**
 * Catat hasil penelusuran: when and how the graduate was contacted, what they do now, and only the
 * facts that outcome needs. The round is found by main from the date.
 */
export function FollowUpForm({
  target,
  onDone,
  onCancel,
}: {
  target: FollowUpTarget;
  onDone: (followUp: FollowUp) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordFollowUp();
  const submit = useSingleFlight(record);
  const form = useAppForm<FollowUpValues>({ initialValues: emptyFollowUp() });
  const values = form.getValues();

  const onSubmit = form.onSubmit((typed) => {
    const parsed = parseInput(followUpInput, followUpCandidate(target.enrolmentId, typed));
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: (followUp) => {
        notifications.show({
          color: 'teal',
          message: t('graduates.form.saved', {
            name: target.fullName,
            outcome: t(`graduates.outcome.${followUp.outcome}`),
          }),
        });
        onDone(followUp);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });

  return (
    <form onSubmit={onSubmit} onKeyDownCapture={submitOnEnter} noValidate>
      <Stack gap="md">
        <Group align="flex-start" gap="lg" wrap="wrap">
          <DateField
            label={t('graduates.form.contactedOn')}
            withAsterisk
            data-autofocus
            w={220}
            {...form.getInputProps('contactedOn')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="follow-up-channel-label">
              {t('graduates.form.channel')}
            </Text>
            <SegmentedControl
              aria-labelledby="follow-up-channel-label"
              value={values.channel}
              onChange={(channel) => form.setFieldValue('channel', channel as RecordedChannel)}
              data={RECORDED_CHANNELS.map((channel) => ({ value: channel, label: t(`graduates.channel.${channel}`) }))}
            />
          </Stack>
        </Group>
        <Radio.Group label={t('graduates.form.outcome')} withAsterisk {...form.getInputProps('outcome')}>
          <Group gap="lg" mt={6}>
            {FOLLOW_UP_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} label={t(`graduates.outcome.${outcome}`)} />
            ))}
          </Group>
        </Radio.Group>
        <OutcomeFields form={form} />
        <Textarea
          label={t('graduates.form.notes')}
          description={values.outcome === 'unreachable' ? t('graduates.form.unreachableHint') : undefined}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormActions error={record.error} pending={record.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** The form in a dialog, for whichever graduate a row or a page asks it for (null: closed). */
export function FollowUpModal({ target, onClose }: { target: FollowUpTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="56rem"
      title={
        target
          ? target.roundMonths
            ? t('graduates.form.titleRound', { name: target.fullName, months: target.roundMonths })
            : t('graduates.form.title', { name: target.fullName })
          : ''
      }
    >
      {target ? <FollowUpForm key={target.enrolmentId} target={target} onCancel={onClose} onDone={onClose} /> : null}
    </Modal>
  );
}
