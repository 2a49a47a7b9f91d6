// Raw MDMF/SDMF caller-ID packets: a name with spaces and punctuation arrives whole, the checksum's validity
// is reported (never a reason to drop the call), and packets printed with spaces between bytes are read too.
import { describe, expect, it } from 'vitest';
import { parseCidTagLine, parseRawCid } from '../../../../../common/at/drivers/fxo-caller-id';

const hexOf = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
const tlv = (tag: number, text: string) => [tag, text.length, ...[...text].map((c) => c.charCodeAt(0))];

/** An MDMF packet (0x80) with its checksum: the two's complement of the sum of every byte before it. */
function mdmf(name: string, corrupt = false): string {
  const payload = [...tlv(0x01, '12011530'), ...tlv(0x02, '8475550001'), ...tlv(0x07, name)];
  const bytes = [0x80, payload.length, ...payload];
  const sum = bytes.reduce((a, b) => a + b, 0);
  return hexOf([...bytes, ((256 - (sum % 256)) % 256) ^ (corrupt ? 0x01 : 0)]);
}

describe('raw MDMF caller ID', () => {
  it.each(["O'BRIEN, J. JR.", 'SMITH JOHN', '(PRIVATE) W.', 'A-B & C CO.'])('the name %j arrives whole, checksum valid', (name) => {
    expect(parseRawCid(mdmf(name))).toEqual({ number: '8475550001', name, date: '1201', time: '1530', checksumValid: true });
  });

  it('a bad checksum is reported, the call still carries its number and name', () => {
    expect(parseRawCid(mdmf('SMITH JOHN', true))).toMatchObject({ number: '8475550001', name: 'SMITH JOHN', checksumValid: false });
  });

  it('bytes printed with spaces between them are the same packet', () => {
    const spaced = mdmf("O'BRIEN, J. JR.").match(/../g)!.join(' ');
    expect(parseRawCid(spaced)).toEqual(parseRawCid(mdmf("O'BRIEN, J. JR.")));
  });

  it('text that only looks like hex is not a packet', () => {
    expect(parseRawCid('OK')).toBeNull();
    expect(parseRawCid('80 2')).toBeNull();
    expect(parseRawCid('0412')).toBeNull(); // too short for its own length byte
  });
});

describe('formatted caller-ID tag lines', () => {
  it('a name with spaces, commas and a colon stays whole', () => {
    expect(parseCidTagLine('NAME = DR. SMITH: J, JR.')).toEqual({ tag: 'NAME', field: 'name', value: 'DR. SMITH: J, JR.' });
  });
});
