import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { usePrintRunner, type PrintOutcome, type PrintRequest } from './usePrintRunner';

/**
 * Prints and tells the clerk how it went: where the PDF or the folder is (for when the viewer
 * does not open), how far a cancelled run got, or what went wrong. A missing reprint reason is
 * left to the caller, which asks for one.
 */
export function usePrintCertificates() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const runner = usePrintRunner(locale);
  const { run } = runner;
  const print = useCallback(
    async (request: PrintRequest): Promise<PrintOutcome> => {
      const outcome = await run(request);
      if (outcome.kind === 'cancelledDialog') {
        notifications.show({ color: 'gray', message: t('certificates.print.dialogCancelled') });
      } else if (outcome.kind === 'finished') {
        const { job } = outcome;
        notifications.show({
          color: 'teal',
          autoClose: 12_000,
          message: t(
            request.layout === 'combined' ? 'certificates.print.doneCombined' : 'certificates.print.doneFolder',
            {
              count: job.done,
              path: job.output?.path ?? '—',
            },
          ),
        });
      } else if (outcome.kind === 'stopped') {
        notifications.show({
          color: 'yellow',
          autoClose: 12_000,
          message: t('certificates.print.stopped', { done: outcome.job.done, total: outcome.job.total }),
        });
      } else if (outcome.kind === 'failed' && !isApiError(outcome.error, 'REPRINT_REASON_REQUIRED')) {
        notifications.show({ color: 'red', autoClose: false, message: errorText(outcome.error) });
      }
      return outcome;
    },
    [run, t, errorText],
  );
  return { ...runner, print };
}
