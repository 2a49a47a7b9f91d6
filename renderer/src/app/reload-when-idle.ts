// Reloads the page for a new CSP (see platform/connect-policy.ts) once no call is up, keeping the screen.
import { blockedBy } from '../platform/connect-policy';
import { allCalls, usePhone } from '../phone/phone-store';
import { useApp, type Screen } from '../ui-shared/app-store';

const SCREEN_KEY = 'dialdeck.screen';

export function restoreScreen(): void {
  const saved = sessionStorage.getItem(SCREEN_KEY) as Screen | null;
  sessionStorage.removeItem(SCREEN_KEY);
  if (saved) useApp.setState({ screen: saved });
}

export function reloadForNewServers(): void {
  let pending = false;
  const reloadIfIdle = () => {
    if (!pending || allCalls(usePhone.getState()).length > 0) return;
    sessionStorage.setItem(SCREEN_KEY, useApp.getState().screen);
    location.reload();
  };
  useApp.subscribe((state, previous) => {
    if (!state.settings || state.settings === previous.settings) return;
    if (blockedBy(state.settings).length === 0) return;
    pending = true;
    reloadIfIdle();
  });
  usePhone.subscribe(reloadIfIdle);
}
