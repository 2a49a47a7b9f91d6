// Chromium's WebHID already parses the descriptor into collections and report items. On Windows and macOS,
// where node-hid cannot return the descriptor bytes, the item list of `HIDDevice.collections` gives the same
// positions: items of a top-level collection come in descriptor order (children's items included), so bit
// offsets are the running sum of reportSize × reportCount per report ID, exactly as in the raw descriptor.
// The shapes below mirror WebHID's dictionaries structurally, so common/ needs no DOM types.
import type { Direction, HidCollection, ParsedDescriptor, ReportField } from './descriptor-parser';

export interface WebHidReportItem {
  readonly isAbsolute?: boolean;
  readonly isArray?: boolean;
  readonly isConstant?: boolean;
  readonly isRange?: boolean;
  readonly hasNull?: boolean;
  readonly hasPreferredState?: boolean;
  readonly usages?: readonly number[];
  readonly usageMinimum?: number;
  readonly usageMaximum?: number;
  readonly reportSize?: number;
  readonly reportCount?: number;
  readonly logicalMinimum?: number;
  readonly logicalMaximum?: number;
}

export interface WebHidReportInfo {
  readonly reportId?: number;
  readonly items?: readonly WebHidReportItem[];
}

export interface WebHidCollectionInfo {
  readonly usagePage?: number;
  readonly usage?: number;
  readonly type?: number;
  readonly children?: readonly WebHidCollectionInfo[];
  readonly inputReports?: readonly WebHidReportInfo[];
  readonly outputReports?: readonly WebHidReportInfo[];
  readonly featureReports?: readonly WebHidReportInfo[];
}

const MAX_RANGE = 12288; // same bound as the descriptor parser

export function parsedFromWebHid(topLevel: readonly WebHidCollectionInfo[]): ParsedDescriptor {
  const collections: HidCollection[] = [];
  const fields: ReportField[] = [];
  const bits: Record<Direction, Map<number, number>> = { input: new Map(), output: new Map(), feature: new Map() };
  let usesReportIds = false;

  const addCollection = (c: WebHidCollectionInfo, parent: number | null): number => {
    const index = collections.length;
    collections.push({ index, type: c.type ?? 0, usage: (((c.usagePage ?? 0) << 16) | (c.usage ?? 0)) >>> 0, parent });
    for (const child of c.children ?? []) addCollection(child, index);
    return index;
  };

  for (const top of topLevel) {
    const index = addCollection(top, null);
    const reports: [Direction, readonly WebHidReportInfo[] | undefined][] = [
      ['input', top.inputReports], ['output', top.outputReports], ['feature', top.featureReports],
    ];
    for (const [direction, list] of reports) {
      for (const report of list ?? []) {
        const reportId = report.reportId ?? 0;
        if (reportId !== 0) usesReportIds = true;
        for (const item of report.items ?? []) {
          const size = item.reportSize ?? 0;
          const count = item.reportCount ?? 0;
          const bitOffset = bits[direction].get(reportId) ?? 0;
          bits[direction].set(reportId, bitOffset + size * count);
          if (size * count === 0) continue;
          fields.push({
            direction, reportId, bitOffset, bitSize: size, count,
            flags: flagsOf(item),
            constant: item.isConstant === true,
            variable: item.isArray !== true,
            relative: item.isAbsolute === false,
            logicalMin: item.logicalMinimum ?? 0,
            logicalMax: item.logicalMaximum ?? 0,
            usages: usagesOf(item),
            collectionPath: [index],
          });
        }
      }
    }
  }
  const toBytes = (m: Map<number, number>) => new Map([...m].map(([id, n]) => [id, Math.ceil(n / 8)]));
  return { collections, fields, usesReportIds, reportBytes: { input: toBytes(bits.input), output: toBytes(bits.output), feature: toBytes(bits.feature) } };
}

function usagesOf(item: WebHidReportItem): number[] {
  if (!item.isRange) return [...(item.usages ?? [])];
  const from = item.usageMinimum ?? 0;
  const to = Math.min(item.usageMaximum ?? from - 1, from + MAX_RANGE - 1);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => (from + i) >>> 0);
}

/** Back to the Main-item flag bits, so `describe` prints the same flags as for raw descriptors. */
function flagsOf(item: WebHidReportItem): number {
  return (item.isConstant ? 0x01 : 0) | (item.isArray ? 0 : 0x02) | (item.isAbsolute === false ? 0x04 : 0)
    | (item.hasPreferredState === false ? 0x20 : 0) | (item.hasNull ? 0x40 : 0);
}
