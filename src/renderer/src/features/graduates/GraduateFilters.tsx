import { Select, SimpleGrid } from '@mantine/core';
import { FilterBar } from '../../components/FilterBar';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_OUTCOMES } from '@shared/graduates';
import { useClasses } from '../classes/queries';
import { todayIso } from '../../lib/dates';
import { usePrograms } from '../programs/queries';

export interface GraduateFilterValues {
  search: string;
  programId: string | null;
  classId: string | null;
  /** A follow-up outcome, or 'unknown' for never followed up (graduates list only). */
  status: string | null;
  /** Graduation year as typed in the select (graduates list only). */
  year: string | null;
}

export const NO_GRADUATE_FILTERS: GraduateFilterValues = {
  search: '',
  programId: null,
  classId: null,
  status: null,
  year: null,
};

/** The filters as the contract takes them (search debounced by the page). */
export function toGraduateFilters(values: GraduateFilterValues, search: string) {
  return {
    search,
    programId: values.programId ? Number(values.programId) : null,
    classId: values.classId ? Number(values.classId) : null,
  };
}

/** The years a BLK has graduates in: from this year back; ten is plenty for a front desk. */
function recentYears(): string[] {
  const thisYear = Number(todayIso().slice(0, 4));
  return Array.from({ length: 10 }, (_, index) => String(thisYear - index));
}

/**
 * Search first (it has the focus), then programme and class (the class list follows the programme);
 * the graduates list adds the current status and the graduation year.
 */
export function GraduateFilters({
  value,
  onChange,
  withStatusAndYear = false,
}: {
  value: GraduateFilterValues;
  onChange: (next: GraduateFilterValues) => void;
  withStatusAndYear?: boolean;
}) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const classes = useClasses();
  const set = (patch: Partial<GraduateFilterValues>) => onChange({ ...value, ...patch });
  const classOptions = (classes.data ?? [])
    .filter((klass) => value.programId === null || String(klass.programId) === value.programId)
    .map((klass) => ({ value: String(klass.id), label: klass.name }));
  return (
    <FilterBar
      value={value}
      onChange={onChange}
      cleared={NO_GRADUATE_FILTERS}
      labels={{
        search: t('graduates.filters.search'),
        searchPlaceholder: t('graduates.filters.searchHint'),
        clear: t('graduates.filters.clear'),
      }}
    >
      <SimpleGrid cols={{ base: 2, md: withStatusAndYear ? 4 : 2 }} spacing="sm">
        <Select
          label={t('graduates.filters.program')}
          placeholder={t('graduates.filters.allPrograms')}
          clearable
          searchable
          value={value.programId}
          onChange={(programId) =>
            // A class of another programme would leave the list empty for no visible reason.
            set({ programId, classId: programId === value.programId ? value.classId : null })
          }
          data={(programs.data ?? []).map((program) => ({ value: String(program.id), label: program.name }))}
        />
        <Select
          label={t('graduates.filters.class')}
          placeholder={t('graduates.filters.allClasses')}
          clearable
          searchable
          value={value.classId}
          onChange={(classId) => set({ classId })}
          data={classOptions}
        />
        {withStatusAndYear ? (
          <>
            <Select
              label={t('graduates.filters.status')}
              placeholder={t('graduates.filters.allStatuses')}
              clearable
              value={value.status}
              onChange={(status) => set({ status })}
              data={[
                ...FOLLOW_UP_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`graduates.outcome.${outcome}`) })),
                { value: 'unknown', label: t('graduates.unknownStatus') },
              ]}
            />
            <Select
              label={t('graduates.filters.year')}
              placeholder={t('graduates.filters.allYears')}
              clearable
              value={value.year}
              onChange={(year) => set({ year })}
              data={recentYears()}
            />
          </>
        ) : null}
      </SimpleGrid>
    </FilterBar>
  );
}
