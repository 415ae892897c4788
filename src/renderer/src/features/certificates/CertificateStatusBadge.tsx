import { Badge, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateRow } from '@shared/contract';
import { useFormatDateTime } from '../../lib/dates';

/** Berlaku or Dicabut; a revoked one says why, when and by whom on hover and to a screen reader. */
export function CertificateStatusBadge({ certificate }: { certificate: CertificateRow }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { revoked } = certificate;
  if (!revoked) {
    return (
      <Badge color="green" variant="light" styles={{ label: { textTransform: 'none' } }}>
        {t('certificates.state.valid')}
      </Badge>
    );
  }
  const why = t('certificates.state.revokedWhy', {
    reason: revoked.reason,
    at: formatDateTime(revoked.at),
    operator: revoked.operatorName,
  });
  return (
    <Tooltip multiline w={300} label={why}>
      <Badge
        color="red"
        variant="filled"
        styles={{ label: { textTransform: 'none' } }}
        aria-label={`${t('certificates.state.revoked')}: ${why}`}
        tabIndex={0}
      >
        {t('certificates.state.revoked')}
      </Badge>
    </Tooltip>
  );
}

/** 0 copies: issued, never printed; more than one: reprinted. */
export function CopiesText({ copies }: { copies: number }) {
  const { t } = useTranslation();
  if (copies === 0) {
    return (
      <Badge color="gray" variant="light" styles={{ label: { textTransform: 'none' } }}>
        {t('certificates.notPrinted')}
      </Badge>
    );
  }
  return <Text size="sm">{t('certificates.copies', { count: copies })}</Text>;
}
