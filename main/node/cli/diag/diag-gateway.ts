import { readFile } from 'node:fs/promises';
import { FAMILIES, type Family } from '../../../../common/at/drivers/family';
import { replayTranscript } from '../../../../common/at/replay';
import { parseTranscript, TranscriptFormatError } from '../../../../common/at/transcript';
import { GatewayConnection } from '../../devices/gateway/gateway-connection';
import { listSerialPorts } from '../../devices/gateway/port-discovery';

const USAGE = [
  'usage: diag gateway list',
  '       diag gateway probe PORT [--baud N] [--family generic|huawei|quectel|simcom|fxo]',
  '       diag gateway replay FILE.json [--family ...]   (one JSON event per line)',
];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function familyOption(args: string[]): Family | undefined {
  const value = option(args, '--family');
  if (value === undefined) return undefined;
  if (!(FAMILIES as readonly string[]).includes(value)) throw new Error(`unknown family "${value}" (one of ${FAMILIES.join(', ')})`);
  return value as Family;
}

async function list(out: (line: string) => void): Promise<number> {
  const ports = await listSerialPorts();
  if (ports.length === 0) out('no serial ports found');
  for (const p of ports) out(`${p.path}${p.usbId ? `  usb ${p.usbId}` : ''}`);
  return 0;
}

function baudOption(args: string[]): number {
  const text = option(args, '--baud') ?? '115200';
  const baud = Number(text);
  if (!Number.isInteger(baud) || baud <= 0) throw new Error(`--baud must be a positive whole number, got "${text}"`);
  return baud;
}

/** Identity and status only: nothing is configured on the module, and one JSON object is printed. */
async function probe(path: string, args: string[], out: (line: string) => void): Promise<number> {
  const options = { baudRate: baudOption(args), family: familyOption(args) };
  const connection = await GatewayConnection.open(path, {
    ...options,
    heartbeatMs: 0,
    surveyOnly: true,
    onEvent: () => undefined,
    onLost: () => undefined,
    onRestart: () => undefined,
  });
  const { family, manufacturer, model, firmware, imei, simStatus, signalDbm, registration, operator } = connection.info;
  await connection.close();
  // Unknown values are null, not missing, so scripts can rely on every key being there.
  const known = { manufacturer, model, firmware, imei, simStatus, signalDbm, registration, operator };
  out(JSON.stringify({ port: path, family, ...Object.fromEntries(Object.entries(known).map(([k, v]) => [k, v ?? null])) }));
  return 0;
}

async function replay(file: string, args: string[], out: (line: string) => void): Promise<number> {
  const transcript = parseTranscript(await readFile(file, 'utf8'));
  for (const event of replayTranscript(transcript, { family: familyOption(args) })) out(JSON.stringify(event));
  return 0;
}

/** `diag gateway ...` entry: returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runGateway(args: string[], out: (line: string) => void): Promise<number> {
  const [sub, target] = args;
  try {
    if (sub === 'list') return await list(out);
    if (sub === 'probe' && target) return await probe(target, args.slice(2), out);
    if (sub === 'replay' && target) return await replay(target, args.slice(2), out);
  } catch (error) {
    const message = error instanceof TranscriptFormatError || error instanceof Error ? error.message : String(error);
    out(`error: ${message}`);
    return 1;
  }
  USAGE.forEach((l) => out(l));
  return 2;
}
