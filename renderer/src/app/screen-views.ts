// Which component draws each screen. The dialer (the first screen) is in the entry chunk; every other
// screen is its own chunk, fetched on first visit or when the page is idle, so start-up parses less.
import { lazy, type ComponentType } from 'react';
import { DialerScreen } from '../features/dialer/dialer-screen';
import type { Screen } from '../ui-shared/app-store';

type View = ComponentType;
type LazyScreen = Exclude<Screen, 'dialer'>;

const loaders: Record<LazyScreen, () => Promise<View>> = {
  contacts: () => import('../features/contacts/contacts-screen').then((m) => m.ContactsScreen),
  campaigns: () => import('../features/campaigns/campaigns-screen').then((m) => m.CampaignsScreen),
  setup: () => import('../features/setup/setup-screen').then((m) => m.SetupScreen),
  settings: () => import('../features/settings/settings-screen').then((m) => m.SettingsScreen),
  stats: () => import('../features/stats/stats-screen').then((m) => m.StatsScreen),
};

const loaded = new Map<LazyScreen, View>();
// One component per screen for the page's life (until a failed load is retried): swapping a lazy
// wrapper for the plain component later would remount the screen and lose what the agent typed.
const chosen = new Map<LazyScreen, View>();

function load(screen: LazyScreen): Promise<View> {
  return loaders[screen]().then((view) => {
    loaded.set(screen, view);
    return view;
  });
}

export function screenView(screen: Screen): View {
  if (screen === 'dialer') return DialerScreen;
  let view = chosen.get(screen);
  if (!view) {
    // already fetched (idle preload): the plain component renders without a loading flash
    view = loaded.get(screen) ?? lazy(() => load(screen).then((v) => ({ default: v })));
    chosen.set(screen, view);
  }
  return view;
}

/** After a screen failed to load, the next render tries the import again instead of React's cached failure. */
export function retryScreen(screen: Screen): void {
  if (screen !== 'dialer') chosen.delete(screen);
}

/** Fetches one screen's chunk ahead of a likely visit (hover, focus); failures surface on the visit. */
export function preloadScreen(screen: Screen): Promise<void> {
  if (screen === 'dialer' || loaded.has(screen)) return Promise.resolve();
  return load(screen).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Fetches the other screens one at a time whenever the page is idle, so a later visit opens at once
 * without the fetching competing with the first screen. Returns a cancel function.
 */
export function preloadScreensWhenIdle(): () => void {
  const queue = (Object.keys(loaders) as LazyScreen[]).filter((s) => !loaded.has(s));
  let handle: number | undefined;
  const next = () => {
    const screen = queue.shift();
    if (!screen) return;
    handle = requestIdleCallback(() => void preloadScreen(screen).then(next), { timeout: 10_000 });
  };
  next();
  return () => {
    queue.length = 0;
    if (handle !== undefined) cancelIdleCallback(handle);
  };
}
