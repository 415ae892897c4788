import { Button, Group, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionFields, type ClassSummary, type CompetencyUnit, type ScheduledSession } from '@shared/contract';
import { useCan } from '../../app/session';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { TimeField } from '../../components/TimeField';
import { useFormatDate } from '../../lib/dates';
import { isApiError } from '../../lib/api';
import { parseInput, useAppForm, useSingleFlight } from '../../lib/forms';
import { callOptions } from '../../lib/query';
import { DeleteSessionButton } from './DeleteSessionButton';
import { useSaveSession } from './queries';
import { InstructorsSelect, PlaceSelect } from './ScheduleSelects';
import {
  emptySession,
  followingEnd,
  sessionCandidate,
  sessionFormErrors,
  sessionValues,
  type SessionValues,
} from './sessionValues';
import { SessionUnitRows } from './SessionUnitRows';
import { BELOW_INPUT } from './sessionFormat';

interface Props {
  /** The session to edit; null adds one to `classId`. */
  session: ScheduledSession | null;
  classId: number;
  /** A new session's date (ISO), e.g. the day clicked on the calendar. */
  date?: string;
  /** A new session's start ("HH:MM"), e.g. the time slot picked on the calendar. */
  startTime?: string;
  onDone: () => void;
}

/**
 * One session of a class, added or edited: the same form on the class's Jadwal tab and on the
 * calendar. It loads the class (its place and instructors are a new session's defaults) and the
 * programme (its units and JP length).
 */
export function SessionForm(props: Props) {
  const klass = useQuery(callOptions('classes.get', { id: props.classId }));
  return <QueryState query={klass}>{(data) => <ProgrammeLoader klass={data} {...props} />}</QueryState>;
}

function ProgrammeLoader({ klass, ...props }: Props & { klass: ClassSummary }) {
  const program = useQuery(callOptions('programs.get', { id: klass.programId }));
  return (
    <QueryState query={program}>
      {(data) => <SessionFields klass={klass} units={data.units} jpMinutes={data.jpMinutes} {...props} />}
    </QueryState>
  );
}

/** A fieldset used only to disable the whole form at once draws nothing of its own. */
const PLAIN_FIELDSET = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

function SessionFields({
  session,
  klass,
  units,
  jpMinutes,
  date,
  startTime,
  onDone,
}: Props & { klass: ClassSummary; units: CompetencyUnit[]; jpMinutes: number }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canDelete = useCan('sessions.delete');
  const canSave = useCan(session ? 'sessions.update' : 'sessions.create');
  const save = useSaveSession();
  const submit = useSingleFlight(save);
  const form = useAppForm<SessionValues>({
    initialValues: session ? sessionValues(session) : emptySession(klass, date, startTime),
    onValuesChange: (values, previous) => {
      const end = followingEnd(values, previous, jpMinutes);
      if (end) form.setFieldValue('endTime', end);
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(sessionFields, sessionCandidate(values, klass.id));
    if (!parsed.ok) return form.setErrors(sessionFormErrors(parsed.errors));
    submit(session ? { ...parsed.data, id: session.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t('schedule.form.saved', { date: formatDate(saved.date), start: saved.startTime }),
        });
        onDone();
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(sessionFormErrors(error.fields));
      },
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {/* The head of BLK reads a session here; a disabled fieldset greys every field at once. */}
      <fieldset disabled={!canSave} style={PLAIN_FIELDSET}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <DateField
              label={t('schedule.form.date')}
              withAsterisk
              data-autofocus
              inputWrapperOrder={BELOW_INPUT}
              {...form.getInputProps('date')}
            />
            <TimeField label={t('schedule.form.start')} withAsterisk {...form.getInputProps('startTime')} />
            <TimeField label={t('schedule.form.end')} withAsterisk {...form.getInputProps('endTime')} />
            <NumberInput
              label={t('schedule.form.jp')}
              withAsterisk
              min={1}
              max={16}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('jp')}
            />
          </SimpleGrid>
          <PlaceSelect
            current={session?.place ?? klass.place}
            description={t('schedule.form.placeHint')}
            {...form.getInputProps('placeKey')}
          />
          <InstructorsSelect
            assigned={session?.instructors ?? klass.instructors}
            {...form.getInputProps('instructorIds')}
          />
          <SessionUnitRows form={form} units={units} />
          <Textarea
            label={t('schedule.form.notes')}
            autosize
            minRows={2}
            maxRows={4}
            {...form.getInputProps('notes')}
          />
          <ErrorAlert error={save.error} fieldsShown />
        </Stack>
      </fieldset>
      <Group justify="space-between" mt="md">
        {session && canDelete && !session.attendanceTaken ? (
          <DeleteSessionButton session={session} onDeleted={onDone} />
        ) : (
          <span />
        )}
        <Group>
          <Button variant="default" onClick={onDone}>
            {canSave ? t('common.cancel') : t('common.close')}
          </Button>
          {canSave ? (
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </form>
  );
}
