import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type ComboboxItemGroup,
  type MultiSelectProps,
  type SelectProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassPlace } from '@shared/contract';
import { useInstructors } from '../instructors/queries';
import { useMtuSites, useRooms } from '../places/queries';
import { placeKey } from './sessionValues';

/**
 * Rooms and MTU sites as one grouped list of place keys. Inactive places are left out, except the
 * one already chosen (a session keeps the place it was planned in).
 */
function usePlaceOptions(current: ClassPlace | null = null): ComboboxItemGroup<ComboboxItem>[] {
  const { t } = useTranslation();
  const rooms = useRooms();
  const sites = useMtuSites();
  const currentKey = placeKey(current);
  return [
    {
      group: t('schedule.placeGroup.room'),
      items: (rooms.data ?? [])
        .filter((room) => room.active || `room:${room.id}` === currentKey)
        .map((room) => ({ value: `room:${room.id}`, label: room.name })),
    },
    {
      group: t('schedule.placeGroup.mtu'),
      items: (sites.data ?? [])
        .filter((site) => site.active || `mtu:${site.id}` === currentKey)
        .map((site) => ({ value: `mtu:${site.id}`, label: `${site.name} (${site.village})` })),
    },
  ];
}

/** Active instructors, plus anyone already assigned who has since become inactive. */
function useInstructorOptions(assigned: readonly { id: number; fullName: string }[] = []): ComboboxItem[] {
  const instructors = useInstructors(false);
  const active = instructors.data ?? [];
  return [
    ...active.map((instructor) => ({ value: String(instructor.id), label: instructor.fullName })),
    ...assigned
      .filter((person) => !active.some((instructor) => instructor.id === person.id))
      .map((person) => ({ value: String(person.id), label: person.fullName })),
  ];
}

/** Where a session or a generated timetable is held: a room or an MTU site, searchable. */
export function PlaceSelect({ current, ...props }: Omit<SelectProps, 'data'> & { current: ClassPlace | null }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('schedule.form.place')}
      searchable
      clearable
      selectFirstOptionOnChange
      data={usePlaceOptions(current)}
      {...props}
    />
  );
}

/** Who teaches: active instructors and anyone already assigned. */
export function InstructorsSelect({
  assigned,
  ...props
}: Omit<MultiSelectProps, 'data'> & { assigned: readonly { id: number; fullName: string }[] }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={t('schedule.form.instructors')}
      searchable
      data={useInstructorOptions(assigned)}
      nothingFoundMessage={t('schedule.noInstructors')}
      {...props}
    />
  );
}
