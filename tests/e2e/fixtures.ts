import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { PelitaBridge } from '../../src/shared/bridge';
import type { MethodName, InputOf, OutputOf } from '../../src/shared/contract';
import { type MainApp, startMainApp } from '../../src/main/app';
import { createFolderPlatform } from '../../src/main/platform';
import type { Router } from '../../src/main/router';

const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const APP_ORIGIN = 'http://pelita.test';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface Harness {
  app: MainApp;
  dataDir: string;
  /** Files the app asked the system viewer to open (the receipt PDF, ...). */
  opened: string[];
  /** A second router over the same database, for arranging data without the UI. */
  backdoor: <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  /** What the next "open file" dialog answers (null: the clerk cancels). */
  chooseNextOpenPath(path: string | null): void;
  /** Jumps main's clock and the page's to `instant` (months after the start); time runs on from there. */
  moveClockTo(instant: Date): Promise<void>;
}

/** Serves the built renderer from out/renderer under a fake origin: no server, no network. */
async function serveRenderer(page: Page): Promise<void> {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      const body = readFileSync(file);
      return route.fulfill({
        status: 200,
        body,
        contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** window.api bound to the real main-process router: the whole app minus the Electron shell. */
async function bindApi(page: Page, router: Router): Promise<void> {
  await page.exposeBinding('__pelitaInvoke', (_source, method: string, input: unknown) =>
    router.dispatch(method, input),
  );
  await page.addInitScript(() => {
    const host = window as unknown as { __pelitaInvoke: PelitaBridge['invoke']; api: PelitaBridge };
    host.api = { invoke: (method, input) => host.__pelitaInvoke(method, input) };
  });
}

/**
 * Every e2e starts on Monday 23 November 2026, 10:00 WITA, in main and in the page alike, and time
 * runs on from there: dates in a test mean the same whenever it runs.
 */
export const E2E_START = new Date('2026-11-23T02:00:00.000Z');

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pelita-e2e-'));
    const startedAt = Date.now();
    let jumped = 0;
    const platform = createFolderPlatform(
      dataDir,
      () => new Date(E2E_START.getTime() + Date.now() - startedAt + jumped),
    );
    await page.clock.install({ time: E2E_START });
    const app = await startMainApp(platform, {
      logError: (id, method, error) => console.error(`[${id}] ${method}`, error),
    });
    await serveRenderer(page);
    await bindApi(page, app.createRouter());
    const adminRouter = app.createRouter();
    const backdoor: Harness['backdoor'] = async (method, input) => {
      const result = await adminRouter.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as OutputOf<typeof method>;
    };
    const chooseNextOpenPath = (path: string | null) => {
      platform.nextOpenPath = path;
    };
    const moveClockTo = async (instant: Date) => {
      jumped = instant.getTime() - E2E_START.getTime() - (Date.now() - startedAt);
      await page.clock.setSystemTime(instant);
    };
    await use({ app, dataDir, opened: platform.opened, backdoor, chooseNextOpenPath, moveClockTo });
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * Arranges a set-up BLK with an admin, and signs the backdoor in as that admin. The page is not
 * signed in: tests log in through the UI (or call `loginAs`).
 */
export async function setUpBlk(harness: Harness, admin = { username: 'admin', password: 'rahasia123' }): Promise<void> {
  await harness.backdoor('setup.init', {
    blk: {
      name: 'UPTD BLK Paser',
      address: 'Jl. Jenderal Sudirman No. 1, Tanah Grogot',
      regencyCode: '6401',
      headName: 'Drs. H. Ahmad Yani, M.Si.',
      headNip: '196805121994031007',
    },
    admin: { username: admin.username, fullName: 'Admin BLK', password: admin.password },
  });
}

export async function loginAs(page: Page, username = 'admin', password = 'rahasia123'): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/nama pengguna|username/i).fill(username);
  await page.getByLabel(/kata sandi|password/i).fill(password);
  await page.keyboard.press('Enter');
}

export { expect };
