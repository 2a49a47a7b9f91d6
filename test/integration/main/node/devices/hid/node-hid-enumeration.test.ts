// The real node-hid native module on this machine: it loads, enumerates, and `diag hid list` reports
// whatever is plugged in (usually nothing here; this kernel has no uhid to fake a device).
import { describe, expect, it } from 'vitest';
import { runHid } from '../../../../../../main/node/cli/diag/diag-hid';

describe('diag hid list on the real node-hid backend', () => {
  it('prints one JSON line per telephony device, or says there is none', async () => {
    const lines: string[] = [];
    const code = await runHid(['list'], (line) => lines.push(line));
    const parsed = lines.map((l) => JSON.parse(l) as { info?: string; status?: string });
    expect(parsed.length).toBeGreaterThan(0);
    if (parsed[0]!.info) {
      expect(parsed).toEqual([{ info: 'no HID device with a Telephony (0x0B) collection found' }]);
      expect(code).toBe(0);
    } else {
      for (const device of parsed) expect(['ok', 'permission-denied', 'unsupported', 'error']).toContain(device.status);
      expect(code).toBe(parsed.every((d) => d.status === 'ok') ? 0 : 1);
    }
  });
});
