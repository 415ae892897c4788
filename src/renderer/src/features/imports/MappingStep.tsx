import { Button, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportFile } from '@shared/contract/imports';
import type { FieldErrors } from '@shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorText } from '../../lib/errors';
import { columnLetter } from './importText';
import { StepHeading } from './StepHeading';

export type ColumnMapping = Partial<Record<ImportField, number>>;

/** The value of the "not imported" option: Select needs a string, and '' reads as "nothing chosen". */
const NOT_IMPORTED = 'none';

/** The first value the column holds in the sample rows: what the clerk recognises the column by. */
function sampleOf(file: ImportFile, column: number): string {
  return file.sample.map((row) => row[column]?.trim() ?? '').find((value) => value !== '') ?? '';
}

/**
 * Step 2: one row per field of the enrolment form, with the file's column chosen for it (the
 * guess from the headings is pre-filled) and what that column holds, so a wrong guess shows.
 */
export function MappingStep({
  file,
  mapping,
  onMappingChange,
  merge,
  onMergeChange,
  errors,
  error,
  pending,
  onBack,
  onNext,
}: {
  file: ImportFile;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  merge: boolean;
  onMergeChange: (merge: boolean) => void;
  errors: FieldErrors;
  error: unknown;
  pending: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const options = [
    { value: NOT_IMPORTED, label: t('imports.map.notImported') },
    ...file.headers.map((heading, column) => ({
      value: String(column),
      label: t('imports.map.option', { letter: columnLetter(column), heading: heading || '…' }),
    })),
  ];
  const samples = new Map(file.headers.map((_, column) => [String(column), sampleOf(file, column)]));
  const choose = (field: ImportField, value: string | null) => {
    const { [field]: _previous, ...others } = mapping;
    onMappingChange(value === null || value === NOT_IMPORTED ? others : { ...others, [field]: Number(value) });
  };
  return (
    <Stack gap="md">
      <StepHeading>{t('imports.map.heading')}</StepHeading>
      <Text>{t('imports.map.intro')}</Text>
      <Table verticalSpacing={6} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('imports.map.field')}</Table.Th>
            <Table.Th w="38%">{t('imports.map.column')}</Table.Th>
            <Table.Th>{t('imports.map.sample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IMPORT_FIELDS.map((field) => {
            const required = REQUIRED_IMPORT_FIELDS.includes(field);
            const column = mapping[field];
            const sample = column === undefined ? null : sampleOf(file, column);
            const label = t(`imports.field.${field}`);
            return (
              <Table.Tr key={field}>
                <Table.Td>
                  <Text fw={required ? 600 : 400} component="span">
                    {label}
                  </Text>
                  {required ? (
                    <Text component="span" c="red.8" fw={700} aria-label={t('imports.map.required')}>
                      {' *'}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={label}
                    data={options}
                    value={column === undefined ? NOT_IMPORTED : String(column)}
                    onChange={(value) => choose(field, value)}
                    allowDeselect={false}
                    searchable
                    size="sm"
                    error={fieldErrorText(t, errors[`mapping.${field}`])}
                    renderOption={({ option }) => (
                      <Stack gap={0}>
                        <Text size="sm">{option.label}</Text>
                        {samples.get(option.value) ? (
                          <Text size="xs" c="dimmed" ff="monospace">
                            {samples.get(option.value)}
                          </Text>
                        ) : null}
                      </Stack>
                    )}
                  />
                </Table.Td>
                <Table.Td>
                  {sample === null ? null : (
                    <Text
                      size="sm"
                      c={sample === '' ? 'dimmed' : undefined}
                      ff={sample === '' ? undefined : 'monospace'}
                    >
                      {sample === '' ? t('imports.map.empty') : sample}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Switch
        size="md"
        checked={merge}
        onChange={(event) => onMergeChange(event.currentTarget.checked)}
        label={t('imports.map.merge')}
        description={merge ? t('imports.map.mergeHintOn') : t('imports.map.mergeHintOff')}
      />
      <ErrorAlert error={error} fieldsShown={Object.keys(errors).length > 0} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
          {t('imports.map.back')}
        </Button>
        <Button leftSection={<IconListCheck size={18} />} loading={pending} onClick={onNext}>
          {t('imports.map.next')}
        </Button>
      </Group>
    </Stack>
  );
}
