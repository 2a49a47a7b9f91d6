// Campaign dialing and the compliance check before every dial. DB work runs in the store's DB worker
// (main/node/campaign/db); the agent's state machine lives in main (main/node/campaign/agent-session).
import { join } from 'node:path';
import type { Clock } from '../../../common/at/at-clock';
import { agentIdOf } from '../campaign/agent-id';
import { AgentSession } from '../campaign/agent-session';
import { campaignStore } from '../campaign/campaign-store';
import { localOnlyClaims, type LeadClaims } from '../campaign/campaign-claims';
import { realClock } from '../campaign/real-clock';
import { runRetention } from '../campaign/retention-runner';
import type { Handlers } from '../ipc/router';
import { viaCrm } from './crm-errors';
import type { MainServices } from '../services';

type CampaignHandlers = Pick<Handlers, Extract<keyof Handlers, `campaign:${string}` | `compliance:${string}` | `agent:${string}`>>;

const db = viaCrm;

export interface CampaignHandlerOptions {
  /** central lead claims (main/node/claims) when this desk has them */
  claims?: LeadClaims;
  clock?: Clock;
}

export function campaignHandlers(s: MainServices, options: CampaignHandlerOptions = {}): CampaignHandlers {
  const clock = options.clock ?? realClock;
  const store = campaignStore(s.store.api);
  const agentId = () => agentIdOf(s.settings.get());
  const session = new AgentSession({
    store,
    claims: options.claims ?? localOnlyClaims,
    clock,
    agentId,
    onChange: (status) => s.events.emit('agent:state', status),
    log: s.log,
  });
  const me = () => ({ agentId: agentId(), now: clock.now() });

  return {
    'compliance:checkDial': ({ subject, campaignId }) => db(() => store.checkDial({ subject, campaignId, ...me() })),
    'compliance:audit': (req) => db(() => store.audit(req)),
    'compliance:retention': () => db(() => store.retention()),
    'compliance:setRetention': (req) => db(() => store.setRetention(req)),
    'compliance:prune': async () => {
      const { filesRemoved: _files, ...run } = await db(() => runRetention(store, join(s.paths.dataDir, 'recordings'), clock.now()));
      return run;
    },

    'campaign:list': ({ includeArchived }) => db(() => store.list(includeArchived)),
    'campaign:get': ({ id }) => db(() => store.get(id)),
    'campaign:save': ({ campaign }) => db(() => store.save(campaign)),
    'campaign:archive': async ({ id, archived }) => ({ archived: await db(() => store.archive(id, archived)) }),

    'campaign:start': ({ campaignId }) => db(() => session.start(campaignId)),
    'campaign:stop': () => db(() => session.stop()),
    'campaign:nextLead': ({ campaignId }) => db(() => session.nextLead(campaignId)),
    'campaign:skip': ({ campaignId, contactId }) => db(() => session.skip(campaignId, contactId)),
    'campaign:attemptResult': (req) => db(() => session.attemptResult(req)),
    'campaign:dispose': ({ attemptId, code, callback, outcome }) => db(() => session.dispose(attemptId, code, callback, outcome)),
    'campaign:dncAdd': ({ attemptId }) => db(() => session.dncAdd(attemptId)),
    'campaign:scheduleCallback': (req) => db(() => store.scheduleCallback({ ...req, ...me() })),
    'campaign:callbacks': ({ campaignId }) => db(() => store.callbacks({ campaignId, ...me() })),

    'agent:status': () => session.status(),
    'agent:transition': ({ event }) => session.transition(event),
  };
}
