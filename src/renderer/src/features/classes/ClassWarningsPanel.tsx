import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassWarning } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { useCertificateProblemText } from './CertificateProblems';
import { useClassWarnings } from './queries';

/** "Peringatan kelas": instructor certificates and classes short of trainees, each linking to its class. */
export function ClassWarningsPanel() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const problemText = useCertificateProblemText();
  const warnings = useClassWarnings();
  if (!warnings.isSuccess || warnings.data.length === 0) return null;
  const line = (warning: ClassWarning) => {
    if (warning.kind === 'certificate') {
      return `${warning.fullName}: ${problemText({ kind: warning.certificate, problem: warning.problem, expiresOn: warning.expiresOn })}`;
    }
    const start = formatDate(warning.startDate);
    return warning.daysToStart >= 0
      ? t('classWarnings.belowMinimum', {
          seatsTaken: warning.seatsTaken,
          minToOpen: warning.minToOpen,
          start,
          count: warning.daysToStart,
        })
      : t('classWarnings.belowMinimumLate', { seatsTaken: warning.seatsTaken, minToOpen: warning.minToOpen, start });
  };
  return (
    <Alert
      id="class-warnings"
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t('classWarnings.titleCount', { count: warnings.data.length })}
      role="region"
      aria-label={t('classWarnings.title')}
    >
      <List spacing={6} listStyleType="none" ml={0}>
        {warnings.data.map((warning, index) => (
          <List.Item key={`${warning.classId}-${warning.kind}-${index}`}>
            <Group gap="sm" wrap="wrap">
              <Anchor component={Link} to={`/classes/${warning.classId}`} fw={600}>
                {warning.className}
              </Anchor>
              <Text size="sm">{line(warning)}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
