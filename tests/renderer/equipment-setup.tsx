import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import type { AssetRow } from '../../src/shared/contract';
import type { Role } from '../../src/shared/domain';
import { SessionProvider } from '../../src/renderer/src/app/session';
import { renderUi } from './render';

// jsdom has no layout: Mantine's combobox scrolls the active option into view.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

export type Invoke = (method: string, input: unknown) => Promise<unknown>;

export const ok = (value: unknown) => ({ ok: true, value });
export const fail = (code: string, params: Record<string, unknown> = {}, fields: Record<string, string> = {}) => ({
  ok: false,
  error: { code, message: code, params, fields },
});

export const asset = (id: number, tag: string, name: string, extra: Partial<AssetRow> = {}): AssetRow => ({
  id,
  tag,
  name,
  categoryId: 1,
  categoryName: 'Mesin las',
  brand: 'Lakoni',
  model: 'Falcon 120E',
  roomId: 2,
  roomName: 'Workshop Las',
  condition: 'good',
  status: 'available',
  source: 'ministry_grant',
  acquiredOn: '2024-03-01',
  valueRupiah: 1_250_000,
  bookValueRupiah: 1_000_000,
  ...extra,
});

/** Renders signed in as `role`, with window.api answering by `invoke` (every call recorded). */
export function renderEquipment(
  ui: ReactElement,
  invoke: Invoke,
  { role = 'front_desk', path = '/', pattern = '/' }: { role?: Role; path?: string; pattern?: string } = {},
) {
  const calls: { method: string; input: unknown }[] = [];
  window.api = {
    invoke: vi.fn(async (method: string, input: unknown) => {
      calls.push({ method, input });
      return invoke(method, input);
    }),
  } as unknown as typeof window.api;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = renderUi(
    <QueryClientProvider client={client}>
      <SessionProvider session={{ operatorId: 1, username: 'desk', fullName: 'Desk', role }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={ui} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...view, calls };
}
