import { Alert, List, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IssueResult } from '@shared/contract';

/** What "issue for all graduates" did: how many new, how many already had one, who was left out and why. */
export function IssueSummary({ result, onClose }: { result: IssueResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={result.issued.length > 0 ? 'teal' : 'blue'}
      variant="light"
      icon={<IconCertificate size={20} />}
      title={t('certificates.issue.summaryTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      role="status"
    >
      <Text size="sm">
        {t('certificates.issue.summaryIssued', { count: result.issued.length })}{' '}
        {t('certificates.issue.summaryAlready', { count: result.alreadyIssued.length })}
      </Text>
      {result.skipped.length > 0 ? (
        <>
          <Text size="sm" mt="xs">
            {t('certificates.issue.summarySkipped', { count: result.skipped.length })}
          </Text>
          <List size="sm" mt={4}>
            {result.skipped.map((skipped) => (
              <List.Item key={skipped.enrolmentId}>
                {skipped.fullName} — {t(`enrolmentStatus.${skipped.status}`)}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
