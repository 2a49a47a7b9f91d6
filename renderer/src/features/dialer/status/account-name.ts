// What the status bar calls a SIP account: the name the agent gave it ("坐席 1001 张晓燕"), or its id
// when it has none (a blank name counts as none).
import type { SipAccountSettings } from '../../../../../common/settings/sip-accounts';

export function accountName(accounts: readonly Pick<SipAccountSettings, 'id' | 'displayName'>[] | undefined, id: string): string {
  const name = accounts?.find((a) => a.id === id)?.displayName?.trim();
  return name ? name : id;
}
