import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@shared/format';
import { ENROLMENT_STATUSES, ELIGIBILITY_RULES, type Locale } from '@shared/domain';
import { useLocale } from '../i18n';
import { ApiError } from './api';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Params arrive as codes, ISO dates and ISO instants; the sentence needs words, "23 November 2026"
 * and "23 November 2026 14.05 WITA" in the clerk's language.
 */
function readableParams(t: TFunction, locale: Locale, params: Record<string, string | number>) {
  const readable: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) readable[key] = formatDate(value, locale);
  }
  if (typeof params['until'] === 'string') {
    try {
      readable['until'] = formatDateTime(params['until'], locale);
    } catch {
      // Leave the raw value: better an ISO string than no hint at all.
    }
  }
  for (const key of ['from', 'to', 'status'] as const) {
    const value = params[key];
    if (isOneOf(ENROLMENT_STATUSES, value)) readable[key] = t(`enrolmentStatus.${value}`);
  }
  if (typeof params['rules'] === 'string') {
    readable['rules'] = params['rules']
      .split(',')
      .map((rule) => (isOneOf(ELIGIBILITY_RULES, rule) ? t(`ruleName.${rule}`) : rule))
      .join(', ');
  }
  return readable;
}

export function errorText(t: TFunction, locale: Locale, error: unknown): string {
  if (error instanceof ApiError) {
    return t(`errors.${error.code}`, { errorId: '-', ...readableParams(t, locale, error.params) });
  }
  return t('errors.INTERNAL', { errorId: '-' });
}

/** Translates whatever a call threw into one sentence for the clerk. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback((error: unknown) => errorText(t, locale, error), [t, locale]);
}

/** A field error is a message key from the contract (or the renderer); unknown text shows as is. */
export function fieldErrorText(t: TFunction, key: unknown): string | undefined {
  if (typeof key !== 'string' || key === '') return undefined;
  return t(`fieldErrors.${key}`, { defaultValue: key });
}
