import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClassCertificateWarning } from '@shared/instructors';
import { useFormatDate } from '../../lib/dates';

/** One certificate problem in words: "Sertifikat metodologi habis 1 Maret 2030, sebelum kelas selesai". */
export function useCertificateProblemText() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (warning: Pick<ClassCertificateWarning, 'kind' | 'problem' | 'expiresOn'>) =>
    t(`classCert.${warning.problem}`, {
      kind: t(`instructorCert.kind.${warning.kind}`),
      date: formatDate(warning.expiresOn),
    });
}

/** A red badge with the count, for places where there is no room for sentences. */
export function CertificateProblemBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge
      color="red"
      variant="light"
      leftSection={<IconAlertTriangle size={14} />}
      styles={{ label: { textTransform: 'none' } }}
    >
      {t('classCert.badge', { count })}
    </Badge>
  );
}

/** The certificate problems of one instructor for one class, each on its own line. */
export function CertificateProblems({ warnings }: { warnings: ClassCertificateWarning[] }) {
  const text = useCertificateProblemText();
  if (warnings.length === 0) return null;
  return (
    <Stack gap={2}>
      {warnings.map((warning) => (
        <Group key={warning.kind} gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="red.8">
            {text(warning)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
