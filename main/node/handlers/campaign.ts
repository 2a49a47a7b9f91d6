import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';

type CampaignHandlers = Pick<Handlers, Extract<keyof Handlers, `campaign:${string}` | `compliance:${string}` | `agent:${string}`>>;

export function campaignHandlers(_s: MainServices): CampaignHandlers {
  return {} as CampaignHandlers;
}
