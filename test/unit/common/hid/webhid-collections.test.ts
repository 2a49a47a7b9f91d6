// The WebHID route (Windows/macOS) must find the same positions as the raw descriptor. The collections below
// are what Chromium builds from the Jabra Link 380c descriptor, transcribed from its own expectation
// (chromium/chromium services/device/public/cpp/hid/hid_report_descriptor_unittest.cc,
// ValidateCollections_JabraLink380c); the raw bytes are in jabra-link-380c.descriptor.ts.
import { describe, expect, it } from 'vitest';
import { parsedFromWebHid, type WebHidCollectionInfo, type WebHidReportItem } from '../../../../common/hid/webhid-collections';
import { mapTelephonyDescriptor, mapTelephonyLayout, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { hex } from './hex';
import { JABRA_LINK_380C } from './jabra-link-380c.descriptor';

const T = (id: number) => (0x0b << 16) | id;
const LED = (id: number) => (0x08 << 16) | id;
const V30 = (id: number) => (0xff30 << 16) | id;
const V40 = (id: number) => (0xff40 << 16) | id;
const CONSUMER = (id: number) => (0x0c << 16) | id;

type Flags = Pick<WebHidReportItem, 'isConstant' | 'isArray' | 'isAbsolute' | 'hasNull' | 'hasPreferredState'>;
const constAbsVarNoPref: Flags = { isConstant: true, isArray: false, isAbsolute: true, hasPreferredState: false };
const constRelVar: Flags = { isConstant: true, isArray: false, isAbsolute: false, hasPreferredState: true };
const absVar: Flags = { isConstant: false, isArray: false, isAbsolute: true, hasPreferredState: true };
const absVarNoPref: Flags = { isConstant: false, isArray: false, isAbsolute: true, hasPreferredState: false };
const nullableArray: Flags = { isConstant: false, isArray: true, isAbsolute: true, hasNull: true };
const padding: Flags = { isConstant: true, isArray: true, isAbsolute: true };

const item = (flags: Flags, reportSize: number, reportCount: number, usages: number[], logicalMaximum = 1): WebHidReportItem =>
  ({ ...flags, reportSize, reportCount, usages, logicalMinimum: 0, logicalMaximum });
const range = (flags: Flags, reportSize: number, reportCount: number, usageMinimum: number, usageMaximum: number, logicalMaximum: number): WebHidReportItem =>
  ({ ...flags, isRange: true, reportSize, reportCount, usageMinimum, usageMaximum, logicalMinimum: 0, logicalMaximum });

const JABRA_LINK_380C_WEBHID: WebHidCollectionInfo[] = [
  {
    usagePage: 0x0b, usage: 0x05, type: 1,
    children: [{ usagePage: 0x0b, usage: 0x06, type: 2 }],
    inputReports: [{ reportId: 2, items: [
      item(constAbsVarNoPref, 1, 3, [T(0x20), T(0x97), T(0x2a)]),
      item(constRelVar, 1, 4, [T(0x2f), T(0x21), T(0x24), T(0x50)]),
      range(nullableArray, 4, 1, T(0xb0), T(0xbb), 12),
      item(absVar, 1, 1, [T(0x07)]),
      item(padding, 1, 4, []),
    ] }],
    outputReports: [{ reportId: 2, items: [
      item(absVarNoPref, 1, 7, [LED(0x17), LED(0x1e), LED(0x09), LED(0x18), LED(0x20), LED(0x21), LED(0x2a)]),
      item(absVarNoPref, 1, 1, [T(0x9e)]),
      item(padding, 1, 8, []),
    ] }],
  },
  {
    usagePage: 0xff00, usage: 0x01, type: 1,
    inputReports: [
      { reportId: 5, items: [{ ...absVar, reportSize: 8, reportCount: 62, usages: [0xff000001], logicalMaximum: 255 }] },
      { reportId: 4, items: [
        item(constAbsVarNoPref, 1, 4, [V30(0x20), V30(0xfffb), V30(0x97), V30(0x2a)]),
        item(constRelVar, 1, 5, [V30(0x2f), V30(0x21), V30(0x24), V30(0xfffd), V30(0x50)]),
        range(nullableArray, 4, 1, V30(0xb0), V30(0xbb), 12),
        item(constAbsVarNoPref, 1, 1, [V30(0xfffc)]),
        item(padding, 1, 2, []),
      ] },
    ],
    outputReports: [
      { reportId: 5, items: [{ ...absVar, reportSize: 8, reportCount: 62, usages: [0xff000001], logicalMaximum: 255 }] },
      { reportId: 4, items: [
        item(absVarNoPref, 1, 7, [V40(0x17), V40(0xfffb), V40(0x09), V40(0x18), V40(0x20), V40(0x21), V40(0x2a)]),
        item(absVarNoPref, 1, 1, [V30(0x9e)]),
        item(padding, 1, 8, []),
      ] },
    ],
  },
  {
    usagePage: 0x0c, usage: 0x01, type: 1,
    inputReports: [{ reportId: 1, items: [
      item(absVar, 1, 9, [0xea, 0xe9, 0xe2, 0xcd, 0xb7, 0xb5, 0xb6, 0xb3, 0xb4].map(CONSUMER)),
      item(padding, 1, 7, []),
    ] }],
  },
];

const positions = (map: TelephonyMap) => ({
  inputs: map.inputs.map((c) => [c.role, c.reportId, c.bitOffset, c.bitSize, c.relative, c.constant]),
  outputs: map.outputs.map((c) => [c.role, c.reportId, c.bitOffset, c.bitSize]),
  outputReportBytes: [...map.outputReportBytes.entries()].filter(([id]) => id === 2),
  usesReportIds: map.usesReportIds,
});

describe('WebHID collections (Windows/macOS route)', () => {
  it('give the Jabra Link 380c the same call-control positions as its raw descriptor', () => {
    const fromWebHid = mapTelephonyLayout({ ok: true, descriptor: parsedFromWebHid(JABRA_LINK_380C_WEBHID) });
    const fromBytes = mapTelephonyDescriptor(hex(JABRA_LINK_380C));
    if (!fromWebHid.ok || !fromBytes.ok) throw new Error('both routes must map');
    expect(positions(fromWebHid.map)).toEqual(positions(fromBytes.map));
    expect(fromWebHid.map.callControl).toBe(true);
  });

  it('an empty telephony collection (Razer) maps to no call control', () => {
    const result = mapTelephonyLayout({ ok: true, descriptor: parsedFromWebHid([{ usagePage: 0x0b, usage: 0x05, type: 1 }]) });
    expect(result.ok && result.map.callControl).toBe(false);
  });
});
