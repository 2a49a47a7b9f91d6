// The whole reader (tokenizer, engine, driver) stays linear in the size of a read: a noisy port or a
// burst of unsolicited results handed over in one 10 MB read, gives every event once (byte-by-byte reads: tokenizer.test.ts).
import { describe, expect, it } from 'vitest';
import { sessionRig } from './session-rig';

const URC = '\r\n+CSQ: 19,99\r\n';

describe('a session fed megabytes at once', () => {
  it('one 10 MB read: every signal report is seen, once', () => {
    const rig = sessionRig('simcom');
    const count = Math.ceil((10 * 1024 * 1024) / URC.length);
    const data = URC.repeat(count);
    rig.feed(data);
    const signals = rig.events.filter((e) => e.type === 'signal');
    expect(signals).toHaveLength(count);
    expect(signals.at(-1)).toMatchObject({ type: 'signal', dbm: -75 });
  });
});
