// Finds the telephony controls in a parsed descriptor and gives each one a role the call logic understands.
// Positions always come from the descriptor; nothing here knows a vendor.
import { parseDescriptor, usageOfElement, CollectionType, type ParsedDescriptor, type ParseResult, type ReportField, type HidCollection } from './descriptor-parser';
import { U, PAGE_TELEPHONY, pageOf, usageName } from './usages';

export type InputRole = 'hookSwitch' | 'phoneMute' | 'flash' | 'redial' | 'drop' | 'speedDial' | 'lineBusy' | 'reject' | 'keypad';
export type OutputRole = 'offHook' | 'mute' | 'ring' | 'hold' | 'microphone' | 'ringer' | 'onLine' | 'speaker';

export interface TelephonyControl<Role extends string = string> {
  /** null for an array (selector) field; its choices are in arrayUsages. */
  readonly usage: number | null;
  readonly arrayUsages: readonly number[];
  readonly name: string;
  readonly reportId: number;
  readonly bitOffset: number;
  readonly bitSize: number;
  readonly relative: boolean;
  readonly constant: boolean;
  readonly logicalMin: number;
  readonly logicalMax: number;
  readonly collectionPath: string;
  readonly role: Role | null;
}

export interface ApplicationCollection {
  readonly usage: number;
  readonly name: string;
  readonly nested: boolean;
}

export interface TelephonyMap {
  readonly usesReportIds: boolean;
  readonly collections: readonly ApplicationCollection[];
  readonly inputs: readonly TelephonyControl<InputRole>[];
  readonly outputs: readonly TelephonyControl<OutputRole>[];
  /** Payload bytes of every output report, so writes can be sent at full length (Windows needs it). */
  readonly outputReportBytes: ReadonlyMap<number, number>;
  readonly inputReportBytes: ReadonlyMap<number, number>;
  /** False for an empty or LED-only 0x0B collection (Razer): the device cannot drive calls. */
  readonly callControl: boolean;
}

export type TelephonyMapResult =
  | { readonly ok: true; readonly map: TelephonyMap }
  | { readonly ok: false; readonly error: 'unsupported descriptor'; readonly reason: string };

const INPUT_ROLES: ReadonlyMap<number, InputRole> = new Map([
  [U.hookSwitch, 'hookSwitch'], [U.phoneMute, 'phoneMute'], [U.flash, 'flash'], [U.redial, 'redial'],
  [U.drop, 'drop'], [U.speedDial, 'speedDial'], [U.lineBusyTone, 'lineBusy'],
  // Linux re-pages `09 07 05 09` to Button 7; other hosts keep Programmable Button. Both mean "reject".
  [U.button7, 'reject'], [U.programmableButton, 'reject'],
]);

const OUTPUT_ROLES: ReadonlyMap<number, OutputRole> = new Map([
  [U.ledOffHook, 'offHook'], [U.ledMute, 'mute'], [U.ledRing, 'ring'], [U.ledHold, 'hold'],
  [U.ledMicrophone, 'microphone'], [U.ringer, 'ringer'], [U.ledOnLine, 'onLine'], [U.ledSpeaker, 'speaker'],
]);

const CALL_CONTROL_ROLES: ReadonlySet<InputRole> = new Set(['hookSwitch', 'phoneMute', 'reject']);

export function mapTelephonyDescriptor(bytes: Uint8Array): TelephonyMapResult {
  return mapTelephonyLayout(parseDescriptor(bytes));
}

/** Same as mapTelephonyDescriptor for a layout that came from elsewhere (WebHID collections). */
export function mapTelephonyLayout(parsed: ParseResult): TelephonyMapResult {
  if (!parsed.ok) return parsed;
  const map = mapTelephony(parsed.descriptor);
  if (!map.collections.some((c) => pageOf(c.usage) === PAGE_TELEPHONY)) {
    return { ok: false, error: 'unsupported descriptor', reason: 'no Telephony (0x0B) application collection' };
  }
  return { ok: true, map };
}

export function mapTelephony(d: ParsedDescriptor): TelephonyMap {
  const telephony = new Set(
    d.collections.filter((c) => c.type === CollectionType.Application && pageOf(c.usage) === PAGE_TELEPHONY).map((c) => c.index),
  );
  const inTelephony = (f: ReportField) => f.collectionPath.some((i) => telephony.has(i));
  const pathName = (f: ReportField) => f.collectionPath.map((i) => collectionLabel(d.collections[i]!)).join('/');

  const inputs = d.fields.filter((f) => f.direction === 'input' && inTelephony(f)).flatMap((f) => controlsOf(f, pathName(f), inputRole));
  const outputs = d.fields.filter((f) => f.direction === 'output' && inTelephony(f)).flatMap((f) => controlsOf(f, pathName(f), outputRole));
  return {
    usesReportIds: d.usesReportIds,
    collections: d.collections
      .filter((c) => c.type === CollectionType.Application)
      .map((c) => ({ usage: c.usage, name: usageName(c.usage), nested: c.parent !== null })),
    inputs: firstOfEachRole(inputs),
    outputs: firstOfEachRole(outputs),
    outputReportBytes: d.reportBytes.output,
    inputReportBytes: d.reportBytes.input,
    callControl: inputs.some((c) => c.role !== null && CALL_CONTROL_ROLES.has(c.role)),
  };
}

/** One control per variable element, one per array field; padding (constant, no usage) is dropped. */
function controlsOf<Role extends string>(
  f: ReportField, collectionPath: string, roleOf: (usage: number | null, arrayUsages: readonly number[]) => Role | null,
): TelephonyControl<Role>[] {
  if (f.usages.length === 0) return [];
  const base = {
    reportId: f.reportId, bitSize: f.bitSize, relative: f.relative, constant: f.constant,
    logicalMin: f.logicalMin, logicalMax: f.logicalMax, collectionPath,
  };
  if (!f.variable) {
    const arrayUsages = f.usages;
    return Array.from({ length: f.count }, (_, i) => ({
      ...base, usage: null, arrayUsages, bitOffset: f.bitOffset + i * f.bitSize,
      name: `array[${arrayUsages.map(usageName).join(', ')}]`, role: roleOf(null, arrayUsages),
    }));
  }
  return Array.from({ length: f.count }, (_, i) => {
    const usage = usageOfElement(f, i)!;
    return { ...base, usage, arrayUsages: [], bitOffset: f.bitOffset + i * f.bitSize, name: usageName(usage), role: roleOf(usage, []) };
  });
}

function inputRole(usage: number | null, arrayUsages: readonly number[]): InputRole | null {
  if (usage !== null) return INPUT_ROLES.get(usage) ?? null;
  if (arrayUsages.some((u) => u >= U.phoneKey0 && u <= U.phoneKeyPound)) return 'keypad';
  // EPOS puts "Programmable Button" in a one-entry array: a selected entry is a press.
  if (arrayUsages.some((u) => INPUT_ROLES.get(u) === 'reject')) return 'reject';
  return null;
}

function outputRole(usage: number | null): OutputRole | null {
  return usage === null ? null : OUTPUT_ROLES.get(usage) ?? null;
}

/** Nested or repeated telephony collections may declare a usage twice; the first declaration drives it. */
function firstOfEachRole<Role extends string>(controls: TelephonyControl<Role>[]): TelephonyControl<Role>[] {
  const seen = new Set<Role>();
  return controls.map((c) => {
    if (c.role === null || !seen.has(c.role)) {
      if (c.role !== null) seen.add(c.role);
      return c;
    }
    return { ...c, role: null };
  });
}

const COLLECTION_KIND: Readonly<Record<number, string>> = { 0: 'Phys', 1: 'App', 2: 'Log' };

function collectionLabel(c: HidCollection): string {
  return `${COLLECTION_KIND[c.type] ?? 'Coll'}(${usageName(c.usage)})`;
}
