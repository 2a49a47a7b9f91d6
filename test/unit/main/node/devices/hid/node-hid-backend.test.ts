// The descriptor source per platform; enumeration and I/O need hardware and are not exercised here.
import { describe, expect, it } from 'vitest';
import { createNodeHidBackend } from '../../../../../../main/node/devices/hid/node-hid-backend';

const device = { path: '\\\\?\\hid#vid_0b0e&pid_24c9&mi_03&col01', vendorId: 0x0b0e, productId: 0x24c9, usagePage: 0x0b };

describe('createNodeHidBackend().readLayout off Linux', () => {
  it('uses the WebHID collections the app supplies', async () => {
    const backend = createNodeHidBackend({
      platform: 'win32',
      webHidCollections: async () => [{ usagePage: 0x0b, usage: 0x05, type: 1, inputReports: [{ reportId: 2, items: [{ reportSize: 1, reportCount: 1, usages: [0x000b0020], isAbsolute: true, logicalMaximum: 1 }] }] }],
    });
    const layout = await backend.readLayout(device);
    expect(layout.ok && layout.descriptor.fields.map((f) => [f.reportId, f.bitOffset, f.usages])).toEqual([[2, 0, [0x000b0020]]]);
  });

  it('says why there is no layout when WebHID gave none', async () => {
    const layout = await createNodeHidBackend({ platform: 'darwin' }).readLayout(device);
    expect(layout).toEqual({ ok: false, error: 'unsupported descriptor', reason: expect.stringMatching(/no report layout on darwin/) });
  });

  it('never needs a permission probe outside Linux', async () => {
    expect(await createNodeHidBackend({ platform: 'win32' }).probeAccess(device)).toBe('ok');
  });
});
