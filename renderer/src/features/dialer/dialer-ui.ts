// Dialer-local UI state shared by the screen, the call cards and the keyboard hook.
import { create } from 'zustand';

interface DialerUi {
  /** the call whose transfer form is open */
  transferFor: string | undefined;
  openTransfer(key: string | undefined): void;
  /** a single call's privacy choice in the dial form (campaigns set their own) */
  privacy: 'off' | 'axb' | 'callback';
  setPrivacy(privacy: 'off' | 'axb' | 'callback'): void;
}

export const useDialerUi = create<DialerUi>((set) => ({
  transferFor: undefined,
  openTransfer: (transferFor) => set({ transferFor }),
  privacy: 'off',
  setPrivacy: (privacy) => set({ privacy }),
}));
