import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName, Stocktake, StocktakeItem } from '@shared/contract';
import { api } from '../../lib/api';
import { callOptions, invalidate } from '../../lib/query';

/**
 * TanStack Query hooks for stock-takes, consumables and programme equipment needs. The asset
 * screens' own hooks live in queries.ts; the reads listed here are what these writes can change.
 */

/** A finished stock-take can move assets, mark them lost or found, and change their condition. */
const ASSET_READS: readonly MethodName[] = [
  'assets.list',
  'assets.get',
  'assets.history',
  'equipmentCategories.list',
  'programEquipment.readiness',
];

const STOCKTAKE_READS: readonly MethodName[] = ['stocktakes.list', 'stocktakes.get'];

const CONSUMABLE_READS: readonly MethodName[] = [
  'consumables.list',
  'consumables.movements',
  'consumables.usageByClass',
];

// ---------------------------------------------------------------- stock-takes

export function useStocktakes() {
  return useQuery(callOptions('stocktakes.list', {}));
}

export function useStocktake(id: number) {
  return useQuery(callOptions('stocktakes.get', { id }));
}

export function useStartStocktake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'stocktakes.start'>) => api.call('stocktakes.start', input),
    onSuccess: (stocktake) => {
      client.setQueryData(callOptions('stocktakes.get', { id: stocktake.id }).queryKey, stocktake);
      return invalidate(client, ['stocktakes.list']);
    },
  });
}

/** The count on screen with one item replaced (or added, for an unexpected find). */
export function withItem(stocktake: Stocktake, item: StocktakeItem): Stocktake {
  const known = stocktake.items.some((other) => other.assetId === item.assetId);
  const items = known
    ? stocktake.items.map((other) => (other.assetId === item.assetId ? item : other))
    : [...stocktake.items, item];
  return { ...stocktake, items };
}

/** Scans and ticks answer with the one item: it lands in the cached count at once, then a refetch confirms. */
function useItemWrite<Input extends { id: number }, Output>(
  call: (input: Input) => Promise<Output>,
  itemOf: (output: Output) => StocktakeItem,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (output, input) => {
      const key = callOptions('stocktakes.get', { id: input.id }).queryKey;
      client.setQueryData<Stocktake>(key, (current) => (current ? withItem(current, itemOf(output)) : current));
      return invalidate(client, STOCKTAKE_READS);
    },
    // Refused (closed meanwhile, or an asset gone): what is on screen may be stale.
    onError: () => invalidate(client, STOCKTAKE_READS),
  });
}

export function useScanTag() {
  return useItemWrite(
    (input: InputOf<'stocktakes.scan'>) => api.call('stocktakes.scan', input),
    (output) => output.item,
  );
}

export function useMarkItem() {
  return useItemWrite(
    (input: InputOf<'stocktakes.mark'>) => api.call('stocktakes.mark', input),
    (item) => item,
  );
}

function useCloseStocktake<Input>(call: (input: Input) => Promise<Stocktake>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (stocktake) => {
      client.setQueryData(callOptions('stocktakes.get', { id: stocktake.id }).queryKey, stocktake);
      return invalidate(client, [...STOCKTAKE_READS, ...ASSET_READS]);
    },
  });
}

export function useFinishStocktake() {
  return useCloseStocktake((input: InputOf<'stocktakes.finish'>) => api.call('stocktakes.finish', input));
}

export function useCancelStocktake() {
  return useCloseStocktake((input: InputOf<'stocktakes.cancel'>) => api.call('stocktakes.cancel', input));
}

// ---------------------------------------------------------------- consumables

export function useConsumables(input: InputOf<'consumables.list'>) {
  return useQuery({ ...callOptions('consumables.list', input), placeholderData: (previous) => previous });
}

export function useSaveConsumable() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'consumables.create'> & { id?: number }) => {
      const { id, ...fields } = input;
      return id === undefined
        ? api.call('consumables.create', fields)
        : api.call('consumables.update', { ...fields, id });
    },
    onSuccess: () => invalidate(client, CONSUMABLE_READS),
  });
}

export function useMoveStock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'consumables.move'>) => api.call('consumables.move', input),
    onSuccess: () => invalidate(client, CONSUMABLE_READS),
  });
}

export function useMovements(input: InputOf<'consumables.movements'>) {
  return useQuery({ ...callOptions('consumables.movements', input), placeholderData: (previous) => previous });
}

export function useExportStockCard() {
  return useMutation({
    mutationFn: (input: InputOf<'consumables.exportStockCard'>) => api.call('consumables.exportStockCard', input),
  });
}

export function useClassUsage(classId: number) {
  return useQuery(callOptions('consumables.usageByClass', { classId }));
}

// ---------------------------------------------------------------- programme equipment and readiness

/** Categories for the needs editor's select (the asset screens keep their own hook in queries.ts). */
export function useCategoryOptions() {
  return useQuery(callOptions('equipmentCategories.list', {}));
}

export function useProgramEquipment(programId: number) {
  return useQuery(callOptions('programEquipment.get', { programId }));
}

export function useSaveProgramEquipment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'programEquipment.save'>) => api.call('programEquipment.save', input),
    onSuccess: (items, input) => {
      client.setQueryData(callOptions('programEquipment.get', { programId: input.programId }).queryKey, items);
      return invalidate(client, ['programEquipment.readiness']);
    },
  });
}

export function useReadiness(classId: number) {
  return useQuery(callOptions('programEquipment.readiness', { classId }));
}
