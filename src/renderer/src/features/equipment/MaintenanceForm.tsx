import { Select, type SelectProps, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { finishRepairInput, maintenanceInput, type MaintenanceRecord } from '@shared/contract';
import { ASSET_CONDITIONS, type AssetCondition } from '@shared/equipment';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useFinishRepair, useRecordMaintenance } from './queries';
import { RupiahInput, rupiahValue } from './RupiahInput';

interface RecordValues extends Record<string, unknown> {
  reportedOn: string;
  problem: string;
  action: string;
  vendor: string;
  costRupiah: number | string;
  done: boolean;
  finishedOn: string;
  conditionAfter: AssetCondition | null;
}

const typedDate = (typed: string) => parseTypedDate(typed) ?? typed;

function ConditionSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      allowDeselect={false}
      data={ASSET_CONDITIONS.map((item) => ({ value: item, label: t(`equipment.condition.${item}`) }))}
      {...props}
    />
  );
}

/**
 * Catat pemeliharaan: a repair that starts now (the asset goes to "in repair" until it is finished)
 * or, with "already done", a service logged afterwards with its result.
 */
export function MaintenanceForm({
  assetId,
  condition,
  onDone,
}: {
  assetId: number;
  condition: AssetCondition;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMaintenance();
  const submit = useSingleFlight(record);
  const today = toTypedDate(todayIso());
  const form = useAppForm<RecordValues>({
    initialValues: {
      reportedOn: today,
      problem: '',
      action: '',
      vendor: '',
      costRupiah: 0,
      done: false,
      finishedOn: today,
      conditionAfter: condition,
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(maintenanceInput, {
      assetId,
      reportedOn: typedDate(values.reportedOn),
      problem: values.problem,
      action: values.action,
      vendor: values.vendor,
      costRupiah: rupiahValue(values.costRupiah) ?? 0,
      finishedOn: values.done ? typedDate(values.finishedOn) : null,
      conditionAfter: values.done ? values.conditionAfter : null,
    });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: values.done ? t('equipment.maintenance.loggedDone') : t('equipment.maintenance.loggedOpen'),
        });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('equipment.maintenance.problem')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('problem')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('equipment.maintenance.reportedOn')} withAsterisk {...form.getInputProps('reportedOn')} />
          <TextInput label={t('equipment.maintenance.vendor')} {...form.getInputProps('vendor')} />
        </SimpleGrid>
        <Textarea label={t('equipment.maintenance.action')} autosize minRows={1} {...form.getInputProps('action')} />
        <RupiahInput label={t('equipment.maintenance.cost')} {...form.getInputProps('costRupiah')} />
        <Switch
          label={t('equipment.maintenance.alreadyDone')}
          description={t('equipment.maintenance.alreadyDoneHint')}
          {...form.getInputProps('done', { type: 'checkbox' })}
        />
        {form.values.done ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('equipment.maintenance.finishedOn')}
              withAsterisk
              {...form.getInputProps('finishedOn')}
            />
            <ConditionSelect
              label={t('equipment.maintenance.conditionAfter')}
              withAsterisk
              {...form.getInputProps('conditionAfter')}
            />
          </SimpleGrid>
        ) : null}
        <FormActions error={record.error} pending={record.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

interface FinishValues extends Record<string, unknown> {
  finishedOn: string;
  action: string;
  vendor: string;
  costRupiah: number | string;
  conditionAfter: AssetCondition;
}

/** Selesai perbaikan: what was done and the condition it came back in; the asset is available again. */
export function FinishRepairForm({
  maintenanceId,
  condition,
  record,
  onDone,
}: {
  maintenanceId: number;
  condition: AssetCondition;
  /** The open record, when loaded: what was already noted (vendor, cost) is kept, not wiped. */
  record?: Pick<MaintenanceRecord, 'action' | 'vendor' | 'costRupiah'> | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const finish = useFinishRepair();
  const submit = useSingleFlight(finish);
  const form = useAppForm<FinishValues>({
    initialValues: {
      finishedOn: toTypedDate(todayIso()),
      action: record?.action ?? '',
      vendor: record?.vendor ?? '',
      costRupiah: record?.costRupiah ?? 0,
      conditionAfter: condition,
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(finishRepairInput, {
      id: maintenanceId,
      finishedOn: typedDate(values.finishedOn),
      action: values.action,
      vendor: values.vendor,
      costRupiah: rupiahValue(values.costRupiah) ?? 0,
      conditionAfter: values.conditionAfter,
    });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('equipment.maintenance.finished') });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('equipment.maintenance.action')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('action')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('equipment.maintenance.finishedOn')} withAsterisk {...form.getInputProps('finishedOn')} />
          <ConditionSelect
            label={t('equipment.maintenance.conditionAfter')}
            withAsterisk
            {...form.getInputProps('conditionAfter')}
          />
          <TextInput label={t('equipment.maintenance.vendor')} {...form.getInputProps('vendor')} />
          <RupiahInput label={t('equipment.maintenance.cost')} {...form.getInputProps('costRupiah')} />
        </SimpleGrid>
        <FormActions error={finish.error} pending={finish.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
