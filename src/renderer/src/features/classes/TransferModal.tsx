import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary, RosterRow } from '@shared/contract';
import { CLASS_STATUSES_TAKING_TRANSFERS } from '@shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDate } from '../../lib/dates';
import { fieldErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useClasses, useTransferEnrolment } from './queries';

/** Classes a trainee of `from` may move to: same programme, not this class, still taking trainees. */
export function transferTargets(from: Pick<ClassSummary, 'id' | 'programId'>, classes: ClassSummary[]): ClassSummary[] {
  return classes.filter(
    (klass) =>
      klass.id !== from.id &&
      klass.programId === from.programId &&
      CLASS_STATUSES_TAKING_TRANSFERS.includes(klass.status),
  );
}

/** "Pindah kelas": moves one enrolment to another class of the same programme, with a reason. */
export function TransferModal({
  klass,
  row,
  onClose,
}: {
  klass: ClassSummary;
  row: RosterRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t('transfer.title', { fullName: row.fullName }) : ''}
      size="lg"
    >
      {row ? <TransferForm key={row.enrolmentId} klass={klass} row={row} onClose={onClose} /> : null}
    </Modal>
  );
}

function TransferForm({ klass, row, onClose }: { klass: ClassSummary; row: RosterRow; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const classes = useClasses();
  const transfer = useTransferEnrolment();
  const submit = useSingleFlight(transfer);
  const [toClassId, setToClassId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ toClassId?: string; reason?: string }>({});
  const targets = transferTargets(klass, classes.data ?? []);
  const free = (target: ClassSummary) => Math.max(target.quota - target.seatsTaken, 0);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const missing = {
          ...(toClassId === null ? { toClassId: 'required' } : {}),
          ...(reason.trim() === '' ? { reason: 'required' } : {}),
        };
        setErrors(missing);
        if (toClassId === null || reason.trim() === '') return;
        const target = targets.find((candidate) => String(candidate.id) === toClassId);
        submit(
          { enrolmentId: row.enrolmentId, toClassId: Number(toClassId), reason: reason.trim(), overrides: [] },
          {
            onSuccess: (result) => {
              const status = t(`enrolmentStatus.${result.enrolment.status}`);
              notifications.show({
                color: 'teal',
                autoClose: false,
                title: t('transfer.doneTitle'),
                message: t(result.enrolment.status === 'reserve' ? 'transfer.doneReserve' : 'transfer.done', {
                  fullName: row.fullName,
                  className: target?.name ?? '',
                  status,
                }),
              });
              if (result.promoted) {
                notifications.show({
                  color: 'yellow',
                  title: t('roster.promotedTitle'),
                  message: t('roster.promoted', { fullName: result.promoted.fullName }),
                  autoClose: false,
                });
              }
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('transfer.intro', { program: klass.programName })}</Text>
        {classes.isSuccess && targets.length === 0 ? (
          <Alert color="yellow" variant="light">
            {t('transfer.noTargets', { program: klass.programName })}
          </Alert>
        ) : null}
        <Select
          label={t('transfer.toClass')}
          placeholder={t('transfer.toClassPick')}
          withAsterisk
          searchable
          selectFirstOptionOnChange
          data-autofocus
          data={targets.map((target) => ({
            value: String(target.id),
            label: t('transfer.option', {
              name: target.name,
              status: t(`classStatus.${target.status}`),
              start: formatDate(target.startDate),
              free: free(target),
            }),
          }))}
          value={toClassId}
          onChange={(value) => {
            setToClassId(value);
            setErrors((current) => ({ ...current, toClassId: undefined }));
          }}
          error={fieldErrorText(t, errors.toClassId)}
        />
        {(() => {
          const target = targets.find((candidate) => String(candidate.id) === toClassId);
          if (!target || row.status === 'reserve') return null;
          return (
            <Text size="sm" c={free(target) > 0 ? 'teal.8' : 'orange.9'}>
              {free(target) > 0 ? t('transfer.willSeat', { free: free(target) }) : t('transfer.willReserve')}
            </Text>
          );
        })()}
        <Textarea
          label={t('transfer.reason')}
          description={t('transfer.reasonHint')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setErrors((current) => ({ ...current, reason: undefined }));
          }}
          error={fieldErrorText(t, errors.reason)}
        />
        <ErrorAlert error={transfer.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={transfer.isPending}>
            {t('transfer.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
