import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/contract';
import { formatDateTime } from '@shared/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../i18n';
import { useSingleFlight } from '../../lib/forms';
import { callOptions } from '../../lib/query';
import { useRestoreBackup } from './queries';

/** What the copy holds, a plain warning of what is lost, and a deliberate confirmation. */
export function RestoreModal({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const contents = useQuery(callOptions('backups.inspect', { fileName: backup.fileName }));
  const restore = useRestoreBackup();
  const submit = useSingleFlight(restore);
  const [understood, setUnderstood] = useState(false);
  const takenAt = formatDateTime(backup.takenAt, locale);
  return (
    <Modal opened onClose={onClose} title={t('backups.restoreTitle', { takenAt })} size="lg">
      {restore.isSuccess ? (
        <Alert color="teal" title={t('backups.restarting')}>
          {t('backups.restartingBody')}
        </Alert>
      ) : (
        <QueryState query={contents}>
          {(data) => (
            <Stack>
              <List size="sm">
                <List.Item>{t('backups.countParticipants', { count: data.counts.participants })}</List.Item>
                <List.Item>{t('backups.countClasses', { count: data.counts.classes })}</List.Item>
                <List.Item>{t('backups.countCertificates', { count: data.counts.certificates })}</List.Item>
                <List.Item>{t('backups.megabytes', { size: (data.sizeBytes / 1_048_576).toFixed(1) })}</List.Item>
              </List>
              {data.integrity === 'ok' ? (
                <>
                  <Text size="sm">{t('backups.restoreExplain')}</Text>
                  <Checkbox
                    label={t('backups.restoreUnderstood', { takenAt })}
                    checked={understood}
                    onChange={(event) => setUnderstood(event.currentTarget.checked)}
                  />
                </>
              ) : (
                <Alert color="red" title={t('backups.damaged')}>
                  {data.integrity}
                </Alert>
              )}
              <ErrorAlert error={restore.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button
                  color="red"
                  leftSection={<IconRestore size={18} />}
                  disabled={!understood || data.integrity !== 'ok'}
                  loading={restore.isPending}
                  onClick={() => submit({ fileName: backup.fileName })}
                >
                  {t('backups.restoreConfirm')}
                </Button>
              </Group>
            </Stack>
          )}
        </QueryState>
      )}
    </Modal>
  );
}
