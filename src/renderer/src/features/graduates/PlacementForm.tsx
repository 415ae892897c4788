import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { placementInput } from '@shared/contract';
import type { EmploymentKind, IncomeBand } from '@shared/graduates';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { CompanySelect } from '../companies/CompanyPicker';
import { useCreatePlacement } from '../companies/queries';
import type { FollowUpTarget } from './FollowUpForm';
import { EmploymentKindRadios, IncomeBandSelect } from './OutcomeFields';
import { submitOnEnter } from './submitOnEnter';

interface PlacementValues extends Record<string, unknown> {
  companyId: string | null;
  position: string;
  startedOn: string;
  employmentKind: EmploymentKind;
  incomeBand: IncomeBand | null;
  notes: string;
}

/**
 * Catat penempatan: a graduate starts work at a partner company. Main also records it as a
 * follow-up (Bekerja, channel Penempatan) dated the start day.
 */
export function PlacementForm({
  target,
  onDone,
  onCancel,
}: {
  target: FollowUpTarget;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePlacement();
  const submit = useSingleFlight(create);
  const form = useAppForm<PlacementValues>({
    initialValues: {
      companyId: null,
      position: '',
      startedOn: toTypedDate(todayIso()),
      employmentKind: 'formal',
      incomeBand: null,
      notes: '',
    },
  });
  const onSubmit = form.onSubmit((typed) => {
    const parsed = parseInput(placementInput, {
      enrolmentId: target.enrolmentId,
      companyId: typed.companyId ? Number(typed.companyId) : undefined,
      position: typed.position,
      startedOn: parseTypedDate(typed.startedOn) ?? typed.startedOn,
      employmentKind: typed.employmentKind,
      incomeBand: typed.incomeBand ?? undefined,
      notes: typed.notes,
    });
    if (!parsed.ok) {
      // A missing company is reported by zod as a wrong type; the clerk needs "wajib diisi".
      const errors = { ...parsed.errors };
      if (errors['companyId']) errors['companyId'] = 'required';
      if (errors['incomeBand'] && !typed.incomeBand) errors['incomeBand'] = 'required';
      return form.setErrors(errors);
    }
    submit(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('graduates.placement.saved', { name: target.fullName }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} onKeyDownCapture={submitOnEnter} noValidate>
      <Stack gap="md">
        <CompanySelect
          label={t('graduates.placement.company')}
          description={t('graduates.placement.companyHint')}
          withAsterisk
          data-autofocus
          value={form.getValues().companyId}
          error={form.getInputProps('companyId').error}
          onChange={(companyId) => {
            form.setFieldValue('companyId', companyId);
            form.clearFieldError('companyId');
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('graduates.placement.position')}
            withAsterisk
            autoComplete="off"
            {...form.getInputProps('position')}
          />
          <DateField label={t('graduates.placement.startedOn')} withAsterisk {...form.getInputProps('startedOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EmploymentKindRadios {...form.getInputProps('employmentKind')} />
          <IncomeBandSelect {...form.getInputProps('incomeBand')} />
        </SimpleGrid>
        <Textarea label={t('graduates.form.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions error={create.error} pending={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function PlacementModal({ target, onClose }: { target: FollowUpTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="xl"
      title={target ? t('graduates.placement.title', { name: target.fullName }) : ''}
    >
      {target ? <PlacementForm target={target} onCancel={onClose} onDone={onClose} /> : null}
    </Modal>
  );
}
