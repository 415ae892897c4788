import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { useSingleFlight } from '../../lib/forms';
import { usePrintReceipt } from './queries';

/** Cetak berita acara: serah terima (hand-over) or pengembalian (return), saved where the clerk chooses. */
export function ReceiptButton({
  loanId,
  kind,
  ...props
}: { loanId: number; kind: 'handover' | 'return'; autoFocus?: boolean } & ButtonProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const print = usePrintReceipt();
  const submit = useSingleFlight(print);
  return (
    <Button
      leftSection={<IconPrinter size={18} />}
      loading={print.isPending}
      {...props}
      onClick={() =>
        submit(
          { id: loanId, kind },
          {
            onSuccess: (file) =>
              notifications.show({
                color: file ? 'teal' : 'gray',
                autoClose: file ? 12_000 : 4_000,
                message: file ? t('equipment.receipt.saved', { path: file.path }) : t('equipment.receipt.cancelled'),
              }),
            onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
          },
        )
      }
    >
      {kind === 'handover' ? t('equipment.receipt.handover') : t('equipment.receipt.return')}
    </Button>
  );
}
