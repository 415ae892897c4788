import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSUMABLE_UNITS, type ConsumableUnit } from '@shared/equipment';
import { useLocale } from '../../i18n';
import { formatQuantity } from './stockQuantity';

function isUnit(value: unknown): value is ConsumableUnit {
  return typeof value === 'string' && (CONSUMABLE_UNITS as readonly string[]).includes(value);
}

/** "2,5 kg" in Bahasa Indonesia, "2.5 kg" in English; `signed` writes "+2,5" and "−1" on the stock card. */
export function useStockFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useCallback((unit: string) => (isUnit(unit) ? t(`stock.unit.${unit}`) : unit), [t]);
  const amount = useCallback(
    (quantity: number, unit: string, signed = false) =>
      `${formatQuantity(quantity, locale, signed)} ${unitLabel(unit)}`,
    [locale, unitLabel],
  );
  const number = useCallback((quantity: number, signed = false) => formatQuantity(quantity, locale, signed), [locale]);
  return { amount, number, unitLabel, locale };
}
