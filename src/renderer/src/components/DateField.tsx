import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseTypedDate, toTypedDate, useFormatDate } from '../lib/dates';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'description'> & {
  value?: string;
  onChange: (value: string) => void;
};

/**
 * A date typed as DD/MM/YYYY (dots, dashes or bare digits also work): faster at a desk than a
 * calendar popup, and Tab/Enter behave as in any other field. The line below echoes the date in
 * words ("5 Januari 1999") so a swapped day and month is caught at a glance.
 */
export function DateField({ value = '', onChange, onBlur, ...props }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const iso = parseTypedDate(value);
  return (
    <TextInput
      {...props}
      value={value}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.datePlaceholder')}
      description={iso ? formatDate(iso) : t('common.dateHint')}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        if (iso) onChange(toTypedDate(iso));
        onBlur?.(event);
      }}
    />
  );
}
