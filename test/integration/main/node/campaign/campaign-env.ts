// A campaign desk on a real SQLite database: the store's handlers called in-process (same code the
// worker runs), the campaign IPC handlers on top, requests and answers checked against the contract.
import { VirtualClock } from '../../../../../common/at/at-clock';
import type { CampaignInput } from '../../../../../common/campaign/campaign-schema';
import { invokeChannels, type InvokeChannel, type Req, type Res } from '../../../../../common/ipc/contract';
import { DomainError } from '../../../../../common/ipc/result';
import { defaultSettings } from '../../../../../common/settings/settings-schema';
import { importContacts } from '../../../../../main/node/crm/import/import-contacts';
import { campaignHandlers } from '../../../../../main/node/handlers/campaign-handlers';
import type { LeadClaims } from '../../../../../main/node/campaign/campaign-claims';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import type { MainServices } from '../../../../../main/node/services';
import { scratch } from '../crm/crm-test-db';
import { inProcessStore } from '../../../../support/store/in-process-store';

/** Thursday 2026-03-05 10:00 in Asia/Shanghai: inside the default calling hours. */
export const THU_10AM = Date.UTC(2026, 2, 5, 2, 0);
export const MIN = 60_000;

export const LIST_CSV = [
  '姓名,手机,电话,公司',
  '张伟,13800138001,010-62345001,星光科技',
  '王芳,13800138002,,海天贸易',
  '李娜,13800138003,0755-88886003,前海物流',
].join('\n');

export function campaignInput(overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    id: 'spring',
    name: '春季回访',
    listIds: ['1'],
    mode: 'preview',
    wrapUpSeconds: 20,
    dispositions: [
      { code: 'SALE', label: '成交', hotkey: 1, effect: 'complete' },
      { code: 'CB', label: '回电', hotkey: 2, effect: 'callback' },
      { code: 'REFUSED', label: '拒绝', hotkey: 3, effect: 'refused' },
      { code: 'RETRY', label: '再拨', hotkey: 4, effect: 'retry' },
      { code: 'BAD', label: '错号', hotkey: 5, effect: 'badNumber' },
    ],
    defaultDisposition: 'RETRY',
    line: { kind: 'sip' },
    ...overrides,
  };
}

export async function campaignDesk(options: { claims?: LeadClaims; csv?: string } = {}) {
  const env = scratch();
  await importContacts(env.db, { file: env.file('list.csv', options.csv ?? LIST_CSV), listName: '名单A' });
  const events: Array<{ channel: string; payload: unknown }> = [];
  const settings = defaultSettings();
  const clock = new VirtualClock();
  clock.advance(THU_10AM);
  const services = {
    store: { api: inProcessStore(env.db) },
    settings: { get: () => settings },
    events: { emit: (channel: string, payload: unknown) => void events.push({ channel, payload }) },
    log: memoryLogger(),
    paths: { dataDir: env.dir },
  } as unknown as MainServices;
  const handlers = campaignHandlers(services, { clock, ...(options.claims ? { claims: options.claims } : {}) });

  /** Calls a channel the way the router does: request parsed, answer validated against the contract. */
  async function call<C extends InvokeChannel>(channel: C, req: Req<C>): Promise<Res<C>> {
    const spec = invokeChannels[channel];
    const handler = handlers[channel as keyof typeof handlers] as unknown as (r: unknown) => unknown;
    return spec.res.parse(await handler(spec.req.parse(req))) as Res<C>;
  }
  /** The IPC error code a call fails with. */
  async function failure<C extends InvokeChannel>(channel: C, req: Req<C>): Promise<string> {
    try {
      await call(channel, req);
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    throw new Error(`${channel} did not fail`);
  }
  const idOf = (name: string) => env.db.prepare('SELECT id FROM contacts WHERE name = ?').pluck().get(name) as number;
  return { env, db: env.db, call, failure, events, clock, idOf, cleanup: () => env.cleanup() };
}
export type CampaignDesk = Awaited<ReturnType<typeof campaignDesk>>;
