// `npm run harness`: the whole app in a browser. Starts the main-process services and serves the built
// renderer on 127.0.0.1 with a per-run token, then prints the URL to open (Chromium: /usr/bin/chromium).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectSourcesFor } from '../../../common/security/connect-sources';
import { composeMain } from '../compose';
import { forkDevicesChild } from '../devices/fork-child';
import { createMemorySecretStore } from '../secrets/secret-store';
import { systemLocaleFromEnv } from '../platform/system-locale';
import { startHarness, type VirtualControlName } from './harness-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.DIALDECK_HARNESS_PORT ?? '5180' },
    'data-dir': { type: 'string', default: process.env.DIALDECK_DATA_DIR ?? join(root, '.data/harness') },
    renderer: { type: 'string', default: join(root, 'out/renderer') },
    connect: { type: 'string', multiple: true, default: [] },
    // a HID fixture (test/fixtures/hid/*.json: a real report descriptor): the devices process drives a virtual headset built from it
    'virtual-headset': { type: 'string' },
    // probe serial ports for GSM/FXO gateways (on, as in the app; tests turn it off)
    gateways: { type: 'string', default: 'on' },
    // a serial port to probe even though the OS does not list it (a socat PTY); repeatable
    'serial-port': { type: 'string', multiple: true, default: [] },
    // a JSON file of listed ports (probe-policy.ts ListedPort) used instead of the OS's listing: a socat PTY shown as a USB modem's interface
    'serial-listing': { type: 'string' },
  },
});

const dataDir = resolve(values['data-dir']);
mkdirSync(dataDir, { recursive: true });
// Tests pass a known token through the environment; people get a fresh random one each run.
const token = process.env.DIALDECK_HARNESS_TOKEN ?? randomBytes(24).toString('base64url');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const composed = await composeMain({
  dataDir,
  logDir: join(dataDir, 'logs'),
  exportDir: join(dataDir, 'exports'),
  udevRulePath: join(root, 'deploy/udev/70-dialdeck-headsets.rules'),
  appInfo: {
    name: 'Dialdeck',
    version,
    runtime: 'harness',
    platform: process.platform,
    systemLocale: process.env.DIALDECK_LOCALE ?? systemLocaleFromEnv(process.env, Intl.DateTimeFormat().resolvedOptions().locale),
    versions: { node: process.versions.node },
  },
  makeSecrets: () => createMemorySecretStore(),
  spawnDevices: () =>
    forkDevicesChild(join(root, 'main/node/devices/host/entry.ts'), {
      ...process.env,
      DIALDECK_GATEWAYS: values.gateways,
      ...(values['serial-port'].length ? { DIALDECK_SERIAL_PORTS: values['serial-port'].map((p) => resolve(p)).join(delimiter) } : {}),
      ...(values['serial-listing'] ? { DIALDECK_SERIAL_LISTING: resolve(values['serial-listing']) } : {}),
      ...(values['virtual-headset'] ? { DIALDECK_VIRTUAL_HEADSET: resolve(values['virtual-headset']) } : {}),
    }),
  openExternal: async (url) => composed.log.info('harness: would open an external link', { url }),
  logToConsole: false,
});

const harness = await startHarness({
  rendererDir: resolve(values.renderer),
  token,
  port: Number(values.port),
  makeRouter: composed.routerFor,
  events: composed.services.events,
  log: composed.log,
  connectSources: () => [...values.connect, ...connectSourcesFor(composed.services.settings.get())],
  ...(values['virtual-headset'] ? { pressVirtualHeadset: (control: VirtualControlName) => composed.services.devices.pressVirtual(control) } : {}),
});

process.stdout.write(`Dialdeck harness (browser build, no Electron) at ${harness.url}#token=${token}\n`);

const shutdown = async () => {
  composed.dispose();
  await harness.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
