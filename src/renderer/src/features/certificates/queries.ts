import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CertificateSettings, InputOf } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/** Every read a certificate write can change: the class tab, the registry, the verify answer. */
export const CERTIFICATE_READS = ['certificates.candidates', 'certificates.list'] as const;

export function useCandidates(classId: number) {
  return useQuery(callOptions('certificates.candidates', { classId }));
}

export function useRegistry(input: InputOf<'certificates.list'>) {
  // The previous page stays on screen while the next one loads: no flicker while typing a search.
  return useQuery({ ...callOptions('certificates.list', input), placeholderData: (previous) => previous });
}

export function useIssue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'certificates.issue'>) => api.call('certificates.issue', input),
    onSuccess: () => invalidate(client, CERTIFICATE_READS),
  });
}

export function useIssueForClass() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'certificates.issueForClass'>) => api.call('certificates.issueForClass', input),
    onSuccess: () => invalidate(client, CERTIFICATE_READS),
  });
}

export function useRevoke() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'certificates.revoke'>) => api.call('certificates.revoke', input),
    onSuccess: () => invalidate(client, CERTIFICATE_READS),
  });
}

export function useVerify() {
  return useMutation({ mutationFn: (text: string) => api.call('certificates.verify', { text }) });
}

export function useExportXlsx() {
  return useMutation({
    mutationFn: (input: InputOf<'certificates.exportXlsx'>) => api.call('certificates.exportXlsx', input),
  });
}

export function useExportPublicKey() {
  return useMutation({ mutationFn: () => api.call('certificates.exportPublicKey', {}) });
}

export function useCertificateSettings() {
  return useQuery(callOptions('certificateSettings.get', {}));
}

/**
 * Every settings write answers with the whole settings: put them in the cache instead of a
 * refetch, so the serial example and image state change at once.
 */
function useSettingsWrite<Input>(call: (input: Input) => Promise<CertificateSettings | null>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (settings) => {
      if (settings) client.setQueryData(callOptions('certificateSettings.get', {}).queryKey, settings);
    },
  });
}

export function useSaveCertificateSettings() {
  return useSettingsWrite((input: InputOf<'certificateSettings.save'>) => api.call('certificateSettings.save', input));
}

export function useChooseImage() {
  return useSettingsWrite((input: InputOf<'certificateSettings.chooseImage'>) =>
    api.call('certificateSettings.chooseImage', input),
  );
}

export function useClearImage() {
  return useSettingsWrite((input: InputOf<'certificateSettings.clearImage'>) =>
    api.call('certificateSettings.clearImage', input),
  );
}
