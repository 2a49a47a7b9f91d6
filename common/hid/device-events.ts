// What a headset's input reports mean, once decoded: the vocabulary between decoder and state machine.

export type PressControl = 'phoneMute' | 'flash' | 'redial' | 'drop' | 'speedDial' | 'reject';

export type DeviceEvent =
  /** Absolute Hook Switch: the value is the state (edge-detected by the decoder). */
  | { readonly kind: 'hook'; readonly offHook: boolean }
  /** Relative Hook Switch (Realtek/Teams firmware): a request to toggle. */
  | { readonly kind: 'hookToggle' }
  | { readonly kind: 'press'; readonly control: PressControl }
  | { readonly kind: 'lineBusy'; readonly busy: boolean }
  | { readonly kind: 'keypad'; readonly digit: string };
