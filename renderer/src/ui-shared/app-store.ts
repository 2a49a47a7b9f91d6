// UI state mirrored from main: app info, settings and device status, kept fresh by contract events.
import { create } from 'zustand';
import type { AppInfo, DevicesStatus } from '../../../common/ipc/schemas';
import type { Settings } from '../../../common/settings/settings-schema';

// stats comes last so the existing Alt+1…5 shortcuts keep their screens
export type Screen = 'dialer' | 'contacts' | 'campaigns' | 'setup' | 'settings' | 'stats';
export const screens: readonly Screen[] = ['dialer', 'contacts', 'campaigns', 'setup', 'settings', 'stats'];

interface AppState {
  screen: Screen;
  info?: AppInfo;
  settings?: Settings;
  devices?: DevicesStatus;
  go(screen: Screen): void;
}

export const useApp = create<AppState>((set) => ({
  screen: 'dialer',
  go: (screen) => set({ screen }),
}));
