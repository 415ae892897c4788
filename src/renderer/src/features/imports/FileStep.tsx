import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportFile } from '@shared/contract/imports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSingleFlight } from '../../lib/forms';
import { useCount } from './importText';
import { StepHeading } from './StepHeading';
import { useOpenImport } from './queries';

/** Step 1: the file dialog (opened by main), then what was read: name, format and row count. */
export function FileStep({
  file,
  onOpened,
  onNext,
}: {
  file: ImportFile | null;
  onOpened: (file: ImportFile) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const count = useCount();
  const open = useOpenImport();
  const choose = useSingleFlight(open);
  return (
    <Stack gap="md">
      <StepHeading>{t('imports.file.heading')}</StepHeading>
      <Text>{t('imports.file.hint')}</Text>
      <Text size="sm" c="dimmed">
        {t('imports.file.limits', {
          max: `${MAX_IMPORT_BYTES / (1024 * 1024)} MB`,
          rows: count(MAX_IMPORT_ROWS),
        })}
      </Text>
      {file ? (
        <Group gap="sm" wrap="nowrap" data-testid="import-file">
          <IconFileSpreadsheet size={32} stroke={1.5} aria-hidden />
          <Stack gap={0}>
            <Title order={3} fz="lg">
              {file.fileName}
            </Title>
            <Text c="dimmed">
              {t('imports.file.summary', {
                format: t(`imports.file.format.${file.format}`),
                n: count(file.rowCount),
              })}
            </Text>
          </Stack>
          <Badge variant="light" color="teal" ml="auto" styles={{ label: { textTransform: 'none' } }}>
            {t(`imports.file.format.${file.format}`)}
          </Badge>
        </Group>
      ) : null}
      <ErrorAlert error={open.error} />
      <Group>
        <Button
          variant={file ? 'default' : 'filled'}
          leftSection={<IconFolderOpen size={18} />}
          loading={open.isPending}
          onClick={() =>
            choose(undefined, {
              onSuccess: (opened) => {
                if (opened) onOpened(opened);
              },
            })
          }
        >
          {file ? t('imports.file.chooseAnother') : t('imports.file.choose')}
        </Button>
        {file ? <Button onClick={onNext}>{t('imports.file.next')}</Button> : null}
      </Group>
    </Stack>
  );
}
