import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BORROWER_KINDS, type BorrowerKind } from '@shared/equipment';
import { useClasses } from '../classes/queries';
import { useInstructors } from '../instructors/queries';
import { useMtuSites } from '../places/queries';
import type { CheckOutValues } from './checkOutValues';

/**
 * Who takes the equipment: an instructor, a class, or an MTU trip (optionally for a class). The
 * person responsible follows the chosen instructor, or the class's lead instructor, until typed.
 */
export function BorrowerFields({ form }: { form: UseFormReturnType<CheckOutValues> }) {
  const { t } = useTranslation();
  const instructors = useInstructors(false);
  const classes = useClasses();
  const sites = useMtuSites();
  const kind = form.values.borrowerKind;

  const classOptions = (classes.data ?? [])
    .filter((klass) => klass.status !== 'closed' || String(klass.id) === form.values.classId)
    .map((klass) => ({ value: String(klass.id), label: `${klass.name} · ${klass.programName}` }));

  /** The name a choice suggests for "responsible", or '' when it suggests none. */
  const suggested = (values: CheckOutValues): string => {
    if (values.borrowerKind === 'instructor') {
      return instructors.data?.find((person) => String(person.id) === values.instructorId)?.fullName ?? '';
    }
    const klass = classes.data?.find((item) => String(item.id) === values.classId);
    return klass?.instructors[0]?.fullName ?? '';
  };
  const choose = (patch: Partial<CheckOutValues>) => {
    const before = suggested(form.values);
    const next = { ...form.values, ...patch };
    const untouched = form.values.responsibleName.trim() === '' || form.values.responsibleName === before;
    form.setValues(untouched ? { ...patch, responsibleName: suggested(next) } : patch);
    for (const key of Object.keys(patch)) form.clearFieldError(key);
  };

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="borrower-kind-label">
          {t('equipment.checkOut.borrowerKind')}
        </Text>
        <SegmentedControl
          aria-labelledby="borrower-kind-label"
          value={kind}
          onChange={(value) => choose({ borrowerKind: value as BorrowerKind })}
          data={BORROWER_KINDS.map((item) => ({ value: item, label: t(`equipment.borrowerKind.${item}`) }))}
        />
      </Stack>
      {kind === 'instructor' ? (
        <Select
          label={t('equipment.borrowerKind.instructor')}
          withAsterisk
          searchable
          selectFirstOptionOnChange
          nothingFoundMessage={t('equipment.checkOut.nothingFound')}
          data={(instructors.data ?? []).map((person) => ({ value: String(person.id), label: person.fullName }))}
          value={form.values.instructorId}
          error={form.getInputProps('instructorId').error}
          onChange={(instructorId) => choose({ instructorId })}
        />
      ) : null}
      {kind === 'mtu' ? (
        <Select
          label={t('equipment.checkOut.mtuSite')}
          withAsterisk
          searchable
          selectFirstOptionOnChange
          nothingFoundMessage={t('equipment.checkOut.nothingFound')}
          data={(sites.data ?? [])
            .filter((site) => site.active || String(site.id) === form.values.mtuSiteId)
            .map((site) => ({ value: String(site.id), label: `${site.name} (${site.village})` }))}
          value={form.values.mtuSiteId}
          error={form.getInputProps('mtuSiteId').error}
          onChange={(mtuSiteId) => choose({ mtuSiteId })}
        />
      ) : null}
      {kind !== 'instructor' ? (
        <Select
          label={kind === 'class' ? t('equipment.borrowerKind.class') : t('equipment.checkOut.mtuClass')}
          withAsterisk={kind === 'class'}
          clearable={kind === 'mtu'}
          searchable
          selectFirstOptionOnChange
          nothingFoundMessage={t('equipment.checkOut.nothingFound')}
          data={classOptions}
          value={form.values.classId}
          error={form.getInputProps('classId').error}
          onChange={(classId) => choose({ classId })}
        />
      ) : null}
    </Stack>
  );
}
