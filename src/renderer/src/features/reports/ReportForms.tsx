import { Select, Stack } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '@shared/domain';
import { todayIso } from '../../lib/dates';
import { useClasses } from '../classes/queries';
import { usePrograms } from '../programs/queries';
import { PeriodRangeInput, type DateRange } from './PeriodRangeInput';
import { ReportCard } from './ReportCard';
import type { ExportSlot } from './ReportsPage';

/** This calendar year, the period most reports are asked for. */
function thisYear(): DateRange {
  const today = dayjs(todayIso());
  return [today.startOf('year').format('YYYY-MM-DD'), today.endOf('year').format('YYYY-MM-DD')];
}

const idOf = (value: string | null): number | null => (value === null ? null : Number(value));

/** The period and its error, shared by the reports that cover a period. */
function usePeriodField() {
  const { t } = useTranslation();
  const [range, setRange] = useState<DateRange>(thisYear);
  const [error, setError] = useState<string | undefined>();
  const onChange = (next: DateRange) => {
    setRange(next);
    setError(undefined);
  };
  /** The picked period, or null (and the error shown) while a day is missing. */
  const checked = (): { from: string; to: string } | null => {
    const [from, to] = range;
    if (from && to) return { from, to };
    setError(t('reports.periodRequired'));
    return null;
  };
  return { input: <PeriodRangeInput value={range} onChange={onChange} error={error} />, checked };
}

/** Classes as "Las SMAW Angkatan 2 — Pengelasan SMAW", searchable by either part. */
function useClassOptions(programId: number | null = null) {
  const classes = useClasses();
  return (classes.data ?? [])
    .filter((klass) => programId === null || klass.programId === programId)
    .map((klass) => ({ value: String(klass.id), label: `${klass.name} — ${klass.programName}` }));
}

export function SiapkerjaReportCard({ slot }: { slot: ExportSlot }) {
  const { t } = useTranslation();
  const options = useClassOptions();
  const [classId, setClassId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  return (
    <ReportCard
      title={t('reports.siapkerja.title')}
      description={t('reports.siapkerja.description')}
      {...slot}
      onExport={() => {
        const id = idOf(classId);
        if (id === null) setError(t('reports.siapkerja.classRequired'));
        else slot.onExport({ report: 'siapkerja', classId: id });
      }}
    >
      <Select
        label={t('reports.siapkerja.class')}
        placeholder={t('reports.siapkerja.classPlaceholder')}
        data={options}
        value={classId}
        onChange={(value) => {
          setClassId(value);
          setError(undefined);
        }}
        searchable
        clearable
        nothingFoundMessage={t('reports.siapkerja.noClasses')}
        error={error}
        withAsterisk
      />
    </ReportCard>
  );
}

export function RealisationReportCard({ slot }: { slot: ExportSlot }) {
  const { t } = useTranslation();
  const period = usePeriodField();
  const [fundingSource, setFundingSource] = useState<FundingSource | null>(null);
  return (
    <ReportCard
      title={t('reports.realisation.title')}
      description={t('reports.realisation.description')}
      {...slot}
      onExport={() => {
        const picked = period.checked();
        if (picked) slot.onExport({ report: 'realisation', ...picked, fundingSource });
      }}
    >
      <Stack gap="sm">
        {period.input}
        <Select
          label={t('reports.realisation.fundingSource')}
          placeholder={t('reports.realisation.allFunding')}
          data={FUNDING_SOURCES.map((value) => ({ value, label: t(`fundingSource.${value}`) }))}
          value={fundingSource}
          onChange={(value) => setFundingSource(FUNDING_SOURCES.find((source) => source === value) ?? null)}
          clearable
        />
      </Stack>
    </ReportCard>
  );
}

export function FollowUpsReportCard({ slot }: { slot: ExportSlot }) {
  const { t } = useTranslation();
  const period = usePeriodField();
  const programs = usePrograms();
  const [programId, setProgramId] = useState<string | null>(null);
  const [classId, setClassId] = useState<string | null>(null);
  const classOptions = useClassOptions(idOf(programId));
  return (
    <ReportCard
      title={t('reports.followUps.title')}
      description={t('reports.followUps.description')}
      {...slot}
      onExport={() => {
        const picked = period.checked();
        if (picked)
          slot.onExport({ report: 'followUps', ...picked, programId: idOf(programId), classId: idOf(classId) });
      }}
    >
      <Stack gap="sm">
        {period.input}
        <Select
          label={t('reports.followUps.program')}
          placeholder={t('reports.followUps.allPrograms')}
          data={(programs.data ?? []).map((program) => ({ value: String(program.id), label: program.name }))}
          value={programId}
          onChange={(value) => {
            setProgramId(value);
            // A class of another programme would make an empty report.
            setClassId(null);
          }}
          searchable
          clearable
        />
        <Select
          label={t('reports.followUps.class')}
          placeholder={t('reports.followUps.allClasses')}
          data={classOptions}
          value={classId}
          onChange={setClassId}
          searchable
          clearable
        />
      </Stack>
    </ReportCard>
  );
}
