import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contract } from '@shared/contract';
import { assetFields, type Asset } from '@shared/contract';
import { ASSET_CONDITIONS, ASSET_SOURCES, DEFAULT_ASSET_TAG_PATTERN, formatAssetTag } from '@shared/equipment';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { isApiError } from '../../lib/api';
import { parseTypedDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useRooms } from '../places/queries';
import { assetCandidate, assetValues, emptyAsset, type AssetValues } from './assetValues';
import { useEquipmentCategories, useEquipmentSettings, useSaveAsset } from './queries';
import { RupiahInput } from './RupiahInput';

/** Create (asset null) or edit an asset. The tag is typed only on creation: labels are never re-cut. */
export function AssetForm({ asset, onDone }: { asset: Asset | null; onDone: (saved: Asset | null) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveAsset();
  const submit = useSingleFlight(save);
  const rooms = useRooms();
  const categories = useEquipmentCategories();
  const settings = useEquipmentSettings();
  const form = useAppForm<AssetValues>({ initialValues: asset ? assetValues(asset) : emptyAsset() });

  const category = categories.data?.find((item) => String(item.id) === form.values.categoryId);
  const year = Number((parseTypedDate(form.values.acquiredOn) ?? '').slice(0, 4)) || new Date().getFullYear();
  const example = formatAssetTag(settings.data?.tagPattern ?? DEFAULT_ASSET_TAG_PATTERN, {
    category: category?.code ?? 'LAS',
    year,
    seq: 1,
  });

  const onSubmit = form.onSubmit((values) => {
    const candidate = assetCandidate(values);
    const parsed = asset
      ? parseInput(assetFields, candidate)
      : parseInput(contract['assets.create'].input, { ...candidate, tag: values.tag.trim() });
    if (!parsed.ok) {
      // An empty amount is missing, not a malformed number.
      return form.setErrors(
        candidate.valueRupiah === undefined ? { ...parsed.errors, valueRupiah: 'required' } : parsed.errors,
      );
    }
    submit(asset ? { ...parsed.data, id: asset.id, tag: asset.tag } : { ...parsed.data }, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('equipment.form.saved', { tag: saved.tag, name: saved.name }) });
        onDone(saved);
      },
      onError: (error) => {
        if (showServerFieldErrors(form, error)) return;
        if (isApiError(error, 'ASSET_TAG_TAKEN')) form.setFieldError('tag', errorText(error));
      },
    });
  });

  const activeRooms = (rooms.data ?? []).filter((room) => room.active || String(room.id) === form.values.roomId);
  const activeCategories = (categories.data ?? []).filter(
    (item) => item.active || String(item.id) === form.values.categoryId,
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('equipment.field.name')}
          withAsterisk
          data-autofocus
          autoFocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('equipment.field.category')}
            withAsterisk
            searchable
            selectFirstOptionOnChange
            nothingFoundMessage={t('equipment.form.noCategories')}
            data={activeCategories.map((item) => ({ value: String(item.id), label: `${item.code} · ${item.name}` }))}
            {...form.getInputProps('categoryId')}
          />
          <Select
            label={t('equipment.field.room')}
            withAsterisk
            searchable
            selectFirstOptionOnChange
            data={activeRooms.map((room) => ({ value: String(room.id), label: room.name }))}
            {...form.getInputProps('roomId')}
          />
          {asset ? (
            <TextInput
              label={t('equipment.field.tag')}
              value={asset.tag}
              readOnly
              description={t('equipment.form.tagKept')}
            />
          ) : (
            <TextInput
              label={t('equipment.field.tag')}
              description={t('equipment.form.tagHint', { example })}
              autoComplete="off"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('tag')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('equipment.field.brand')} {...form.getInputProps('brand')} />
          <TextInput label={t('equipment.field.model')} {...form.getInputProps('model')} />
          <TextInput label={t('equipment.field.serialNumber')} {...form.getInputProps('serialNumber')} />
          <TextInput label={t('equipment.field.size')} {...form.getInputProps('size')} />
          <TextInput label={t('equipment.field.material')} {...form.getInputProps('material')} />
          <Select
            label={t('equipment.field.condition')}
            withAsterisk
            allowDeselect={false}
            data={ASSET_CONDITIONS.map((item) => ({ value: item, label: t(`equipment.condition.${item}`) }))}
            {...form.getInputProps('condition')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('equipment.field.source')}
            withAsterisk
            allowDeselect={false}
            data={ASSET_SOURCES.map((item) => ({ value: item, label: t(`equipment.source.${item}`) }))}
            {...form.getInputProps('source')}
          />
          <TextInput
            label={t('equipment.field.grantReference')}
            description={t('equipment.form.grantReferenceHint')}
            {...form.getInputProps('grantReference')}
          />
          <DateField label={t('equipment.field.acquiredOn')} withAsterisk {...form.getInputProps('acquiredOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <RupiahInput
            label={t('equipment.field.value')}
            description={t('equipment.form.valueHint')}
            withAsterisk
            {...form.getInputProps('valueRupiah')}
          />
        </SimpleGrid>
        <Textarea label={t('equipment.field.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions error={save.error} pending={save.isPending} onCancel={() => onDone(null)} />
      </Stack>
    </form>
  );
}

/** Tambah aset: the form on its own page; after saving, the new asset's page (to print its label). */
export function NewAssetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <PageHeader title={t('equipment.form.createTitle')} subtitle={t('common.requiredNote')} />
      <Paper withBorder radius="lg" p="lg">
        <AssetForm
          asset={null}
          onDone={(saved) => void navigate(saved ? `/equipment/assets/${saved.id}` : '/equipment')}
        />
      </Paper>
    </Stack>
  );
}
