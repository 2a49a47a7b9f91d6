// Random and mutated descriptors never throw; they map or give a clear "unsupported descriptor".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapTelephonyDescriptor } from '../../../../common/hid/telephony-map';
import { InputDecoder } from '../../../../common/hid/input-decoder';
import { descriptorBytes, loadFixtures } from './fixtures';

const realDescriptors = loadFixtures().map(descriptorBytes);

function assertWellFormed(bytes: Uint8Array): void {
  const result = mapTelephonyDescriptor(bytes);
  if (result.ok) {
    expect(Array.isArray(result.map.inputs)).toBe(true);
  } else {
    expect(result.error).toBe('unsupported descriptor');
    expect(result.reason.length).toBeGreaterThan(0);
  }
}

describe('descriptor fuzzing', () => {
  it('random bytes never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => assertWellFormed(bytes)), { numRuns: 2000 });
  });

  it('real descriptors with random byte flips never throw', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...realDescriptors), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }))
      .map(([base, flips]) => {
        const bytes = Uint8Array.from(base);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(fc.property(mutated, (bytes) => assertWellFormed(bytes)), { numRuns: 1000 });
  });

  it('random input reports never throw in the decoder of a mapped descriptor', () => {
    const decoders = realDescriptors.flatMap((d) => {
      const r = mapTelephonyDescriptor(d);
      return r.ok ? [new InputDecoder(r.map)] : [];
    });
    fc.assert(fc.property(fc.constantFrom(...decoders), fc.uint8Array({ maxLength: 70 }), (decoder, report) => {
      expect(Array.isArray(decoder.decode(report))).toBe(true);
    }));
  });
});
