import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useVerify } from './queries';
import { VerifyResultCard } from './VerifyResultCard';

/**
 * Verifikasi: a USB scanner types the QR text and presses Enter, so the input keeps the focus
 * and is selected after each answer: the next scan replaces the last one.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const verify = useVerify();
  const input = useRef<HTMLInputElement>(null);

  // Select after the answer landed, so the text is still there to see and the next scan overwrites it.
  useEffect(() => {
    if (verify.isSuccess || verify.isError) input.current?.select();
  }, [verify.isSuccess, verify.isError, verify.data]);

  const submit = () => {
    const trimmed = text.trim();
    if (trimmed === '' || verify.isPending) return;
    verify.mutate(trimmed);
  };

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('certificates.verify.title')} subtitle={t('certificates.verify.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              ref={input}
              label={t('certificates.verify.inputLabel')}
              description={t('certificates.verify.inputHint')}
              size="xl"
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              autoFocus
              data-autofocus
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <Button type="submit" size="xl" leftSection={<IconScan size={22} />} loading={verify.isPending}>
              {t('certificates.verify.submit')}
            </Button>
          </Group>
        </form>
      </Paper>
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {verify.data && !verify.isPending ? <VerifyResultCard result={verify.data} /> : null}
      {!verify.data && !verify.isError ? (
        <Text c="dimmed" size="sm">
          {t('certificates.verify.offline')}
        </Text>
      ) : null}
    </Stack>
  );
}
