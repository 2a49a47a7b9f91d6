// Parses a report descriptor into collections and report fields, the way Linux hid-core does
// (including hid_concatenate_last_usage_page), so positions match what hidraw delivers.
// Never throws: anything it cannot make sense of is an "unsupported descriptor" with a reason.
import { tokenizeDescriptor, type DescriptorItem } from './descriptor-items';

export type Direction = 'input' | 'output' | 'feature';

export const CollectionType = { Physical: 0, Application: 1, Logical: 2 } as const;

export interface HidCollection {
  readonly index: number;
  readonly type: number;
  /** 32-bit usage: page << 16 | id. */
  readonly usage: number;
  readonly parent: number | null;
}

export interface ReportField {
  readonly direction: Direction;
  /** 0 when the device uses no report IDs. */
  readonly reportId: number;
  /** From bit 0 of the first payload byte after the report-ID byte. */
  readonly bitOffset: number;
  readonly bitSize: number;
  readonly count: number;
  readonly flags: number;
  readonly constant: boolean;
  readonly variable: boolean;
  readonly relative: boolean;
  readonly logicalMin: number;
  readonly logicalMax: number;
  /** Variable field: usage of element i is usages[min(i, last)]. Array field: the selectable usages. */
  readonly usages: readonly number[];
  /** Collection indices from the outermost to the innermost. */
  readonly collectionPath: readonly number[];
}

export interface ParsedDescriptor {
  readonly collections: readonly HidCollection[];
  readonly fields: readonly ReportField[];
  readonly usesReportIds: boolean;
  /** Payload length in bytes (report-ID byte excluded) per direction and report ID. */
  readonly reportBytes: Readonly<Record<Direction, ReadonlyMap<number, number>>>;
}

export type ParseResult =
  | { readonly ok: true; readonly descriptor: ParsedDescriptor }
  | { readonly ok: false; readonly error: 'unsupported descriptor'; readonly reason: string };

// Limits from Linux hid-core, so we accept what the kernel accepts and refuse what it refuses.
const MAX_USAGES = 12288;
const MAX_REPORT_SIZE = 256;
const MAX_REPORT_COUNT = 12288;
const MAX_REPORT_BITS = 16384 * 8;
const MAX_PUSH_DEPTH = 4;
// Chromium stops at 50 nested collections; real headsets use 3 at most.
const MAX_COLLECTION_DEPTH = 64;

const FLAG_CONSTANT = 0x01;
const FLAG_VARIABLE = 0x02;
const FLAG_RELATIVE = 0x04;

interface GlobalState {
  usagePage: number;
  logicalMin: number;
  logicalMaxRaw: DescriptorItem | null;
  reportSize: number;
  reportCount: number;
  reportId: number;
}

interface LocalUsage {
  /** 32-bit usage as resolved when declared. */
  usage: number;
  /** Extended (4-byte) usages already name their page and are never re-paged. */
  extended: boolean;
}

class UnsupportedDescriptor extends Error {}

const DIRECTION_BY_TAG: Readonly<Record<number, Direction>> = { 8: 'input', 9: 'output', 11: 'feature' };

export function parseDescriptor(bytes: Uint8Array): ParseResult {
  const tokens = tokenizeDescriptor(bytes);
  if (!tokens.ok) return unsupported(tokens.reason);
  if (tokens.items.length === 0) return unsupported('empty descriptor');
  try {
    return { ok: true, descriptor: new Parser().run(tokens.items) };
  } catch (e) {
    if (e instanceof UnsupportedDescriptor) return unsupported(e.message);
    throw e;
  }
}

function unsupported(reason: string): ParseResult {
  return { ok: false, error: 'unsupported descriptor', reason };
}

class Parser {
  private global: GlobalState = { usagePage: 0, logicalMin: 0, logicalMaxRaw: null, reportSize: 0, reportCount: 0, reportId: 0 };
  private readonly globalStack: GlobalState[] = [];
  private usages: LocalUsage[] = [];
  private usageMin: DescriptorItem | null = null;
  private readonly collections: HidCollection[] = [];
  private readonly open: number[] = [];
  private readonly fields: ReportField[] = [];
  private usesReportIds = false;
  private readonly reportBits: Record<Direction, Map<number, number>> = {
    input: new Map(), output: new Map(), feature: new Map(),
  };

  run(items: readonly DescriptorItem[]): ParsedDescriptor {
    for (const item of items) {
      if (item.type === 'main') this.main(item);
      else if (item.type === 'global') this.globalItem(item);
      else if (item.type === 'local') this.local(item);
      // reserved item types carry nothing we use
    }
    if (this.open.length > 0) throw new UnsupportedDescriptor(`${this.open.length} collection(s) never closed`);
    const toBytes = (m: Map<number, number>) => new Map([...m].map(([id, bits]) => [id, Math.ceil(bits / 8)]));
    return {
      collections: this.collections,
      fields: this.fields,
      usesReportIds: this.usesReportIds,
      reportBytes: { input: toBytes(this.reportBits.input), output: toBytes(this.reportBits.output), feature: toBytes(this.reportBits.feature) },
    };
  }

  private main(item: DescriptorItem): void {
    const direction = DIRECTION_BY_TAG[item.tag];
    if (direction) this.addField(direction, item.unsigned);
    else if (item.tag === 10) this.openCollection(item.unsigned & 0xff);
    else if (item.tag === 12) {
      if (this.open.pop() === undefined) throw new UnsupportedDescriptor(`End Collection without a collection at byte ${item.offset}`);
    } else throw new UnsupportedDescriptor(`unknown main item tag ${item.tag} at byte ${item.offset}`);
    this.usages = [];
    this.usageMin = null;
  }

  private openCollection(type: number): void {
    if (this.open.length >= MAX_COLLECTION_DEPTH) throw new UnsupportedDescriptor(`collections nested deeper than ${MAX_COLLECTION_DEPTH}`);
    const usages = this.resolvedUsages();
    this.collections.push({
      index: this.collections.length,
      type,
      usage: usages[0] ?? (this.global.usagePage << 16) >>> 0,
      parent: this.open.at(-1) ?? null,
    });
    this.open.push(this.collections.length - 1);
  }

  private addField(direction: Direction, flags: number): void {
    const { reportSize, reportCount, reportId, logicalMin } = this.global;
    if (reportSize > MAX_REPORT_SIZE) throw new UnsupportedDescriptor(`Report Size ${reportSize} is over ${MAX_REPORT_SIZE}`);
    if (reportCount > MAX_REPORT_COUNT) throw new UnsupportedDescriptor(`Report Count ${reportCount} is over ${MAX_REPORT_COUNT}`);
    const bits = this.reportBits[direction];
    const bitOffset = bits.get(reportId) ?? 0;
    const end = bitOffset + reportSize * reportCount;
    if (end > MAX_REPORT_BITS) throw new UnsupportedDescriptor(`${direction} report ${reportId} is longer than ${MAX_REPORT_BITS / 8} bytes`);
    bits.set(reportId, end);
    if (reportSize * reportCount === 0) return;
    this.fields.push({
      direction,
      reportId,
      bitOffset,
      bitSize: reportSize,
      count: reportCount,
      flags,
      constant: (flags & FLAG_CONSTANT) !== 0,
      variable: (flags & FLAG_VARIABLE) !== 0,
      relative: (flags & FLAG_RELATIVE) !== 0,
      logicalMin,
      logicalMax: this.logicalMax(),
      usages: this.resolvedUsages(),
      collectionPath: [...this.open],
    });
  }

  /** Linux rule: Logical Maximum is unsigned unless Logical Minimum is negative. */
  private logicalMax(): number {
    const raw = this.global.logicalMaxRaw;
    if (!raw) return 0;
    return this.global.logicalMin < 0 ? raw.signed : raw.unsigned;
  }

  /** hid_concatenate_last_usage_page: a Usage Page after short Usages re-pages them, back to the last one already on it. */
  private resolvedUsages(): number[] {
    const page = this.global.usagePage;
    const resolved = this.usages.map((u) => u.usage);
    for (let i = this.usages.length - 1; i >= 0; i--) {
      const u = this.usages[i]!;
      if (u.extended) continue;
      if (u.usage >>> 16 === page) break;
      resolved[i] = ((page << 16) | (u.usage & 0xffff)) >>> 0;
    }
    return resolved;
  }

  private globalItem(item: DescriptorItem): void {
    const g = this.global;
    switch (item.tag) {
      case 0: g.usagePage = item.unsigned & 0xffff; break;
      case 1: g.logicalMin = item.signed; break;
      case 2: g.logicalMaxRaw = item; break;
      case 7: g.reportSize = item.unsigned; break;
      case 8:
        if (item.unsigned === 0 || item.unsigned > 0xff) throw new UnsupportedDescriptor(`invalid Report ID ${item.unsigned} at byte ${item.offset}`);
        g.reportId = item.unsigned;
        this.usesReportIds = true;
        break;
      case 9: g.reportCount = item.unsigned; break;
      case 10:
        if (this.globalStack.length >= MAX_PUSH_DEPTH) throw new UnsupportedDescriptor(`Push nested deeper than ${MAX_PUSH_DEPTH}`);
        this.globalStack.push({ ...g });
        break;
      case 11: {
        const popped = this.globalStack.pop();
        if (!popped) throw new UnsupportedDescriptor(`Pop without Push at byte ${item.offset}`);
        this.global = popped;
        break;
      }
      default: break; // physical range and units do not affect positions
    }
  }

  private local(item: DescriptorItem): void {
    switch (item.tag) {
      case 0: this.addUsage(item.unsigned, item.size); break;
      case 1: this.usageMin = item; break;
      case 2: {
        const min = this.usageMin;
        if (!min) throw new UnsupportedDescriptor(`Usage Maximum without Usage Minimum at byte ${item.offset}`);
        const from = min.unsigned & 0xffff;
        const to = item.unsigned & 0xffff;
        const pageBits = item.size === 4 ? item.unsigned - (item.unsigned & 0xffff) : null;
        if (to - from + 1 + this.usages.length > MAX_USAGES) throw new UnsupportedDescriptor(`more than ${MAX_USAGES} usages at byte ${item.offset}`);
        for (let u = from; u <= to; u++) this.addUsage(pageBits === null ? u : pageBits + u, item.size);
        this.usageMin = null;
        break;
      }
      default: break; // designators, strings and delimiters carry no position
    }
  }

  private addUsage(value: number, size: number): void {
    if (this.usages.length >= MAX_USAGES) throw new UnsupportedDescriptor(`more than ${MAX_USAGES} usages`);
    const extended = size === 4;
    this.usages.push({ usage: extended ? value >>> 0 : ((this.global.usagePage << 16) | (value & 0xffff)) >>> 0, extended });
  }
}

/** Usage of element i of a variable field (the last usage repeats, as in HID 1.11 §6.2.2.8). */
export function usageOfElement(field: ReportField, i: number): number | undefined {
  return field.usages[Math.min(i, field.usages.length - 1)];
}
