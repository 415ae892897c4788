import { useCallback } from 'react';
import { formatDate, formatDateTime } from '@shared/format';
import { DEFAULT_TIMEZONE } from '@shared/domain';
import { todayIn } from '@shared/time';
import { useLocale } from '../i18n';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * What a clerk types as a date, to ISO: "05/01/1999", "5-1-1999", "5.1.1999" or "05011999".
 * Null when it is not a real calendar date.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const parts = /^(\d{8})$/.test(trimmed)
    ? [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4)]
    : trimmed.split(/[/.\-\s]+/);
  if (parts.length !== 3) return null;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (!parts[2] || parts[2].length !== 4 || !Number.isInteger(day) || !Number.isInteger(month)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO "1999-01-05" -> "05/01/1999", the form the date fields show and accept. */
export function toTypedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${day}/${month}/${year}` : '';
}

/** Today's date at the BLK (WITA), ISO. */
export function todayIso(): string {
  return todayIn(new Date(), DEFAULT_TIMEZONE);
}

/** "23 November 2026" in the active language; "—" for a missing or broken value rather than a crash. */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const locale = useLocale();
  return useCallback(
    (iso) => {
      if (!iso) return '—';
      try {
        return formatDate(iso, locale);
      } catch {
        return iso;
      }
    },
    [locale],
  );
}

export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const locale = useLocale();
  return useCallback(
    (iso) => {
      if (!iso) return '—';
      try {
        return formatDateTime(iso, locale);
      } catch {
        return iso;
      }
    },
    [locale],
  );
}
