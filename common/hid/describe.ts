// The JSON shape `diag hid decode` prints: the fixtures' fields, so a capture can be diffed against them.
import { formatUsage } from './usages';
import type { TelephonyControl, TelephonyMap } from './telephony-map';

export interface DescribedControl {
  usage: string | null;
  name: string;
  reportId: number;
  bitOffset: number;
  bitSize: number;
  relative: boolean;
  constant: boolean;
  arrayUsages?: string[];
}

export interface DescribedDescriptor {
  collections: { usagePage: string; usage: string; name: string; nested: boolean }[];
  inputs: DescribedControl[];
  outputs: DescribedControl[];
}

const hexWidth = (n: number, width: number) => `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;

export function describeTelephony(map: TelephonyMap): DescribedDescriptor {
  return {
    collections: map.collections.map((c) => ({
      usagePage: hexWidth(c.usage >>> 16, 4),
      usage: hexWidth(c.usage & 0xffff, 2),
      name: c.name,
      nested: c.nested,
    })),
    inputs: map.inputs.map(describeControl),
    outputs: map.outputs.map(describeControl),
  };
}

function describeControl(c: TelephonyControl): DescribedControl {
  return {
    usage: c.usage === null ? null : formatUsage(c.usage),
    name: c.name,
    reportId: c.reportId,
    bitOffset: c.bitOffset,
    bitSize: c.bitSize,
    relative: c.relative,
    constant: c.constant,
    ...(c.usage === null ? { arrayUsages: c.arrayUsages.map(formatUsage) } : {}),
  };
}
