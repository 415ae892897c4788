import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import type { Rate } from '@shared/graduates';
import { useLocale } from '../../i18n';

/** Shown instead of a percentage when nobody is in the denominator: 0 % would be a false claim. */
export const NO_RATE = '–';

/**
 * Numbers as the head of BLK reads them: "1.250" and "67%" in Bahasa Indonesia, "1,250" and
 * "67%" in English; a month key "2026-03" as "Mar 2026".
 */
export function useDashboardFormat() {
  const locale = useLocale();
  const intlLocale = locale === 'id' ? 'id-ID' : 'en-GB';
  const numberFormat = useMemo(() => new Intl.NumberFormat(intlLocale), [intlLocale]);
  const percentFormat = useMemo(
    () => new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 }),
    [intlLocale],
  );
  const number = useCallback((value: number) => numberFormat.format(value), [numberFormat]);
  const percent = useCallback(
    (rate: Rate['rate']) => (rate === null ? NO_RATE : percentFormat.format(rate)),
    [percentFormat],
  );
  const month = useCallback((key: string) => dayjs(`${key}-01`).locale(locale).format('MMM YYYY'), [locale]);
  return { number, percent, month, locale };
}
