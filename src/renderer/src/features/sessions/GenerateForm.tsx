import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateInput, type ClassSummary, type InputOf } from '@shared/contract';
import { WEEKDAYS } from '@shared/domain';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeField } from '../../components/TimeField';
import { isApiError } from '../../lib/api';
import { useFormatDate } from '../../lib/dates';
import { parseInput, useAppForm, useSingleFlight } from '../../lib/forms';
import { PlanPreview } from './PlanPreview';
import { useGenerateSchedule, usePlanSchedule } from './queries';
import { InstructorsSelect, PlaceSelect } from './ScheduleSelects';
import { BELOW_INPUT } from './sessionFormat';
import { generateCandidate, generateDefaults, sessionFormErrors, type GenerateValues } from './sessionValues';

/**
 * "Buat jadwal otomatis": the clerk sets the week pattern, previews what it makes (Pratinjau), and
 * only then saves it; saving stays disabled while the preview has clashes or runs past the class.
 */
export function GenerateForm({ klass, onDone }: { klass: ClassSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const plan = usePlanSchedule();
  const generate = useGenerateSchedule();
  const submitPlan = useSingleFlight(plan);
  const submitGenerate = useSingleFlight(generate);
  // The input the preview on screen was made from: saving writes exactly that.
  const [previewed, setPreviewed] = useState<InputOf<'sessions.generate'> | null>(null);
  const form = useAppForm<GenerateValues>({
    initialValues: generateDefaults(klass),
    // Any change makes the preview on screen stale: it must be made again before saving.
    onValuesChange: () => {
      setPreviewed(null);
      plan.reset();
    },
  });
  const onPreview = form.onSubmit((values) => {
    const parsed = parseInput(generateInput, generateCandidate(values, klass.id));
    if (!parsed.ok) return form.setErrors(sessionFormErrors(parsed.errors));
    submitPlan(parsed.data, {
      onSuccess: () => setPreviewed(parsed.data),
      onError: (error) => {
        if (isApiError(error)) form.setErrors(sessionFormErrors(error.fields));
      },
    });
  });
  const blocked =
    !plan.data || plan.data.clashes.length > 0 || !plan.data.fitsClassPeriod || plan.data.sessions.length === 0;
  const onGenerate = () => {
    if (!previewed || blocked) return;
    submitGenerate(previewed, {
      onSuccess: (result) => {
        notifications.show({
          color: 'teal',
          message: t('schedule.generate.done', {
            count: result.created,
            first: formatDate(result.firstDate),
            last: formatDate(result.lastDate),
          }),
        });
        onDone();
      },
    });
  };
  return (
    <Stack gap="md">
      <form onSubmit={onPreview} noValidate>
        <Stack gap="md">
          <Checkbox.Group label={t('schedule.generate.weekdays')} withAsterisk {...form.getInputProps('weekdays')}>
            <Group gap="md" mt={6}>
              {WEEKDAYS.map((day) => (
                <Checkbox key={day} value={String(day)} label={t(`schedule.weekday.${day}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TimeField label={t('schedule.generate.start')} withAsterisk {...form.getInputProps('startTime')} />
            <NumberInput
              label={t('schedule.generate.jpPerDay')}
              withAsterisk
              min={1}
              max={12}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('jpPerDay')}
            />
            <NumberInput
              label={t('schedule.generate.break')}
              min={0}
              max={180}
              step={15}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('breakMinutes')}
            />
            <DateField
              label={t('schedule.generate.from')}
              withAsterisk
              inputWrapperOrder={BELOW_INPUT}
              {...form.getInputProps('fromDate')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PlaceSelect current={klass.place} {...form.getInputProps('placeKey')} />
            <InstructorsSelect assigned={klass.instructors} {...form.getInputProps('instructorIds')} />
          </SimpleGrid>
          <ErrorAlert error={plan.error} fieldsShown />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="light" leftSection={<IconEye size={18} />} loading={plan.isPending}>
              {t('schedule.generate.preview')}
            </Button>
          </Group>
        </Stack>
      </form>
      {plan.data && previewed ? (
        <Stack gap="md">
          <PlanPreview plan={plan.data} classEndDate={klass.endDate} />
          <ErrorAlert error={generate.error} />
          <Group justify="flex-end" gap="sm">
            {blocked && plan.data.sessions.length > 0 ? (
              <Text size="sm" c="red">
                {t('schedule.generate.blocked')}
              </Text>
            ) : null}
            <Button
              leftSection={<IconCalendarPlus size={18} />}
              disabled={blocked}
              loading={generate.isPending}
              onClick={onGenerate}
            >
              {t('schedule.generate.save')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
