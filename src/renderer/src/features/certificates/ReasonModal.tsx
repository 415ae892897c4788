import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

const MAX_REASON = 500;

/**
 * A written reason before something that is traced (a reprint, a revocation). The reason is
 * required here already, so an empty one never reaches main; main checks it again.
 */
export function ReasonModal({
  opened,
  title,
  intro,
  label,
  submitLabel,
  danger = false,
  pending = false,
  error = null,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  intro: ReactNode;
  label: string;
  submitLabel: string;
  danger?: boolean;
  pending?: boolean;
  error?: unknown;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md">
      {opened ? (
        <ReasonForm
          intro={intro}
          label={label}
          submitLabel={submitLabel}
          danger={danger}
          pending={pending}
          error={error}
          onClose={onClose}
          onSubmit={onSubmit}
        />
      ) : null}
    </Modal>
  );
}

function ReasonForm({
  intro,
  label,
  submitLabel,
  danger,
  pending,
  error,
  onClose,
  onSubmit,
}: Omit<Parameters<typeof ReasonModal>[0], 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = reason.trim();
        if (!trimmed) return setMissing(true);
        onSubmit(trimmed);
      }}
    >
      <Stack gap="md">
        {intro}
        <Textarea
          label={label}
          withAsterisk
          autosize
          minRows={3}
          maxLength={MAX_REASON}
          data-autofocus
          value={reason}
          error={missing ? t('fieldErrors.required') : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
