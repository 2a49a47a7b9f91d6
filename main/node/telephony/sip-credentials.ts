// Digest credentials for the phone engine. sip.js accepts an HA1 (authorizationHa1), so the page gets
// MD5(user:realm:password) for one realm instead of the password itself.
import { createHash } from 'node:crypto';
import { DomainError } from '../../../common/ipc/result';
import type { Settings } from '../../../common/settings/settings-schema';
import type { SecretStore } from '../secrets/secret-store';
import { reason } from '../../../common/ipc/failure-reason';

export function sipCredentials(settings: Settings, secrets: SecretStore, accountId: string): { authorizationUsername: string; ha1: string } {
  const account = settings.sip.accounts.find((a) => a.id === accountId);
  if (!account) throw new DomainError('NOT_FOUND', `no SIP account "${accountId}"`, reason('sip.noAccount'));
  const password = secrets.get(`sip:${accountId}`);
  if (password === undefined) throw new DomainError('NOT_FOUND', `no password stored for SIP account "${accountId}"; enter it in Settings`, reason('sip.noPassword'));
  const user = account.authUser ?? account.user;
  const realm = account.realm ?? account.domain;
  return { authorizationUsername: user, ha1: createHash('md5').update(`${user}:${realm}:${password}`).digest('hex') };
}
