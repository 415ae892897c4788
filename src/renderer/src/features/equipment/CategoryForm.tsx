import { Checkbox, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { categoryFields, type EquipmentCategory } from '@shared/contract';
import { FormActions } from '../../components/FormActions';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useSaveCategory } from './queries';

interface CategoryValues extends Record<string, unknown> {
  name: string;
  code: string;
  goodsCode: string;
  usefulLifeYears: number | string;
  active: boolean;
}

export function CategoryForm({ category, onDone }: { category: EquipmentCategory | null; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveCategory();
  const submit = useSingleFlight(save);
  const form = useAppForm<CategoryValues>({
    initialValues: category
      ? {
          name: category.name,
          code: category.code,
          goodsCode: category.goodsCode,
          usefulLifeYears: category.usefulLifeYears,
          active: category.active,
        }
      : { name: '', code: '', goodsCode: '', usefulLifeYears: 5, active: true },
  });
  const onSubmit = form.onSubmit((values) => {
    const candidate = {
      ...values,
      usefulLifeYears: values.usefulLifeYears === '' ? undefined : Number(values.usefulLifeYears),
    };
    const parsed = parseInput(categoryFields, candidate);
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(category ? { ...parsed.data, id: category.id } : parsed.data, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('equipment.categories.saved', { name: saved.name }) });
        onDone();
      },
      onError: (error) => {
        if (showServerFieldErrors(form, error)) return;
        if (isApiError(error, 'CATEGORY_CODE_TAKEN')) form.setFieldError('code', errorText(error));
        if (isApiError(error, 'CATEGORY_NAME_TAKEN')) form.setFieldError('name', errorText(error));
      },
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('equipment.categories.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('equipment.categories.code')}
            description={t('equipment.categories.codeHint')}
            withAsterisk
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', textTransform: 'uppercase' } }}
            {...form.getInputProps('code')}
          />
          <NumberInput
            label={t('equipment.field.usefulLifeYears')}
            description={t('equipment.categories.usefulLifeHint')}
            withAsterisk
            min={1}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('usefulLifeYears')}
          />
          <TextInput
            label={t('equipment.categories.goodsCode')}
            description={t('equipment.categories.goodsCodeHint')}
            {...form.getInputProps('goodsCode')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('equipment.categories.activeLabel')}
          description={t('equipment.categories.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions error={save.error} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
