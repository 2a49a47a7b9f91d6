// Builds the three Electron targets into out/ without needing the Electron binary.
// - main: ESM, native modules (better-sqlite3, node-hid, serialport) stay external; the devices process
//   entry is built next to it (out/main/devices.js) and forked as a utilityProcess; so are the store's
//   SQLite worker threads (store-db-worker.js, crm-import-worker.js).
// - preload: ONE self-contained CommonJS file, because a sandboxed preload can neither load ESM nor
//   require anything but electron's renderer modules.
// - renderer: the React app; the same bundle runs in the browser harness.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          devices: resolve('main/node/devices/host/entry.ts'),
          'store-db-worker': resolve('main/node/store-worker/db-worker.ts'),
          'crm-import-worker': resolve('main/node/crm/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default: minified, the first screen loads half the bytes
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
