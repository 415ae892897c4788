import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { classFields, type ClassSummary } from '@shared/contract';
import { FUNDING_SOURCES, type ClassStatus, type FundingSource } from '@shared/domain';
import type { FieldErrors } from '@shared/errors';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useInstructors } from '../instructors/queries';
import { useMtuSites, useRooms } from '../places/queries';
import { usePrograms } from '../programs/queries';
import { classCandidate, classValues, emptyClass, isSponsored, type ClassValues, type PlaceKind } from './classValues';
import { InstructorRows, type InstructorOption } from './InstructorRows';
import { useSaveClass } from './queries';

/** A new class starts planned or open; later steps go through the status buttons on the class page. */
const STARTING_STATUSES: ClassStatus[] = ['planned', 'open'];

/** The schema names the place's parts under `place`; the form shows them on their own selects. */
function placeErrors(errors: FieldErrors): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path === 'place.roomId' ? 'roomId' : path === 'place.mtuSiteId' ? 'mtuSiteId' : path;
    renamed[key] = message;
  }
  return renamed;
}

export function ClassForm({
  klass,
  onDone,
}: {
  klass: ClassSummary | null;
  onDone: (saved: ClassSummary | null) => void;
}) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const rooms = useRooms();
  const sites = useMtuSites();
  const instructors = useInstructors(false);
  const save = useSaveClass();
  const submit = useSingleFlight(save);
  const onlyProgram = programs.data?.length === 1 ? programs.data[0] : undefined;
  const form = useAppForm<ClassValues>({
    initialValues: klass ? classValues(klass) : emptyClass(onlyProgram?.id ?? null),
  });
  const { values } = form;
  const onSubmit = form.onSubmit((typed) => {
    const parsed = parseInput(classFields, classCandidate(typed));
    if (!parsed.ok) return form.setErrors(placeErrors(parsed.errors));
    submit(klass ? { ...parsed.data, id: klass.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('classes.saved', { name: saved.name }) });
        onDone(saved);
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  // The class's own place stays choosable even if it has since been set inactive.
  const roomOptions = (rooms.data ?? [])
    .filter((room) => room.active || (klass?.place?.kind === 'room' && klass.place.roomId === room.id))
    .map((room) => ({ value: String(room.id), label: room.trade ? `${room.name} (${room.trade})` : room.name }));
  const siteOptions = (sites.data ?? [])
    .filter((site) => site.active || (klass?.place?.kind === 'mtu' && klass.place.mtuSiteId === site.id))
    .map((site) => ({
      value: String(site.id),
      label: `${site.name} — ${t('classes.village', { village: site.village })}`,
    }));
  // Someone no longer active stays listed on a class that already has them.
  const instructorOptions: InstructorOption[] = [
    ...(instructors.data ?? []),
    ...(klass?.instructors ?? [])
      .filter((assigned) => !(instructors.data ?? []).some((instructor) => instructor.id === assigned.id))
      .map((assigned) => ({
        id: assigned.id,
        fullName: assigned.fullName,
        competency: null,
        methodology: null,
      })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('classes.program')}
          withAsterisk
          searchable
          selectFirstOptionOnChange
          data-autofocus
          data={(programs.data ?? []).map((program) => ({
            value: String(program.id),
            label: `${program.code} — ${program.name}`,
          }))}
          {...form.getInputProps('programId')}
        />
        <TextInput
          label={t('classes.name')}
          description={t('classes.nameHint')}
          withAsterisk
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('classes.startDate')} withAsterisk {...form.getInputProps('startDate')} />
          <DateField label={t('classes.endDate')} withAsterisk {...form.getInputProps('endDate')} />
          <NumberInput
            label={t('classes.quota')}
            description={t('classes.quotaHint')}
            withAsterisk
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('quota')}
          />
          <NumberInput
            label={t('classes.minToOpen')}
            description={t('classes.minToOpenHint')}
            withAsterisk
            min={1}
            max={500}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minToOpen')}
          />
          <Select<FundingSource>
            label={t('classes.fundingSource')}
            withAsterisk
            allowDeselect={false}
            searchable
            selectFirstOptionOnChange
            data={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`fundingSource.${source}`) }))}
            {...form.getInputProps('fundingSource')}
          />
          {isSponsored(values.fundingSource) ? (
            <TextInput
              label={t(`classes.sponsor.${values.fundingSource === 'dana_desa' ? 'village' : 'company'}`)}
              description={t(`classes.sponsorHint.${values.fundingSource === 'dana_desa' ? 'village' : 'company'}`)}
              withAsterisk
              {...form.getInputProps('sponsorName')}
            />
          ) : (
            <div />
          )}
        </SimpleGrid>
        <Stack gap={6}>
          <Text size="sm" fw={500} id="class-place-label">
            {t('classes.place')}
          </Text>
          <SegmentedControl<PlaceKind>
            aria-labelledby="class-place-label"
            data={(['room', 'mtu', 'none'] as const).map((kind) => ({
              value: kind,
              label: t(`classes.placeKind.${kind}`),
            }))}
            {...form.getInputProps('placeKind')}
          />
          {values.placeKind === 'room' ? (
            <Select
              label={t('classes.room')}
              placeholder={t('classes.roomPick')}
              withAsterisk
              searchable
              selectFirstOptionOnChange
              nothingFoundMessage={t('classes.noRooms')}
              data={roomOptions}
              {...form.getInputProps('roomId')}
            />
          ) : values.placeKind === 'mtu' ? (
            <Select
              label={t('classes.mtuSite')}
              placeholder={t('classes.mtuSitePick')}
              withAsterisk
              searchable
              selectFirstOptionOnChange
              nothingFoundMessage={t('classes.noMtuSites')}
              data={siteOptions}
              {...form.getInputProps('mtuSiteId')}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('classes.placeLaterHint')}
            </Text>
          )}
        </Stack>
        <InstructorRows form={form} instructors={instructorOptions} />
        {klass ? null : (
          <Select<ClassStatus>
            label={t('classes.startStatus')}
            description={t('classes.startStatusHint')}
            withAsterisk
            allowDeselect={false}
            searchable
            selectFirstOptionOnChange
            data={STARTING_STATUSES.map((status) => ({ value: status, label: t(`classStatus.${status}`) }))}
            {...form.getInputProps('status')}
          />
        )}
        <FormActions error={save.error} pending={save.isPending} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}
