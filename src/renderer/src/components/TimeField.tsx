import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseTypedTime } from '../lib/times';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string;
  onChange: (value: string) => void;
};

/**
 * A time of day typed as JJ:MM (24-hour; "0800", "8.00" or "8" also work, and become "08:00" on
 * leaving the field). A text field rather than the browser's time input, whose AM/PM and arrow
 * spinners depend on the PC's regional settings.
 */
export function TimeField({ value = '', onChange, onBlur, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      placeholder={t('timeField.placeholder')}
      {...props}
      value={value}
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const time = parseTypedTime(value);
        if (time) onChange(time);
        onBlur?.(event);
      }}
    />
  );
}
