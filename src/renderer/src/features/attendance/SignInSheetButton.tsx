import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '@shared/contract';
import { useFormatDate } from '../../lib/dates';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useLocale } from '../../i18n';
import { usePrintSignInSheet } from './queries';

type Scope = InputOf<'attendance.printSignInSheet'>['scope'];

/**
 * Prints the daftar hadir (with a signature column) of one session or one week. Main writes the
 * PDF and opens it; the notification says which file it became, for when the viewer does not open.
 */
export function SignInSheetButton({
  classId,
  scope,
  date,
  compact = false,
}: {
  classId: number;
  scope: Scope;
  /** The session's date, or any day of the week. */
  date: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const errorText = useErrorText();
  const print = usePrintSignInSheet();
  const submit = useSingleFlight(print);
  const label =
    scope.kind === 'session' ? t('attendance.printSession', { date: formatDate(date) }) : t('attendance.printWeek');
  const run = () =>
    submit(
      { classId, scope, locale },
      {
        onSuccess: (file) =>
          notifications.show({
            color: file ? 'teal' : 'gray',
            autoClose: file ? 10_000 : 4_000,
            message: file ? t('attendance.printed', { path: file.path }) : t('attendance.printCancelled'),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );
  if (compact) {
    return (
      <Tooltip label={label}>
        <ActionIcon variant="subtle" size="sm" aria-label={label} loading={print.isPending} onClick={run}>
          <IconPrinter size={16} />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Button variant="default" leftSection={<IconPrinter size={18} />} loading={print.isPending} onClick={run}>
      {label}
    </Button>
  );
}
