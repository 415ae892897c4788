import dayjs from 'dayjs';
import { useCallback } from 'react';
import type { Locale } from '@shared/domain';
import { useFormatDate } from '../../lib/dates';
import { useLocale } from '../../i18n';

/** "08:00" as Indonesian writes it ("08.00", EYD) or English ("08:00"). */
export function displayTime(time: string, locale: Locale): string {
  return locale === 'id' ? time.replace(':', '.') : time;
}

/** "08.00–12.00" in the active language. */
export function useFormatTimes(): (start: string, end: string) => string {
  const locale = useLocale();
  return useCallback((start, end) => `${displayTime(start, locale)}–${displayTime(end, locale)}`, [locale]);
}

/** "Senin, 7 Desember 2026": a timetable is read by weekday first. */
export function useFormatDay(): (iso: string) => string {
  const locale = useLocale();
  const formatDate = useFormatDate();
  return useCallback((iso) => `${dayjs(iso).locale(locale).format('dddd')}, ${formatDate(iso)}`, [locale, formatDate]);
}

/** "14–20 Desember 2026", "28 Desember 2026 – 3 Januari 2027": a week or range said once, with its year. */
export function formatDayRange(from: Date | string, to: Date | string, locale: Locale): string {
  const start = dayjs(from).locale(locale);
  const end = dayjs(to).locale(locale);
  if (start.isSame(end, 'day')) return end.format('D MMMM YYYY');
  if (start.isSame(end, 'month')) return `${start.format('D')}–${end.format('D MMMM YYYY')}`;
  if (start.isSame(end, 'year')) return `${start.format('D MMMM')} – ${end.format('D MMMM YYYY')}`;
  return `${start.format('D MMMM YYYY')} – ${end.format('D MMMM YYYY')}`;
}

/** A date field in a row of time fields: its "5 Januari 1999" echo goes below, so the inputs line up. */
export const BELOW_INPUT: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];
