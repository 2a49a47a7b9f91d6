// Loads every real descriptor in test/fixtures/hid, so a new file there is tested automatically.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HID_FIXTURE_DIR } from '../../../support/fixture-dirs';

export const FIXTURE_DIR = process.env.DIALDECK_HID_FIXTURES ?? HID_FIXTURE_DIR;

export interface FixtureControl {
  usage: string | null;
  name: string;
  reportId: number;
  bitOffset: number;
  bitSize: number;
  flags: string;
  arrayUsages?: string[];
}

export interface HidFixture {
  file: string;
  product: string;
  vid: string;
  pid: string;
  descriptorHex: string;
  usesReportIds: boolean;
  applicationCollections: { usagePage: string; usage: string; name: string; nested: boolean }[];
  telephonyInputs: FixtureControl[];
  ledOutputs: FixtureControl[];
  reportSizes: { input: Record<string, number>; output: Record<string, number> };
}

export function loadFixtures(): HidFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Omit<HidFixture, 'file'>) }));
}

export const descriptorBytes = (fx: HidFixture): Uint8Array => Uint8Array.from(Buffer.from(fx.descriptorHex, 'hex'));

/** Main-item flag byte from the fixture's "0x22 Data,Var,Abs,NoPref" notation. */
export const flagByte = (c: FixtureControl): number => Number.parseInt(c.flags.slice(0, 4), 16);

/**
 * The output reports a correct driver writes for a set of LEDs, built from the fixture's own positions
 * (worked out independently of our parser): reportId first, payload at reportSizes.output length.
 */
export function expectedLedReports(fx: HidFixture, on: ReadonlySet<string>): Map<number, number[]> {
  const reports = new Map<number, number[]>();
  for (const c of fx.ledOutputs) {
    const payload = reports.get(c.reportId) ?? new Array<number>(fx.reportSizes.output[String(c.reportId)] ?? 0).fill(0);
    if (on.has(c.name)) payload[c.bitOffset >> 3]! |= 1 << (c.bitOffset & 7);
    reports.set(c.reportId, payload);
  }
  return new Map([...reports].map(([id, payload]) => [id, [id, ...payload]]));
}
