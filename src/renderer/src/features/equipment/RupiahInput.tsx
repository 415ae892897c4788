import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Integer rupiah typed with thousand separators as they are written here: "Rp 1.250.000". */
export function RupiahInput(props: Omit<NumberInputProps, 'thousandSeparator' | 'decimalSeparator' | 'prefix'>) {
  return (
    <NumberInput
      thousandSeparator="."
      decimalSeparator=","
      prefix="Rp "
      allowDecimal={false}
      allowNegative={false}
      hideControls
      inputMode="numeric"
      {...props}
    />
  );
}

/** The form value of a RupiahInput as the contract wants it: a number, or undefined when empty. */
export function rupiahValue(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  const digits = value.replace(/\D/g, '');
  return digits === '' ? undefined : Number(digits);
}
