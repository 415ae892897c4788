import { Select, SimpleGrid } from '@mantine/core';
import { FilterBar } from '../../components/FilterBar';
import { useTranslation } from 'react-i18next';
import { ASSET_CONDITIONS, ASSET_SOURCES, ASSET_STATUSES } from '@shared/equipment';
import { useRooms } from '../places/queries';
import { useEquipmentCategories } from './queries';

export interface AssetFilterValues {
  search: string;
  roomId: string | null;
  categoryId: string | null;
  condition: string | null;
  status: string | null;
  source: string | null;
}

export const NO_ASSET_FILTERS: AssetFilterValues = {
  search: '',
  roomId: null,
  categoryId: null,
  condition: null,
  status: null,
  source: null,
};

/** Search box first (it has the focus when the page opens), then the five narrowing selects. */
export function AssetFilters({
  value,
  onChange,
}: {
  value: AssetFilterValues;
  onChange: (next: AssetFilterValues) => void;
}) {
  const { t } = useTranslation();
  const rooms = useRooms();
  const categories = useEquipmentCategories();
  const set = (patch: Partial<AssetFilterValues>) => onChange({ ...value, ...patch });
  return (
    <FilterBar
      value={value}
      onChange={onChange}
      cleared={NO_ASSET_FILTERS}
      labels={{
        search: t('equipment.assets.search'),
        searchPlaceholder: t('equipment.assets.searchPlaceholder'),
        clear: t('equipment.assets.clearFilters'),
      }}
    >
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        <Select
          label={t('equipment.field.room')}
          placeholder={t('equipment.assets.allRooms')}
          clearable
          searchable
          value={value.roomId}
          onChange={(roomId) => set({ roomId })}
          data={(rooms.data ?? []).map((room) => ({ value: String(room.id), label: room.name }))}
        />
        <Select
          label={t('equipment.field.category')}
          placeholder={t('equipment.assets.allCategories')}
          clearable
          searchable
          value={value.categoryId}
          onChange={(categoryId) => set({ categoryId })}
          data={(categories.data ?? []).map((category) => ({
            value: String(category.id),
            label: `${category.code} · ${category.name}`,
          }))}
        />
        <Select
          label={t('equipment.field.condition')}
          placeholder={t('equipment.assets.allConditions')}
          clearable
          value={value.condition}
          onChange={(condition) => set({ condition })}
          data={ASSET_CONDITIONS.map((item) => ({ value: item, label: t(`equipment.condition.${item}`) }))}
        />
        <Select
          label={t('equipment.field.status')}
          placeholder={t('equipment.assets.allStatuses')}
          clearable
          value={value.status}
          onChange={(status) => set({ status })}
          data={ASSET_STATUSES.map((item) => ({ value: item, label: t(`equipment.status.${item}`) }))}
        />
        <Select
          label={t('equipment.field.source')}
          placeholder={t('equipment.assets.allSources')}
          clearable
          value={value.source}
          onChange={(source) => set({ source })}
          data={ASSET_SOURCES.map((item) => ({ value: item, label: t(`equipment.source.${item}`) }))}
        />
      </SimpleGrid>
    </FilterBar>
  );
}
