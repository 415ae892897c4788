import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassSummary } from '@shared/contract';
import { CLASS_TRANSITIONS, type ClassStatus } from '@shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSingleFlight } from '../../lib/forms';
import { useSetClassStatus } from './queries';

/** Going back to planned is the one step that undoes something; it gets a quieter button. */
const BACKWARD: readonly ClassStatus[] = ['planned'];

/** The lifecycle steps allowed from the class's status, each confirmed before it is taken. */
export function ClassStatusActions({ klass }: { klass: ClassSummary }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ClassStatus | null>(null);
  const next = CLASS_TRANSITIONS[klass.status];
  if (next.length === 0) return null;
  return (
    <>
      <Group gap="xs">
        {next.map((status) => (
          <Button
            key={status}
            variant={BACKWARD.includes(status) ? 'default' : 'filled'}
            color={status === 'closed' ? 'gray' : undefined}
            onClick={() => setTarget(status)}
          >
            {t(`classAction.${status}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? t(`classAction.${target}`) : ''}
        size="md"
      >
        {target ? <ConfirmStatus key={target} klass={klass} status={target} onClose={() => setTarget(null)} /> : null}
      </Modal>
    </>
  );
}

function ConfirmStatus({ klass, status, onClose }: { klass: ClassSummary; status: ClassStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetClassStatus();
  const submit = useSingleFlight(setStatus);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          { id: klass.id, status },
          {
            onSuccess: (saved) => {
              notifications.show({
                color: 'teal',
                message: t('classAction.done', { name: saved.name, status: t(`classStatus.${saved.status}`) }),
              });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text>{t(`classAction.confirm.${status}`, { name: klass.name })}</Text>
        {status === 'running' && klass.belowMinimum ? (
          <Text c="orange.9" fw={500}>
            {t('classAction.belowMinimum', { seatsTaken: klass.seatsTaken, minToOpen: klass.minToOpen })}
          </Text>
        ) : null}
        <ErrorAlert error={setStatus.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={setStatus.isPending} data-autofocus>
            {t('classAction.yes')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
