import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import type { Role } from '../../src/shared/domain';
import { enStock } from '../../src/shared/i18n/en-stock';
import { idStock } from '../../src/shared/i18n/id-stock';
import { SessionProvider } from '../../src/renderer/src/app/session';
import { i18n, initI18n } from '../../src/renderer/src/i18n';
import { renderUi } from './render';

export type Invoke = (method: string, input: unknown) => Promise<unknown>;

/** The stock dictionaries, until the app's own dictionaries spread them in (harmless after). */
export function withStockDictionaries(): void {
  initI18n('id');
  i18n.addResourceBundle('id', 'translation', idStock, true, false);
  i18n.addResourceBundle('en', 'translation', enStock, true, false);
}

export const ok = (value: unknown) => ({ ok: true, value });
export const fail = (code: string, params: Record<string, unknown> = {}, fields: Record<string, string> = {}) => ({
  ok: false,
  error: { code, message: code, params, fields },
});

/** Renders a screen signed in as `role`, at `path` under the route `pattern`, with window.api answering by `invoke`. */
export function renderScreen(
  ui: ReactElement,
  invoke: Invoke,
  { role = 'front_desk', path = '/', pattern = '/' }: { role?: Role; path?: string; pattern?: string } = {},
) {
  window.api = { invoke: vi.fn(invoke) } as unknown as typeof window.api;
  withStockDictionaries();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderUi(
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
}
