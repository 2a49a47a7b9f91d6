// Keeps the engine's accounts equal to the enabled SIP accounts in settings: new ones are added with
// the HA1 main derives from the stored password and registered; removed or changed ones are dropped
// (a changed one is then added again). Problems before the wire (no password stored) are kept per account.
import type { AutoAnswerPolicy } from '../../../common/sip/auto-answer';
import type { SipAccountSettings } from '../../../common/settings/sip-accounts';
import type { Settings } from '../../../common/settings/settings-schema';
import { getBridge, unwrap } from '../platform/page-bridge';
import { getEngine } from './page-engine';
import { problemFrom, uiProblem, type Problem } from './problem';
import { usePhone } from './phone-store';

/** what each engine account was built from, to notice edits */
const applied = new Map<string, string>();
let queue: Promise<void> = Promise.resolve();

export function enabledAccounts(settings: Settings | undefined): SipAccountSettings[] {
  return (settings?.sip.accounts ?? []).filter((a) => a.enabled);
}

/** Serialised: a burst of settings:changed events is applied in order, never interleaved. */
export function syncAccounts(settings: Settings): Promise<void> {
  queue = queue.then(() => apply(enabledAccounts(settings))).catch((error: unknown) => console.error('phone: account sync failed', error));
  return queue;
}

async function apply(wanted: SipAccountSettings[]): Promise<void> {
  const engine = getEngine();
  const byId = new Map(wanted.map((a) => [a.id, a]));
  for (const [id, fingerprint] of applied) {
    const next = byId.get(id);
    if (next === undefined || JSON.stringify(next) !== fingerprint) {
      applied.delete(id);
      await engine.removeAccount(id).catch(() => undefined);
    }
  }
  const problems: Record<string, Problem> = {};
  for (const account of wanted) {
    if (applied.has(account.id)) continue;
    try {
      await add(account);
    } catch (error) {
      problems[account.id] = missingSecret(error) ? uiProblem('phone.noPassword', 'phone.hintEditAccount') : problemFrom(error, 'phone.hintEditAccount');
    }
  }
  usePhone.setState({ accountProblems: problems });
}

async function add(account: SipAccountSettings): Promise<void> {
  const { api } = getBridge();
  const credentials = await unwrap(api.sip.credentials({ accountId: account.id }));
  const engine = getEngine();
  engine.addAccount({
    id: account.id,
    server: account.server,
    user: account.user,
    domain: account.domain,
    authUser: credentials.authorizationUsername,
    ha1: credentials.ha1,
    ...(account.displayName === undefined ? {} : { displayName: account.displayName }),
    ...(account.outboundProxy === undefined ? {} : { outboundProxy: account.outboundProxy }),
    iceServers: account.iceServers,
    codecs: account.codecs,
    dtmfMode: account.dtmfMode,
    registerExpiresS: account.registerExpiresS,
  }, { autoAnswer: autoAnswerPolicy(account.autoAnswer), recording: account.recording.policy });
  applied.set(account.id, JSON.stringify(account));
  // registration failures are reported on the account view (state + reason); the engine retries by itself
  void engine.register(account.id).catch(() => undefined);
}

/** The settings' flat form to the engine's policy (a delay only means something for after-delay). */
export function autoAnswerPolicy({ mode, delayMs }: SipAccountSettings['autoAnswer']): AutoAnswerPolicy {
  return mode === 'after-delay' ? { mode, delayMs } : { mode };
}

function missingSecret(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: string }).code === 'NOT_FOUND';
}

/** The settings of one account, for its DTMF mode and recording policy. */
export function accountSettings(settings: Settings | undefined, id: string): SipAccountSettings | undefined {
  return settings?.sip.accounts.find((a) => a.id === id);
}
