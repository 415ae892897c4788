import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '@shared/contract';

/**
 * The progress of a print run, "x dari y" with a bar and Batal. It cannot be closed otherwise:
 * the job runs in main, and only Batal stops it cleanly.
 */
export function PrintProgress({
  running,
  job,
  onCancel,
}: {
  running: boolean;
  job: PrintJob | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // Until main answers startPrint, its dialog asks where: nothing to show yet.
  const opened = running && job !== null;
  // The modal fades out after the job is gone: keep showing its last count, not "0 dari 0".
  const [lastJob, setLastJob] = useState(job);
  if (job && job !== lastJob) setLastJob(job);
  const shown = job ?? lastJob;
  const done = shown?.done ?? 0;
  const total = shown?.total ?? 0;
  const label = t('certificates.print.progress', { done, total });
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('certificates.print.progressTitle')}
      size="md"
    >
      <Stack gap="md">
        <Progress value={total > 0 ? (done / total) * 100 : 0} size="xl" radius="md" animated aria-label={label} />
        <Text ta="center" fw={600} role="status" aria-live="polite">
          {label}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
