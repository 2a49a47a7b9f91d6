import type { Settings } from '../../../common/settings/settings-schema';

/**
 * Who is at this desk, for claims, callbacks and the audit trail: the first enabled SIP account's
 * user@domain (what the PBX knows the agent as), else a stable local name.
 */
export function agentIdOf(settings: Settings): string {
  const account = settings.sip.accounts.find((a) => a.enabled) ?? settings.sip.accounts[0];
  if (account === undefined) return 'local-agent';
  return `${account.user}@${account.domain}`;
}
