// `diag hid list | watch | decode <descriptor-hex>`: what a support agent runs when a headset "does nothing".
import { parseHexBytes } from '../../../../common/hid/hex-bytes';
import { mapTelephonyDescriptor } from '../../../../common/hid/telephony-map';
import { describeTelephony } from '../../../../common/hid/describe';
import { HeadsetService } from '../../devices/hid/headset-service';
import { createNodeHidBackend } from '../../devices/hid/node-hid-backend';
import type { HidBackend } from '../../devices/hid/hid-backend';

export interface RunHidDeps {
  readonly backend?: HidBackend;
  /** Ends `watch`; by default it runs until SIGINT. */
  readonly signal?: AbortSignal;
}

const USAGE = 'usage: diag hid list | watch | decode <descriptor-hex>';

export async function runHid(args: string[], out: (line: string) => void, deps: RunHidDeps = {}): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'decode': return decode(rest.join(''), out);
    case 'list': return list(out, deps.backend ?? createNodeHidBackend());
    case 'watch': return watch(out, deps.backend ?? createNodeHidBackend(), deps.signal ?? sigint());
    default:
      out(USAGE);
      return 2;
  }
}

function decode(hexText: string, out: (line: string) => void): number {
  const hex = parseHexBytes(hexText);
  if (!hex.ok) {
    out(JSON.stringify({ error: 'invalid hex', reason: hex.reason }));
    return 2;
  }
  const mapped = mapTelephonyDescriptor(hex.bytes);
  if (!mapped.ok) {
    out(JSON.stringify({ error: mapped.error, reason: mapped.reason }));
    return 1;
  }
  out(JSON.stringify(describeTelephony(mapped.map)));
  return 0;
}

async function list(out: (line: string) => void, backend: HidBackend): Promise<number> {
  const service = new HeadsetService({ backend });
  try {
    await service.refresh();
    const headsets = service.list();
    for (const headset of headsets) out(JSON.stringify(headset));
    if (headsets.length === 0) out(JSON.stringify({ info: 'no HID device with a Telephony (0x0B) collection found' }));
    return headsets.some((h) => h.status !== 'ok') ? 1 : 0;
  } finally {
    await service.stop();
  }
}

async function watch(out: (line: string) => void, backend: HidBackend, signal: AbortSignal): Promise<number> {
  const service = new HeadsetService({ backend, pollIntervalMs: 1000 });
  const at = () => new Date().toISOString();
  service.on('devices', (devices) => out(JSON.stringify({ at: at(), devices })));
  service.on('input', (input) => out(JSON.stringify({ at: at(), ...input })));
  service.on('button', (button) => out(JSON.stringify({ at: at(), ...button })));
  service.on('error', (error) => out(JSON.stringify({ at: at(), error: String(error) })));
  service.start();
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await service.stop();
  return 0;
}

function sigint(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
