import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '@shared/contract';

/**
 * The progress of a print run, "x dari y" with a bar and Batal. It cannot be closed otherwise:
 * the job runs in main, and only Batal stops it cleanly. `job` is the run's latest answer, kept
 * after the run ends so that the dialog fades out on the final count ("14 dari 14").
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
  const done = job?.done ?? 0;
  const total = job?.total ?? 0;
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
