import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        external: ['better-sqlite3'],
        // The certificate worker is its own entry: certificate-pool.ts starts out/main/certificate-worker.js.
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'certificate-worker': resolve(import.meta.dirname, 'src/main/pdf/certificate-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // The window is sandboxed, and sandboxed preloads run as classic scripts: no ESM, no
      // require() beyond 'electron'. So the preload is one self-contained CommonJS file,
      // out/preload/index.cjs (the package is "type": "module", hence .cjs).
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react()],
  },
});
