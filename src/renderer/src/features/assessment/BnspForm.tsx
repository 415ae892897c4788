import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { contract, type BnspRow } from '@shared/contract';
import { UNIT_RESULTS, type UnitResult } from '@shared/domain';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { parseTypedDate, toTypedDate } from '../../lib/dates';
import { parseInput, showServerFieldErrors, useAppForm, useSingleFlight } from '../../lib/forms';
import { useRecordBnsp } from './queries';

type Values = {
  testedOn: string;
  result: UnitResult;
  lspName: string;
  certificateNo: string;
  issuedOn: string;
};

/** A typed date as the contract wants it: ISO when it parses, else the text itself (so it is refused as a date). */
const typedToIso = (typed: string) => parseTypedDate(typed) ?? typed;

/** The test date, result and LSP; for a competent result also the certificate number and issue date. */
export function BnspForm({ row, onDone }: { row: BnspRow; onDone: () => void }) {
  const { t } = useTranslation();
  const recordTest = useRecordBnsp();
  const submit = useSingleFlight(recordTest);
  const form = useAppForm<Values>({
    initialValues: {
      testedOn: row.test ? toTypedDate(row.test.testedOn) : '',
      result: row.test?.result ?? 'competent',
      lspName: row.test?.lspName ?? '',
      certificateNo: row.test?.certificateNo ?? '',
      issuedOn: row.test?.issuedOn ? toTypedDate(row.test.issuedOn) : '',
    },
  });
  const competent = form.values.result === 'competent';
  const onSubmit = form.onSubmit((values) => {
    const parsed = parseInput(contract['bnsp.record'].input, {
      enrolmentId: row.enrolmentId,
      testedOn: typedToIso(values.testedOn),
      result: values.result,
      lspName: values.lspName,
      certificateNo: competent ? values.certificateNo : '',
      issuedOn: competent && values.issuedOn.trim() !== '' ? typedToIso(values.issuedOn) : null,
    });
    if (!parsed.ok) return form.setErrors(parsed.errors);
    submit(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('bnsp.saved', { fullName: row.fullName }) });
        onDone();
      },
      onError: (error) => showServerFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {row.nik} · {row.registrationNo}
        </Text>
        <DateField label={t('bnsp.testedOn')} withAsterisk data-autofocus {...form.getInputProps('testedOn')} />
        <Radio.Group label={t('bnsp.result')} withAsterisk {...form.getInputProps('result')}>
          <Group gap="lg" mt={6}>
            {UNIT_RESULTS.map((result) => (
              <Radio key={result} value={result} label={t(`assessment.result.${result}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label={t('bnsp.lspName')} withAsterisk {...form.getInputProps('lspName')} />
        {competent ? (
          <>
            <TextInput label={t('bnsp.certificateNo')} withAsterisk {...form.getInputProps('certificateNo')} />
            <DateField label={t('bnsp.issuedOn')} withAsterisk {...form.getInputProps('issuedOn')} />
            <Text size="sm" c="dimmed">
              {t('bnsp.expiryNote')}
            </Text>
          </>
        ) : null}
        <FormActions error={recordTest.error} pending={recordTest.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
