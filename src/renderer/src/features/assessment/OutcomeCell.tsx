import { Badge, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssessmentTrainee } from '@shared/contract';
import type { ClassStatus } from '@shared/domain';
import { useFormatDateTime } from '../../lib/dates';
import { EnrolmentStatusBadge } from '../enrolments/EnrolmentStatusBadge';
import { reasonText } from './sheet';

const DECIDED: readonly ClassStatus[] = ['finished', 'closed'];

/**
 * What the rules give now (with the reasons when it is not a pass) and, once the class is
 * finished, the final status; an admin's override shows who set it and why.
 */
export function OutcomeCell({
  trainee,
  classStatus,
  onOverride,
}: {
  trainee: AssessmentTrainee;
  classStatus: ClassStatus;
  onOverride: ((trainee: AssessmentTrainee) => void) | null;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const passes = trainee.computedOutcome === 'graduated';
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6}>
        {DECIDED.includes(classStatus) || trainee.status === 'dropped_out' ? (
          <EnrolmentStatusBadge status={trainee.status} />
        ) : (
          <Badge color={passes ? 'green' : 'orange'} variant="outline" styles={{ label: { textTransform: 'none' } }}>
            {t(passes ? 'outcome.wouldGraduate' : 'outcome.wouldNotGraduate')}
          </Badge>
        )}
        {trainee.override ? (
          <Tooltip
            multiline
            w={300}
            label={t('outcome.overrideBy', {
              reason: trainee.override.reason,
              operator: trainee.override.operatorName,
              at: formatDateTime(trainee.override.at),
            })}
          >
            <Badge color="violet" variant="outline" styles={{ label: { textTransform: 'none' } }}>
              {t('outcome.overrideBadge', { status: t(`enrolmentStatus.${trainee.override.status}`) })}
            </Badge>
          </Tooltip>
        ) : null}
      </Group>
      {trainee.override ? (
        <Text size="xs" c="violet.9">
          {t('outcome.overrideReason', { reason: trainee.override.reason })}
        </Text>
      ) : null}
      {trainee.reasons.length > 0 ? (
        <List size="xs" c="orange.9" spacing={0}>
          {trainee.reasons.map((reason) => (
            <List.Item key={reason.kind}>{reasonText(t, reason)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="xs" c="dimmed">
          {t('outcome.allMet')}
        </Text>
      )}
      {onOverride ? (
        <Button
          size="compact-xs"
          variant="subtle"
          px={0}
          leftSection={<IconGavel size={14} />}
          aria-label={t('outcome.overrideFor', { fullName: trainee.fullName })}
          onClick={() => onOverride(trainee)}
        >
          {t('outcome.change')}
        </Button>
      ) : null}
    </Stack>
  );
}
