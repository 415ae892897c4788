import { ActionIcon, Button, Tooltip, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '@shared/contract';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { useLocale } from '../../i18n';
import { usePrintReceipt } from './queries';

/** Main writes the PDF (and opens it); the clerk sees which file it became. */
interface Props extends ButtonProps {
  enrolmentId: number;
  label?: string;
  autoFocus?: boolean;
  /** Called with the written file (null when the save dialog was cancelled) instead of a notification. */
  onWritten?: (file: WrittenFile | null) => void;
}

function usePrint(enrolmentId: number, onWritten?: (file: WrittenFile | null) => void) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const print = usePrintReceipt();
  const submit = useSingleFlight(print);
  const run = () =>
    submit(
      { enrolmentId, locale },
      {
        onSuccess: (file) =>
          onWritten
            ? onWritten(file)
            : notifications.show({
                color: file ? 'teal' : 'gray',
                message: file ? t('enrol.receiptSaved', { fileName: file.fileName }) : t('enrol.receiptCancelled'),
              }),
        onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
      },
    );
  return { run, pending: print.isPending };
}

export function ReceiptButton({ enrolmentId, label, onWritten, ...props }: Props) {
  const { t } = useTranslation();
  const { run, pending } = usePrint(enrolmentId, onWritten);
  return (
    <Button leftSection={<IconPrinter size={18} />} loading={pending} {...props} onClick={run}>
      {label ?? t('enrol.printReceipt')}
    </Button>
  );
}

/** The roster's compact reprint: an icon with its name in a tooltip and for screen readers. */
export function ReceiptIconButton({ enrolmentId, fullName }: { enrolmentId: number; fullName: string }) {
  const { t } = useTranslation();
  const { run, pending } = usePrint(enrolmentId);
  const label = `${t('roster.reprint')}: ${fullName}`;
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" size="lg" aria-label={label} loading={pending} onClick={run}>
        <IconPrinter size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
