import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/** Every read an asset's status, condition or place shows up in (this room's and the stock room's). */
const ASSET_READS: readonly MethodName[] = [
  'assets.list',
  'assets.get',
  'assets.history',
  'loans.list',
  'loans.get',
  'maintenance.list',
  'equipmentCategories.list',
  'stocktakes.get',
  'programEquipment.readiness',
];

export function useEquipmentCategories() {
  return useQuery(callOptions('equipmentCategories.list', {}));
}

export function useSaveCategory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'equipmentCategories.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined
        ? api.call('equipmentCategories.create', fields)
        : api.call('equipmentCategories.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, ['equipmentCategories.list', 'assets.list', 'assets.get']),
  });
}

export function useEquipmentSettings() {
  return useQuery(callOptions('equipmentSettings.get', {}));
}

export function useSaveEquipmentSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'equipmentSettings.save'>) => api.call('equipmentSettings.save', input),
    onSuccess: () => invalidate(client, ['equipmentSettings.get']),
  });
}

/** One page of the register; the previous page stays on screen while the next loads. */
export function useAssets(input: InputOf<'assets.list'>) {
  return useQuery({ ...callOptions('assets.list', input), placeholderData: keepPreviousData });
}

export function useAsset(id: number) {
  return useQuery(callOptions('assets.get', { id }));
}

export function useAssetHistory(id: number) {
  return useQuery(callOptions('assets.history', { id }));
}

/** What a scanned tag is: a call made on Enter, not a cached read (the asset may have just moved). */
export function useLookupTag() {
  return useMutation({ mutationFn: (tag: string) => api.call('assets.byTag', { tag }) });
}

export function useSaveAsset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assets.create'> & { id?: number }) => {
      const { id, tag, ...fields } = input;
      return id === undefined
        ? api.call('assets.create', { ...fields, tag })
        : api.call('assets.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}

export function useSetAssetStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'assets.setStatus'>) => api.call('assets.setStatus', input),
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}

export function useChoosePhoto() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.call('assets.choosePhoto', { id }),
    onSuccess: () => invalidate(client, ['assets.get', 'assets.history']),
  });
}

export function useClearPhoto() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.call('assets.clearPhoto', { id }),
    onSuccess: () => invalidate(client, ['assets.get', 'assets.history']),
  });
}

export function usePrintLabels() {
  return useMutation({ mutationFn: (ids: number[]) => api.call('assets.printLabels', { ids }) });
}

export function useExportRegister() {
  return useMutation({
    mutationFn: (input: InputOf<'assets.exportRegister'>) => api.call('assets.exportRegister', input),
  });
}

export function useLoans(input: InputOf<'loans.list'>) {
  return useQuery(callOptions('loans.list', input));
}

export function useLoan(id: number) {
  return useQuery(callOptions('loans.get', { id }));
}

export function useCheckOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'loans.checkOut'>) => api.call('loans.checkOut', input),
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}

export function useCheckIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'loans.checkIn'>) => api.call('loans.checkIn', input),
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}

export function usePrintReceipt() {
  return useMutation({ mutationFn: (input: InputOf<'loans.printReceipt'>) => api.call('loans.printReceipt', input) });
}

export function useMaintenance(input: InputOf<'maintenance.list'>) {
  return useQuery(callOptions('maintenance.list', input));
}

export function useRecordMaintenance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'maintenance.record'>) => api.call('maintenance.record', input),
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}

export function useFinishRepair() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'maintenance.finish'>) => api.call('maintenance.finish', input),
    onSuccess: () => invalidate(client, ASSET_READS),
  });
}
