import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '@shared/contract';
import type { EnrolmentStatus } from '@shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSingleFlight } from '../../lib/forms';
import { useSetEnrolmentStatus } from '../enrolments/queries';

export interface StatusChange {
  row: RosterRow;
  status: EnrolmentStatus;
}

/** Confirms one status change (with an optional note for the audit log) and reports a promoted reserve. */
export function StatusChangeModal({ change, onClose }: { change: StatusChange | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={change !== null}
      onClose={onClose}
      title={
        change
          ? t('roster.confirmTitle', { action: t(`statusAction.${change.status}`), fullName: change.row.fullName })
          : ''
      }
      size="md"
    >
      {change ? (
        <ChangeForm key={`${change.row.enrolmentId}:${change.status}`} change={change} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function ChangeForm({ change, onClose }: { change: StatusChange; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const setStatus = useSetEnrolmentStatus();
  const submit = useSingleFlight(setStatus);
  const status = t(`enrolmentStatus.${change.status}`);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          { enrolmentId: change.row.enrolmentId, status: change.status, note },
          {
            onSuccess: (result) => {
              notifications.show({
                color: 'teal',
                message: t('roster.changed', { fullName: change.row.fullName, status }),
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
        <Text>{t('roster.confirmBody', { fullName: change.row.fullName, status })}</Text>
        <Textarea
          label={t('roster.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <ErrorAlert error={setStatus.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={setStatus.isPending}
            data-autofocus
            color={['rejected', 'withdrawn', 'dropped_out'].includes(change.status) ? 'red' : undefined}
          >
            {t('roster.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
