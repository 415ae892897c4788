import { Alert, Autocomplete, Group, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSheet, AssessmentTrainee, ClassSummary } from '@shared/contract';
import type { UnitResult } from '@shared/domain';
import { useCan } from '../../app/session';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { fieldErrorText } from '../../lib/errors';
import { BnspSection } from './BnspSection';
import { OverrideModal } from './OverrideModal';
import { useAssessmentSheet, useRecordResults } from './queries';
import { ResultsGrid } from './ResultsGrid';
import { resultKey } from './sheet';

/** Verdicts typed on the grid: one date and assessor for all, set above it; shown at once, saved in order. */
function useResultRecorder(classId: number, assessedOnTyped: string, assessor: string) {
  const record = useRecordResults();
  const [sending, setSending] = useState<ReadonlyMap<string, UnitResult>>(new Map());
  const [missing, setMissing] = useState<{ date?: string; assessor?: string }>({});
  const onRecord = (enrolmentIds: number[], unitId: number, result: UnitResult) => {
    const assessedOn = parseTypedDate(assessedOnTyped);
    const name = assessor.trim();
    const problems = { date: assessedOn ? undefined : 'date', assessor: name ? undefined : 'required' };
    setMissing(problems);
    if (!assessedOn || !name) return;
    const keys = enrolmentIds.map((enrolmentId) => resultKey(enrolmentId, unitId));
    setSending((old) => new Map([...old, ...keys.map((key) => [key, result] as const)]));
    record.mutate(
      {
        classId,
        assessedOn,
        assessor: name,
        results: enrolmentIds.map((enrolmentId) => ({ enrolmentId, unitId, result })),
      },
      {
        onSettled: () =>
          setSending((old) => new Map([...old].filter(([key, value]) => !(keys.includes(key) && value === result)))),
      },
    );
  };
  return { onRecord, sending, missing, error: record.error };
}

function Explanation({ sheet }: { sheet: AssessmentSheet }) {
  const { t } = useTranslation();
  const key = !sheet.editable ? 'closed' : sheet.classStatus === 'finished' ? 'finished' : 'running';
  return (
    <Alert color={key === 'running' ? 'blue' : 'gray'} variant="light" icon={<IconInfoCircle size={20} />}>
      {t(`assessment.explain.${key}`, { min: sheet.minAttendancePct })}
    </Alert>
  );
}

function AssessmentView({ klass, sheet }: { klass: ClassSummary; sheet: AssessmentSheet }) {
  const { t } = useTranslation();
  const canRecord = useCan('assessment.record');
  const canOverride = useCan('outcomes.override') && sheet.editable && sheet.classStatus === 'finished';
  const instructors = klass.instructors.map((instructor) => instructor.fullName);
  const [assessedOn, setAssessedOn] = useState(toTypedDate(todayIso()));
  const [assessor, setAssessor] = useState(instructors[0] ?? '');
  const [overriding, setOverriding] = useState<AssessmentTrainee | null>(null);
  const recorder = useResultRecorder(klass.id, assessedOn, assessor);
  if (sheet.units.length === 0) return <Text c="dimmed">{t('assessment.noUnits')}</Text>;
  if (sheet.trainees.length === 0) return <Text c="dimmed">{t('attendance.noTrainees')}</Text>;
  const editable = canRecord && sheet.editable;
  return (
    <Stack gap="md">
      <Explanation sheet={sheet} />
      {editable ? (
        <Paper withBorder radius="md" p="md">
          <Group align="flex-start" gap="md" wrap="wrap">
            <DateField
              label={t('assessment.assessedOn')}
              withAsterisk
              w={200}
              value={assessedOn}
              onChange={setAssessedOn}
              error={fieldErrorText(t, recorder.missing.date)}
            />
            <Autocomplete
              label={t('assessment.assessor')}
              description={t('assessment.assessorHint')}
              withAsterisk
              w={320}
              data={instructors}
              value={assessor}
              onChange={setAssessor}
              error={fieldErrorText(t, recorder.missing.assessor)}
            />
            <Text size="sm" maw={420} mt={26}>
              {t('assessment.keyboardHint')}
            </Text>
          </Group>
        </Paper>
      ) : null}
      <ErrorAlert error={recorder.error} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <ResultsGrid
          sheet={sheet}
          canRecord={canRecord}
          sending={recorder.sending}
          onRecord={recorder.onRecord}
          onOverride={canOverride ? setOverriding : null}
        />
      </Paper>
      <Group gap="md">
        <Text size="sm">
          <b>{t('assessment.short.competent')}</b> = {t('assessment.result.competent')}
        </Text>
        <Text size="sm">
          <b>{t('assessment.short.not_yet_competent')}</b> = {t('assessment.result.not_yet_competent')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('assessment.emptyLegend')}
        </Text>
      </Group>
      <OverrideModal trainee={overriding} onClose={() => setOverriding(null)} />
      {sheet.classStatus === 'finished' || sheet.classStatus === 'closed' ? <BnspSection classId={klass.id} /> : null}
    </Stack>
  );
}

/** Competency verdicts per unit, the outcome they give, and the BNSP tests of the graduates. */
export function AssessmentTab({ klass }: { klass: ClassSummary }) {
  const sheet = useAssessmentSheet(klass.id);
  // Finishing the class (on the same page) sets the final statuses.
  return <QueryState query={sheet}>{(data) => <AssessmentView klass={klass} sheet={data} />}</QueryState>;
}
