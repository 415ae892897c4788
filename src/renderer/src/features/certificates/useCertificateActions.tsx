import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateRow } from '@shared/contract';
import { useCan } from '../../app/session';
import { isApiError } from '../../lib/api';
import { useSingleFlight } from '../../lib/forms';
import { PrintProgress } from './PrintProgress';
import { useRevoke } from './queries';
import { ReasonModal } from './ReasonModal';
import { usePrintCertificates } from './usePrintCertificates';
import type { PrintRequest } from './usePrintRunner';

type Layout = PrintRequest['layout'];

interface PendingReprint {
  certificateIds: number[];
  layout: Layout;
  error: unknown;
  onFinished?: () => void;
}

/**
 * Printing, reprinting and revoking, with their modals, for the class tab and the registry
 * alike: `modals` goes once into the page, `rowActions` into each row.
 */
export function useCertificateActions() {
  const { t } = useTranslation();
  const canPrint = useCan('certificates.startPrint');
  const canRevoke = useCan('certificates.revoke');
  const printer = usePrintCertificates();
  const revoke = useRevoke();
  const submitRevoke = useSingleFlight(revoke);
  const [reprint, setReprint] = useState<PendingReprint | null>(null);
  const [revoking, setRevoking] = useState<CertificateRow | null>(null);

  const runPrint = async (request: PrintRequest, onFinished?: () => void) => {
    const outcome = await printer.print(request);
    if (outcome.kind === 'finished') onFinished?.();
    // Someone printed these since the list was read: ask for the reason and say why.
    if (outcome.kind === 'failed' && isApiError(outcome.error, 'REPRINT_REASON_REQUIRED')) {
      setReprint({ certificateIds: request.certificateIds, layout: request.layout, error: outcome.error, onFinished });
    }
  };

  /**
   * Prints these certificates; any printed before makes it a reprint, which needs a reason first.
   * `onFinished` runs once every file is written (the tab clears its selection then).
   */
  const print = (certificates: CertificateRow[], layout: Layout, onFinished?: () => void) => {
    const certificateIds = certificates.map((certificate) => certificate.id);
    if (certificateIds.length === 0 || printer.running) return;
    if (certificates.some((certificate) => certificate.copies > 0)) {
      setReprint({ certificateIds, layout, error: null, onFinished });
      return;
    }
    void runPrint({ certificateIds, layout }, onFinished);
  };

  const rowActions = (row: CertificateRow) => {
    if (row.revoked) return null;
    const printLabel = row.copies > 0 ? t('certificates.actions.reprint') : t('certificates.actions.print');
    return (
      <Group gap={4} wrap="nowrap" justify="flex-end">
        {canPrint ? (
          <Button
            size="xs"
            px={8}
            variant="subtle"
            leftSection={<IconPrinter size={14} />}
            aria-label={`${printLabel} ${row.serial} ${row.fullName}`}
            onClick={() => print([row], 'combined')}
          >
            {printLabel}
          </Button>
        ) : null}
        {canRevoke ? (
          <Button
            size="xs"
            px={8}
            variant="subtle"
            color="red"
            leftSection={<IconBan size={14} />}
            aria-label={`${t('certificates.actions.revoke')} ${row.serial} ${row.fullName}`}
            onClick={() => setRevoking(row)}
          >
            {t('certificates.actions.revoke')}
          </Button>
        ) : null}
      </Group>
    );
  };

  const modals = (
    <>
      <ReasonModal
        opened={reprint !== null}
        title={t('certificates.reprint.title', { count: reprint?.certificateIds.length ?? 0 })}
        intro={<Text size="sm">{t('certificates.reprint.intro')}</Text>}
        label={t('certificates.reprint.reason')}
        submitLabel={t('certificates.reprint.submit')}
        error={reprint?.error}
        onClose={() => setReprint(null)}
        onSubmit={(reason) => {
          if (!reprint) return;
          setReprint(null);
          const { certificateIds, layout, onFinished } = reprint;
          void runPrint({ certificateIds, layout, reprintReason: reason }, onFinished);
        }}
      />
      <ReasonModal
        opened={revoking !== null}
        title={t('certificates.revoke.title', { serial: revoking?.serial ?? '' })}
        intro={
          <Text size="sm">
            {t('certificates.revoke.intro', { serial: revoking?.serial, fullName: revoking?.fullName })}
          </Text>
        }
        label={t('certificates.revoke.reason')}
        submitLabel={t('certificates.revoke.submit')}
        danger
        pending={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onSubmit={(reason) => {
          if (!revoking) return;
          submitRevoke(
            { certificateId: revoking.id, reason },
            {
              onSuccess: (row) => {
                notifications.show({
                  color: 'orange',
                  message: t('certificates.revoke.done', { serial: row.serial, fullName: row.fullName }),
                });
                setRevoking(null);
              },
            },
          );
        }}
      />
      <PrintProgress running={printer.running} job={printer.lastJob} onCancel={() => void printer.cancel()} />
    </>
  );

  return { print, printing: printer.running, rowActions, modals };
}
