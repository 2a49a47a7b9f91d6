// Every method of the store: each domain declares its own handler map next to its SQL, and only here
// are they put together. The main thread's API is derived from this map's type (StoreApi below).
// This lives outside main/node/store because the domains import the store (errors, defineHandler):
// composing them inside it would make the folders import each other.
import { crmDbHandlers } from '../crm/crm-db-handlers';
import { campaignDbHandlers } from '../campaign/db/campaign-db-handlers';
import { statsDbHandlers } from '../stats/stats-db-handlers';
import { dialerDbHandlers } from '../dialer/db/dialer-db-handlers';
import type { HandlerMap, StoreApiOf } from '../store/define-handler';
import type { StoreClient } from '../store/store-client';

export const storeHandlers = { ...crmDbHandlers, ...campaignDbHandlers, ...statsDbHandlers, ...dialerDbHandlers } satisfies HandlerMap;

export type StoreHandlers = typeof storeHandlers;
export type StoreMethod = keyof StoreHandlers;
/** Every store method as the main thread calls it: `api.search(request)` resolves with what the handler returns. */
export type StoreApi = StoreApiOf<StoreHandlers>;
/** The client of this app's DB worker. */
export type AppStoreClient = StoreClient<StoreHandlers>;

// two domains declaring the same method name would silently replace one another in the spread above
type Overlap<A, B> = Extract<keyof A, keyof B>;
type Clashes =
  | Overlap<typeof crmDbHandlers, typeof campaignDbHandlers>
  | Overlap<typeof crmDbHandlers, typeof statsDbHandlers>
  | Overlap<typeof crmDbHandlers, typeof dialerDbHandlers>
  | Overlap<typeof campaignDbHandlers, typeof statsDbHandlers>
  | Overlap<typeof campaignDbHandlers, typeof dialerDbHandlers>
  | Overlap<typeof statsDbHandlers, typeof dialerDbHandlers>;
const noClashes: [Clashes] extends [never] ? true : Clashes = true;
void noClashes;
