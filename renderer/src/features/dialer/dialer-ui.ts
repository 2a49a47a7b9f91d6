// Dialer-local UI state shared by the screen, the call cards and the keyboard hook.
import { create } from 'zustand';

interface DialerUi {
  /** the call whose transfer form is open */
  transferFor: string | undefined;
  openTransfer(key: string | undefined): void;
}

export const useDialerUi = create<DialerUi>((set) => ({
  transferFor: undefined,
  openTransfer: (transferFor) => set({ transferFor }),
}));
