import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep civic teal-blue: calm, official, readable on the cheap monitors of a front desk. */
const pelita: MantineColorsTuple = [
  '#e6f6f8',
  '#d3e9ed',
  '#a8d2da',
  '#7abac7',
  '#55a6b6',
  '#3d99ac',
  '#2e93a7',
  '#1e7f92',
  '#0f7183',
  '#006274',
];

export const theme = createTheme({
  primaryColor: 'pelita',
  primaryShade: 8,
  colors: { pelita },
  defaultRadius: 'md',
  fontSizes: { md: '1rem' },
  headings: { fontWeight: '650' },
  components: {
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    Autocomplete: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
    // Statuses read as words ("Peserta cadangan"), not as shouted labels.
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});
