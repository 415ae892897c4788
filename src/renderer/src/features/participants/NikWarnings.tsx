import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../lib/dates';
import type { NikHints } from './nikHints';

/** Differences between the NIK and the form, in yellow: the clerk checks the KTP; nothing is blocked. */
export function NikWarnings({ hints }: { hints: NikHints }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { decoded } = hints;
  const differs = hints.mismatch.sex || hints.mismatch.birthDate;
  if (!decoded || (!differs && !hints.regionUnknown)) return null;
  return (
    <Stack gap="xs">
      {differs ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          title={t('nik.mismatchTitle')}
          data-testid="nik-mismatch"
        >
          {t('nik.mismatch', { sex: t(`sex.${decoded.sex}`), date: formatDate(decoded.birthDate) })}
        </Alert>
      ) : null}
      {hints.regionUnknown ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} data-testid="nik-region-unknown">
          {t('nik.regionUnknown', { code: decoded.regencyCode })}
        </Alert>
      ) : null}
    </Stack>
  );
}
