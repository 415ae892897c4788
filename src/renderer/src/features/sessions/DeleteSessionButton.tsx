import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScheduledSession } from '@shared/contract';
import { useErrorText } from '../../lib/errors';
import { useDeleteSession } from './queries';
import { useFormatDay, useFormatTimes } from './sessionFormat';

/**
 * Deletes a session after a confirmation naming its day and time. Main refuses a session whose
 * attendance was taken; that refusal is shown as a notification.
 */
export function DeleteSessionButton({ session, onDeleted }: { session: ScheduledSession; onDeleted?: () => void }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatTimes = useFormatTimes();
  const errorText = useErrorText();
  const remove = useDeleteSession();
  const when = t('schedule.when', {
    date: formatDay(session.date),
    times: formatTimes(session.startTime, session.endTime),
  });
  const confirm = () =>
    modals.openConfirmModal({
      title: t('schedule.delete.title'),
      children: <Text size="sm">{t('schedule.delete.body', { when, className: session.className })}</Text>,
      labels: { confirm: t('schedule.delete.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: session.id },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('schedule.delete.done', { when }) });
              onDeleted?.();
            },
            onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
          },
        ),
    });
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      leftSection={<IconTrash size={14} />}
      loading={remove.isPending}
      onClick={confirm}
      aria-label={`${t('schedule.delete.button')} ${when}`}
    >
      {t('schedule.delete.button')}
    </Button>
  );
}
