import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '@shared/contract';
import { useClasses } from '../classes/queries';
import { useInstructors } from '../instructors/queries';
import { useMtuSites, useRooms } from '../places/queries';

export const FILTER_KINDS = ['all', 'room', 'mtu', 'instructor', 'class'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

export interface CalendarFilterValue {
  kind: FilterKind;
  /** The room, MTU site, instructor or class chosen; null shows everything. */
  id: number | null;
}

/** The part of `sessions.list`'s input the filter decides. */
export function filterInput(filter: CalendarFilterValue): Partial<InputOf<'sessions.list'>> {
  if (filter.id === null) return {};
  switch (filter.kind) {
    case 'room':
      return { roomId: filter.id };
    case 'mtu':
      return { mtuSiteId: filter.id };
    case 'instructor':
      return { instructorId: filter.id };
    case 'class':
      return { classId: filter.id };
    case 'all':
      return {};
  }
}

function useTargets(kind: FilterKind): { value: string; label: string }[] {
  const rooms = useRooms();
  const sites = useMtuSites();
  const instructors = useInstructors(true);
  const classes = useClasses();
  switch (kind) {
    case 'room':
      return (rooms.data ?? []).map((room) => ({ value: String(room.id), label: room.name }));
    case 'mtu':
      return (sites.data ?? []).map((site) => ({ value: String(site.id), label: `${site.name} (${site.village})` }));
    case 'instructor':
      return (instructors.data ?? []).map((person) => ({ value: String(person.id), label: person.fullName }));
    case 'class':
      return (classes.data ?? []).map((klass) => ({ value: String(klass.id), label: klass.name }));
    case 'all':
      return [];
  }
}

/** "Tampilkan per": the whole timetable, or one room, MTU site, instructor or class. */
export function CalendarFilter({
  value,
  onChange,
}: {
  value: CalendarFilterValue;
  onChange: (value: CalendarFilterValue) => void;
}) {
  const { t } = useTranslation();
  const targets = useTargets(value.kind);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select<FilterKind>
        label={t('calendar.filter.by')}
        w={200}
        allowDeselect={false}
        data={FILTER_KINDS.map((kind) => ({ value: kind, label: t(`calendar.filter.kind.${kind}`) }))}
        value={value.kind}
        onChange={(kind) => onChange({ kind: kind ?? 'all', id: null })}
      />
      {value.kind === 'all' ? null : (
        <Select
          label={t(`calendar.filter.pick.${value.kind}`)}
          placeholder={t('calendar.filter.pickPlaceholder')}
          w={320}
          searchable
          clearable
          selectFirstOptionOnChange
          nothingFoundMessage={t('calendar.filter.nothing')}
          data={targets}
          value={value.id === null ? null : String(value.id)}
          onChange={(id) => onChange({ kind: value.kind, id: id === null ? null : Number(id) })}
        />
      )}
    </Group>
  );
}
