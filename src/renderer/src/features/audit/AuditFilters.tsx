import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '@shared/contract';
import { DateField } from '../../components/DateField';
import { parseTypedDate } from '../../lib/dates';
import { fieldErrorText } from '../../lib/errors';
import { useOperators } from '../operators/queries';
import { useAuditEntities } from './queries';

/** What the admin typed and picked; dates as typed (DD/MM/YYYY), read only when complete. */
export interface AuditFilterValues {
  operatorId: string | null;
  from: string;
  to: string;
  entity: string | null;
  entityId: string;
}

export const NO_FILTERS: AuditFilterValues = { operatorId: null, from: '', to: '', entity: null, entityId: '' };

type Filters = Omit<InputOf<'audit.list'>, 'page' | 'pageSize'>;

/** The filters to send, and field errors for what cannot be read yet (that part is then left out). */
export function readFilters(values: AuditFilterValues): {
  filters: Filters;
  errors: Partial<Record<'from' | 'to' | 'entityId', string>>;
} {
  const errors: Partial<Record<'from' | 'to' | 'entityId', string>> = {};
  const from = values.from.trim() ? parseTypedDate(values.from) : null;
  const to = values.to.trim() ? parseTypedDate(values.to) : null;
  if (values.from.trim() && !from) errors.from = 'date';
  if (values.to.trim() && !to) errors.to = 'date';
  const entityId = values.entityId.trim();
  const validId = /^\d{1,15}$/.test(entityId) && Number(entityId) > 0;
  if (entityId && !validId) errors.entityId = 'invalid';
  const reversed = from !== null && to !== null && from > to;
  if (reversed) errors.to = 'end_before_start';
  return {
    errors,
    filters: {
      ...(values.operatorId ? { operatorId: Number(values.operatorId) } : {}),
      ...(from && !reversed ? { from } : {}),
      ...(to && !reversed ? { to } : {}),
      ...(values.entity ? { entity: values.entity } : {}),
      ...(validId ? { entityId: Number(entityId) } : {}),
    },
  };
}

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const operators = useOperators();
  const entities = useAuditEntities();
  const { errors } = readFilters(value);
  const set = <K extends keyof AuditFilterValues>(key: K, next: AuditFilterValues[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('audit.operator')}
        placeholder={t('audit.allOperators')}
        data={(operators.data ?? []).map((operator) => ({
          value: String(operator.id),
          label: `${operator.fullName} (${operator.username})`,
        }))}
        value={value.operatorId}
        onChange={(next) => set('operatorId', next)}
        clearable
        searchable
        w={230}
      />
      <DateField
        label={t('audit.from')}
        value={value.from}
        onChange={(next) => set('from', next)}
        error={fieldErrorText(t, errors.from)}
        w={165}
      />
      <DateField
        label={t('audit.to')}
        value={value.to}
        onChange={(next) => set('to', next)}
        error={fieldErrorText(t, errors.to)}
        w={165}
      />
      <Select
        label={t('audit.entity')}
        placeholder={t('audit.allEntities')}
        data={(entities.data ?? []).map((name) => ({
          value: name,
          label: t(`audit.entities.${name}`, { defaultValue: name }),
        }))}
        value={value.entity}
        onChange={(next) => set('entity', next)}
        clearable
        searchable
        w={200}
      />
      <TextInput
        label={t('audit.entityId')}
        value={value.entityId}
        inputMode="numeric"
        autoComplete="off"
        onChange={(event) => set('entityId', event.currentTarget.value)}
        error={fieldErrorText(t, errors.entityId)}
        w={120}
      />
    </Group>
  );
}
