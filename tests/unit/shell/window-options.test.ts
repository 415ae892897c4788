import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWindowOptions, isAllowedExternalUrl, isAppUrl } from '../../../src/main/shell/window-options';

describe('buildWindowOptions', () => {
  const production = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isDev: false });

  it('isolates the renderer from Node and Electron', () => {
    expect(production.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('allows DevTools only in development', () => {
    expect(production.webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ preloadPath: '/p', isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at a desk-sized window titled Pelita', () => {
    expect(production).toMatchObject({ title: 'Pelita', show: false, width: 1280, height: 800 });
    expect(production.minWidth).toBe(1024);
    expect(production.minHeight).toBe(700);
    expect(production.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('isAppUrl', () => {
  const fileApp = 'file:///opt/Pelita/resources/app.asar/out/renderer/index.html';
  const devApp = 'http://localhost:5173/';

  it('accepts the built page, with any hash route', () => {
    expect(isAppUrl(fileApp, fileApp)).toBe(true);
    expect(isAppUrl(`${fileApp}#/participants/12`, fileApp)).toBe(true);
  });

  it('accepts pages of the dev server', () => {
    expect(isAppUrl('http://localhost:5173/', devApp)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html#/classes', devApp)).toBe(true);
  });

  it('rejects other files', () => {
    expect(isAppUrl('file:///opt/Pelita/resources/app.asar/out/renderer/other.html', fileApp)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAppUrl('file:///C:/Users/desk/Downloads/index.html', fileApp)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/Pelita/resources/app.asar/out/renderer/index.html', fileApp)).toBe(false);
    expect(isAppUrl(`${fileApp}?next=https://evil.example`, fileApp)).toBe(false);
  });

  it('rejects other origins', () => {
    expect(isAppUrl('https://example.com/', fileApp)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', devApp)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', devApp)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devApp)).toBe(false);
  });

  it('rejects script, data, blob and blank pages', () => {
    for (const app of [fileApp, devApp]) {
      expect(isAppUrl('javascript:alert(1)', app)).toBe(false);
      expect(isAppUrl('data:text/html,<h1>hi</h1>', app)).toBe(false);
      expect(isAppUrl('blob:http://localhost:5173/0b8f', app)).toBe(false);
      expect(isAppUrl('about:blank', app)).toBe(false);
      expect(isAppUrl('', app)).toBe(false);
      expect(isAppUrl('not a url', app)).toBe(false);
    }
  });

  it('trusts nothing when the app URL itself is not http(s) or file', () => {
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('denies everything with the default, empty allowlist', () => {
    expect(isAllowedExternalUrl('https://kemnaker.go.id/')).toBe(false);
  });

  it('allows https links to an allowlisted host', () => {
    expect(isAllowedExternalUrl('https://kemnaker.go.id/pelatihan', ['kemnaker.go.id'])).toBe(true);
    expect(isAllowedExternalUrl('https://KEMNAKER.go.id/', ['kemnaker.go.id'])).toBe(true);
  });

  it('rejects http, other schemes, unknown hosts and tricks', () => {
    const hosts = ['kemnaker.go.id'];
    expect(isAllowedExternalUrl('http://kemnaker.go.id/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://kemnaker.go.id.evil.example/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://sub.kemnaker.go.id/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@kemnaker.go.id/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://kemnaker.go.id:8443/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', hosts)).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)', hosts)).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@kemnaker.go.id', hosts)).toBe(false);
    expect(isAllowedExternalUrl('not a url', hosts)).toBe(false);
  });
});

describe('content security policy of the renderer page', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) =>
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';

  it('runs only the app’s own scripts: no eval, no inline script, no remote code', () => {
    expect(policy).not.toBe('');
    expect(policy).not.toContain('unsafe-eval');
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });
});
