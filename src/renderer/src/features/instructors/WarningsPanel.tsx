import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CertificateWarning } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { CertificateBadge } from './CertificateBadge';
import { useCertificateWarnings } from './queries';

/** "Peringatan sertifikat": who may not teach until a certificate is renewed or recorded. */
export function WarningsPanel({ onOpen }: { onOpen: (instructorId: number) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const warnings = useCertificateWarnings();
  if (!warnings.isSuccess) return null;
  if (warnings.data.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('instructors.warningsTitle')}>
        {t('instructors.noWarnings')}
      </Alert>
    );
  }
  const hasExpired = warnings.data.some((warning) => warning.state === 'expired');
  const line = (warning: CertificateWarning) => {
    const kind = t(`instructorCert.kind.${warning.kind}`);
    if (!warning.expiresOn) return kind;
    const key = warning.state === 'expired' ? 'instructorCert.endedOn' : 'instructorCert.endsOn';
    return `${kind} · ${t(key, { date: formatDate(warning.expiresOn) })}`;
  };
  return (
    <Alert
      id="certificate-warnings"
      color={hasExpired ? 'red' : 'yellow'}
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t('instructors.warningsTitleCount', { count: warnings.data.length })}
      role="region"
      aria-label={t('instructors.warningsTitle')}
    >
      <Text size="sm" mb="xs">
        {t('instructors.warningsIntro')}
      </Text>
      <List spacing={6} listStyleType="none" ml={0}>
        {warnings.data.map((warning) => (
          <List.Item key={`${warning.instructorId}-${warning.kind}`}>
            <Group gap="sm" wrap="wrap">
              <Anchor component="button" type="button" fw={600} onClick={() => onOpen(warning.instructorId)}>
                {warning.fullName}
              </Anchor>
              <Text size="sm">{line(warning)}</Text>
              <CertificateBadge state={warning.state} daysLeft={warning.daysLeft} expiresOn={null} />
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
