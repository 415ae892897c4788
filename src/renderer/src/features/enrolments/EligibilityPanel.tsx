import { Alert, Badge, Box, Checkbox, Group, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EligibilityReport } from '@shared/contract';
import { EDUCATION_LEVELS } from '@shared/domain';
import type { RuleOutcome } from '@shared/eligibility';
import type { OverrideState } from './overrides';

const isEducation = (value: unknown) =>
  typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);

/** The reason in words: education codes become labels, a regency code its name. */
export function outcomeText(t: TFunction, outcome: RuleOutcome, regencyNames: ReadonlyMap<string, string>): string {
  const params: Record<string, string | number> = { ...outcome.params };
  for (const key of ['education', 'limit'] as const) {
    const value = params[key];
    if (outcome.rule === 'min_education' && isEducation(value)) params[key] = t(`education.${String(value)}`);
  }
  if (typeof params['regency'] === 'string')
    params['regency'] = regencyNames.get(params['regency']) ?? params['regency'];
  return t(`ruleOutcome.${outcome.rule}.${outcome.passed ? 'pass' : 'fail'}`, params);
}

interface Props {
  report: EligibilityReport;
  /** The place in line a new enrolment would take if the class is full. */
  reserveRank: number;
  canOverride: boolean;
  overrides: OverrideState;
  onOverridesChange: (next: OverrideState) => void;
  regencyNames?: ReadonlyMap<string, string>;
}

/** Every rule of the programme with its verdict and reason, then the seat situation. */
export function EligibilityPanel({
  report,
  reserveRank,
  canOverride,
  overrides,
  onOverridesChange,
  regencyNames = new Map(),
}: Props) {
  const { t } = useTranslation();
  const anyFailed = report.outcomes.some((outcome) => !outcome.passed);

  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="eligibility-title">
      <Stack gap="sm">
        <Title order={3} fz={18} id="eligibility-title">
          {t('eligibility.title')}
        </Title>
        {report.outcomes.length === 0 ? <Text c="dimmed">{t('eligibility.noRules')}</Text> : null}
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {report.outcomes.map((outcome) => {
            const override = overrides[outcome.rule] ?? { on: false, reason: '' };
            const setOverride = (next: Partial<typeof override>) =>
              onOverridesChange({ ...overrides, [outcome.rule]: { ...override, ...next } });
            return (
              <Box component="li" key={outcome.rule} data-rule={outcome.rule} data-passed={outcome.passed}>
                <Group align="flex-start" gap="sm" wrap="nowrap">
                  <ThemeIcon color={outcome.passed ? 'teal' : 'red'} variant="light" radius="xl" size={28}>
                    {outcome.passed ? <IconCheck size={18} /> : <IconX size={18} />}
                  </ThemeIcon>
                  <Stack gap={4} style={{ flex: 1 }}>
                    <Group gap="xs">
                      <Text fw={600}>{t(`ruleName.${outcome.rule}`)}</Text>
                      <Badge color={outcome.passed ? 'teal' : 'red'} variant="light">
                        {outcome.passed ? t('eligibility.passed') : t('eligibility.failed')}
                      </Badge>
                    </Group>
                    <Text size="sm">{outcomeText(t, outcome, regencyNames)}</Text>
                    {!outcome.passed && canOverride ? (
                      <Stack gap="xs" mt={4}>
                        <Checkbox
                          label={`${t('eligibility.override')}: ${t(`ruleName.${outcome.rule}`)}`}
                          checked={override.on}
                          onChange={(event) => setOverride({ on: event.currentTarget.checked })}
                        />
                        {override.on ? (
                          <Textarea
                            label={`${t('eligibility.overrideReason')}: ${t(`ruleName.${outcome.rule}`)}`}
                            description={t('eligibility.overrideReasonHint')}
                            withAsterisk
                            autosize
                            minRows={2}
                            maw={640}
                            value={override.reason}
                            onChange={(event) => setOverride({ reason: event.currentTarget.value })}
                          />
                        ) : null}
                      </Stack>
                    ) : null}
                  </Stack>
                </Group>
              </Box>
            );
          })}
        </Stack>
        <SeatsAndVerdict report={report} reserveRank={reserveRank} anyFailed={anyFailed} canOverride={canOverride} />
      </Stack>
    </Paper>
  );
}

function SeatsAndVerdict({
  report,
  reserveRank,
  anyFailed,
  canOverride,
}: {
  report: EligibilityReport;
  reserveRank: number;
  anyFailed: boolean;
  canOverride: boolean;
}) {
  const { t } = useTranslation();
  if (report.alreadyEnrolled) {
    return (
      <Alert color="red" icon={<IconX size={20} />}>
        {t('eligibility.alreadyEnrolled')}
      </Alert>
    );
  }
  if (!report.classOpen) {
    return (
      <Alert color="red" icon={<IconX size={20} />}>
        {t('eligibility.classClosed')}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      {anyFailed ? (
        <Alert color="red" variant="light" icon={<IconX size={20} />} data-testid="eligibility-verdict">
          {canOverride ? t('eligibility.someFailedAdmin') : t('eligibility.someFailed')}
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCheck size={20} />} data-testid="eligibility-verdict">
          {t('eligibility.allPassed')}
        </Alert>
      )}
      {report.wouldBeReserve ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} data-testid="seats">
          {t('eligibility.seatsFull', { rank: reserveRank })}
        </Alert>
      ) : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} data-testid="seats">
          {t('eligibility.seatsFree', { taken: report.seatsTaken, quota: report.quota })}
        </Alert>
      )}
    </Stack>
  );
}
