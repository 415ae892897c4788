import { TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../lib/dates';
import type { NikHints, NikRegion } from './nikHints';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'description'> & {
  value?: string;
  onChange: (digits: string) => void;
  hints: NikHints;
  region: NikRegion | null;
};

/** Digits only, 16 at most; below it, what the NIK says as soon as it is complete. */
export function NikField({ value = '', onChange, hints, region, error, ...props }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  let description: ReactNode = t('nik.description');
  if (value.length > 0 && hints.missingDigits > 0) description = t('nik.digitsLeft', { count: hints.missingDigits });
  if (hints.decoded) {
    const place = [region?.districtName, region?.regencyName, region?.provinceName].filter(Boolean).join(', ');
    const person = t('nik.decoded', { sex: t(`sex.${hints.decoded.sex}`), date: formatDate(hints.decoded.birthDate) });
    description = place ? `${person} · ${place}` : person;
  }
  return (
    <TextInput
      label={t('nik.label')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={16}
      withAsterisk
      {...props}
      value={value}
      description={description}
      error={error ?? (hints.problem ? t(`nik.problem.${hints.problem}`) : undefined)}
      onChange={(event) => onChange(event.currentTarget.value.replace(/\D/g, '').slice(0, 16))}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
    />
  );
}
