import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../../lib/dates';
import { NikField } from '../participants/NikField';
import { nikHints } from '../participants/nikHints';
import { lookupNikOptions, useNikLookup } from '../participants/queries';

/**
 * Step 1: the NIK alone. A known NIK opens the person already on record (never a second record);
 * a new one goes on to the person form.
 */
export function NikStep({ initialNik, onNewPerson }: { initialNik: string; onNewPerson: (nik: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [nik, setNik] = useState(initialNik);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const lookup = useNikLookup(nik);
  const hints = nikHints(
    { nik, birthDate: '', sex: '', regencyCode: null, district: '' },
    todayIso(),
    lookup.data?.decoded ?? null,
  );
  const existing = lookup.data?.existing ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (hints.missingDigits > 0) return setError(t('fieldErrors.nik_format'));
    if (hints.problem) return;
    setBusy(true);
    try {
      // Asked again at Enter, not taken from the cache: the answer decides whether a record is created.
      const answer = await client.fetchQuery({ ...lookupNikOptions(nik), staleTime: 0 });
      if (answer.existing) void navigate(`/participants/${answer.existing.id}`);
      else onNewPerson(nik);
    } catch (failure) {
      setChecking(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" maw={560}>
        <Text>{t('enrol.nikIntro')}</Text>
        <NikField
          value={nik}
          onChange={(digits) => {
            setNik(digits);
            setError(null);
          }}
          hints={hints}
          region={lookup.data?.decoded ?? null}
          error={error}
          size="lg"
          data-autofocus
          autoFocus
        />
        {existing ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconUserCheck size={22} />}
            title={t('enrol.existsTitle')}
            role="status"
          >
            {t('enrol.existsBody', { fullName: existing.fullName })}
          </Alert>
        ) : null}
        <ErrorAlert error={checking} />
        <Group>
          <Button type="submit" size="md" loading={busy}>
            {existing ? t('enrol.openPerson') : t('enrol.continue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
