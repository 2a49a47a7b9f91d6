import { DomainError } from '../../../common/ipc/result';
import { safeExternalUrl } from '../../../common/security/navigation-policy';
import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';
import { reason } from '../../../common/ipc/failure-reason';

type CoreChannel = 'app:info' | 'settings:get' | 'settings:update' | 'secrets:status' | 'secrets:set' | 'secrets:clear' | 'shell:openExternal' | 'log:write';

export function coreHandlers(s: MainServices): Pick<Handlers, CoreChannel> {
  return {
    'app:info': () => s.appInfo,
    'settings:get': () => s.settings.get(),
    'settings:update': (patch) => s.settings.update(patch),
    'secrets:status': () => s.secrets.status(),
    'secrets:set': async ({ key, value }) => {
      await s.secrets.set(key, value);
      return announceSecrets(s);
    },
    'secrets:clear': async ({ key }) => {
      await s.secrets.clear(key);
      return announceSecrets(s);
    },
    'shell:openExternal': async ({ url }) => {
      const safe = safeExternalUrl(url);
      if (!safe) throw new DomainError('REFUSED', 'only https: and mailto: links can be opened outside Dialdeck', reason('link.refused'));
      await s.openExternal(safe);
      return { opened: true };
    },
    'log:write': ({ level, message, scope }) => {
      s.rendererLog[level](scope ? `[${scope}] ${message}` : message);
      return {};
    },
  };
}

/** Tells the page which secrets exist now (e.g. the phone registers an account once its password is in). */
function announceSecrets(s: MainServices) {
  const status = s.secrets.status();
  s.events.emit('secrets:changed', status);
  return status;
}
