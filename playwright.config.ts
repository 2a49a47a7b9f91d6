// End-to-end tests: the built renderer in Debian's Chromium, talking to the real main-process services
// through the browser harness (npm run harness). Never downloads a browser.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/support/chromium';
import { HARNESS_PORT, HARNESS_TOKEN, VIRTUAL_HEADSET } from './test/e2e/harness-env';

// the harness's data folder, fresh per run; specs read it to check what main wrote to disk. Workers load
// this file again, so they take the runner's choice from the environment instead of making their own.
const dataDir = (process.env.DIALDECK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'dialdeck-e2e-')));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${HARNESS_PORT}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // no real serial ports are probed in tests; a virtual Jabra built from its real descriptor stands in
    // for a headset; the SIP lab's Kamailio WebSocket is an allowed connect-src
    command: `npx tsx main/node/harness/cli.ts --port ${HARNESS_PORT} --gateways off --connect ws://127.0.0.1:8088 --virtual-headset ${VIRTUAL_HEADSET}`,
    url: `http://127.0.0.1:${HARNESS_PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DIALDECK_HARNESS_TOKEN: HARNESS_TOKEN,
      DIALDECK_DATA_DIR: dataDir,
      DIALDECK_LOCALE: 'zh-CN',
    },
  },
});
