// Every real descriptor: the parser must find each telephony control exactly where the fixture says.
import { describe, expect, it } from 'vitest';
import { mapTelephonyDescriptor } from '../../../../common/hid/telephony-map';
import { describeTelephony } from '../../../../common/hid/describe';
import { descriptorBytes, flagByte, loadFixtures, type FixtureControl } from './fixtures';

const fixtures = loadFixtures();

const expected = (c: FixtureControl) => ({
  usage: c.usage,
  name: c.name,
  reportId: c.reportId,
  bitOffset: c.bitOffset,
  bitSize: c.bitSize,
  relative: (flagByte(c) & 0x04) !== 0,
  constant: (flagByte(c) & 0x01) !== 0,
  ...(c.arrayUsages ? { arrayUsages: c.arrayUsages.map((u) => `0x${u.replace(/0x|:/g, '').slice(0, 8).toUpperCase().padStart(8, '0')}`) } : {}),
});

describe.each(fixtures)('$file ($product)', (fx) => {
  const result = mapTelephonyDescriptor(descriptorBytes(fx));
  if (!result.ok) throw new Error(`${fx.file}: ${result.reason}`);
  const described = describeTelephony(result.map);

  it('finds every telephony input at the fixture position', () => {
    expect(described.inputs).toEqual(fx.telephonyInputs.map(expected));
  });

  it('finds every LED/ringer output at the fixture position', () => {
    expect(described.outputs).toEqual(fx.ledOutputs.map(expected));
  });

  it('lists the application collections in order, nested ones marked', () => {
    expect(described.collections).toEqual(fx.applicationCollections);
  });

  it('sizes each telephony output report as the fixture does', () => {
    for (const c of fx.ledOutputs) {
      expect(result.map.outputReportBytes.get(c.reportId)).toBe(fx.reportSizes.output[String(c.reportId)]);
    }
  });

  it('offers call control only when hook, mute or reject exist', () => {
    const callInputs = fx.telephonyInputs.filter((c) => /Hook Switch|Phone Mute|Button 7|Programmable Button/.test(c.name));
    expect(result.map.callControl).toBe(callInputs.length > 0);
  });
});
