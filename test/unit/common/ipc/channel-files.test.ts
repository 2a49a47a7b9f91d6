// Each file in common/ipc/channels/ defines the channels of one API namespace and is named after it
// (`crm:search` is in channels/crm-channels.ts); the contract is exactly their union.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../common/ipc/contract';

const dir = new URL('../../../../common/ipc/channels/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('IPC channel files', () => {
  it.each(files)('%s defines only its own namespace', async (file) => {
    const namespace = file.replace(/-channels\.ts$/, '');
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    const tables = Object.entries(module).filter(([name]) => name === `${namespace}Invoke` || name === `${namespace}Events`);
    expect(tables.length).toBeGreaterThan(0);
    const channels = tables.flatMap(([, table]) => Object.keys(table as object));
    expect(channels.filter((c) => c.split(':')[0] !== namespace)).toEqual([]);
    expect(Object.keys(module).filter((name) => /(Invoke|Events)$/.test(name) && !tables.some(([t]) => t === name))).toEqual([]);
  });

  it('the contract is the union of the files, with nothing lost', async () => {
    const all = await Promise.all(files.map((f) => import(new URL(f, dir).href) as Promise<Record<string, object>>));
    const invoke = all.flatMap((m) => Object.entries(m).filter(([n]) => n.endsWith('Invoke')).flatMap(([, t]) => Object.keys(t)));
    const events = all.flatMap((m) => Object.entries(m).filter(([n]) => n.endsWith('Events')).flatMap(([, t]) => Object.keys(t)));
    expect(invoke.sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(events.sort()).toEqual(Object.keys(eventChannels).sort());
    expect(Object.keys(invokeChannels)).toHaveLength(71); // the 69 of before the split, crm:dncAddPhone and campaign:dncAdd
  });
});
