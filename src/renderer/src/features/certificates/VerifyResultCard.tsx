import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconQuestionMark } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateRow, VerifyResult } from '@shared/contract';
import { useFormatDate, useFormatDateTime } from '../../lib/dates';
import { Fact } from '../../components/Fact';

const LOOK: Record<VerifyResult['state'], { color: MantineColor; icon: ReactNode }> = {
  valid: { color: 'green', icon: <IconCircleCheck size={44} /> },
  revoked: { color: 'red', icon: <IconCircleX size={44} /> },
  unknown: { color: 'orange', icon: <IconQuestionMark size={44} /> },
  forged: { color: 'red', icon: <IconAlertTriangle size={44} /> },
};

function CertificateFacts({ certificate }: { certificate: CertificateRow }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      <Fact size="lg" label={t('roster.name')}>
        {certificate.fullName}
      </Fact>
      <Fact size="lg" label={t('certificates.col.serial')}>
        <Text span ff="monospace" fw={700} size="lg">
          {certificate.serial}
        </Text>
      </Fact>
      <Fact size="lg" label={t('certificates.col.programme')}>
        {certificate.programName}
      </Fact>
      <Fact size="lg" label={t('certificates.col.class')}>
        {certificate.className}
      </Fact>
      <Fact size="lg" label={t('certificates.col.issuedOn')}>
        {formatDate(certificate.issuedOn)}
      </Fact>
    </SimpleGrid>
  );
}

/** The verdict, big and unmistakable: colour, icon and a headline a clerk reads from a step away. */
export function VerifyResultCard({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { color, icon } = LOOK[result.state];
  const headline = t(`certificates.verify.state.${result.state}`);
  return (
    <Paper
      withBorder
      radius="lg"
      p="xl"
      bg={`${color}.0`}
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 3 }}
      data-testid="verify-result"
      data-state={result.state}
      role="status"
      aria-live="polite"
    >
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon color={color} size={64} radius="xl" variant="filled" aria-hidden>
            {icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} fz={30} c={`${color}.9`}>
              {headline}
            </Title>
            <Text size="md" c={`${color}.9`}>
              {result.state === 'forged'
                ? t(`certificates.verify.forged.${result.reason}`)
                : result.state === 'unknown'
                  ? t('certificates.verify.unknownDetail', { serial: result.serial })
                  : t(`certificates.verify.via.${result.via}`)}
            </Text>
          </Stack>
        </Group>
        {result.state === 'revoked' && result.certificate.revoked ? (
          <Paper radius="md" p="md" bg="red.1">
            <Text fw={700} c="red.9">
              {t('certificates.verify.revokedReason', { reason: result.certificate.revoked.reason })}
            </Text>
            <Text size="sm" c="red.9">
              {t('certificates.verify.revokedAt', { at: formatDateTime(result.certificate.revoked.at) })}
            </Text>
          </Paper>
        ) : null}
        {result.state === 'valid' || result.state === 'revoked' ? (
          <CertificateFacts certificate={result.certificate} />
        ) : null}
      </Stack>
    </Paper>
  );
}
