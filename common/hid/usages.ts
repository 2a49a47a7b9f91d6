// Usage IDs and names (HUT 1.5) for the pages a telephony headset uses: Telephony 0x0B, LED 0x08, Button 0x09.

export const PAGE_GENERIC_DESKTOP = 0x01;
export const PAGE_LED = 0x08;
export const PAGE_BUTTON = 0x09;
export const PAGE_TELEPHONY = 0x0b;
export const PAGE_CONSUMER = 0x0c;
export const VENDOR_PAGE_START = 0xff00;

export const usageOf = (page: number, id: number): number => ((page << 16) | id) >>> 0;
export const pageOf = (usage: number): number => usage >>> 16;
export const idOf = (usage: number): number => usage & 0xffff;

export const U = {
  phone: usageOf(PAGE_TELEPHONY, 0x01),
  headset: usageOf(PAGE_TELEPHONY, 0x05),
  keyPad: usageOf(PAGE_TELEPHONY, 0x06),
  programmableButton: usageOf(PAGE_TELEPHONY, 0x07),
  hookSwitch: usageOf(PAGE_TELEPHONY, 0x20),
  flash: usageOf(PAGE_TELEPHONY, 0x21),
  redial: usageOf(PAGE_TELEPHONY, 0x24),
  drop: usageOf(PAGE_TELEPHONY, 0x26),
  phoneMute: usageOf(PAGE_TELEPHONY, 0x2f),
  speedDial: usageOf(PAGE_TELEPHONY, 0x50),
  lineBusyTone: usageOf(PAGE_TELEPHONY, 0x97),
  ringer: usageOf(PAGE_TELEPHONY, 0x9e),
  phoneKey0: usageOf(PAGE_TELEPHONY, 0xb0),
  phoneKeyPound: usageOf(PAGE_TELEPHONY, 0xbb),
  ledMute: usageOf(PAGE_LED, 0x09),
  ledOffHook: usageOf(PAGE_LED, 0x17),
  ledRing: usageOf(PAGE_LED, 0x18),
  ledSpeaker: usageOf(PAGE_LED, 0x1e),
  ledHold: usageOf(PAGE_LED, 0x20),
  ledMicrophone: usageOf(PAGE_LED, 0x21),
  ledOnLine: usageOf(PAGE_LED, 0x2a),
  button7: usageOf(PAGE_BUTTON, 0x07),
} as const;

const PHONE_KEY_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'Star', 'Pound'] as const;
export const PHONE_KEY_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;

const TELEPHONY_NAMES: Readonly<Record<number, string>> = {
  0x01: 'Phone', 0x02: 'Answering Machine', 0x03: 'Message Controls', 0x04: 'Handset', 0x05: 'Headset',
  0x06: 'Telephony Key Pad', 0x07: 'Programmable Button', 0x20: 'Hook Switch', 0x21: 'Flash', 0x22: 'Feature',
  0x23: 'Hold', 0x24: 'Redial', 0x25: 'Transfer', 0x26: 'Drop', 0x27: 'Park', 0x28: 'Forward Calls',
  0x29: 'Alternate Function', 0x2a: 'Line', 0x2b: 'Speaker Phone', 0x2c: 'Conference', 0x2d: 'Ring Enable',
  0x2e: 'Ring Select', 0x2f: 'Phone Mute', 0x30: 'Caller ID', 0x31: 'Send', 0x50: 'Speed Dial',
  0x51: 'Store Number', 0x52: 'Recall Number', 0x53: 'Phone Directory', 0x70: 'Voice Mail',
  0x71: 'Screen Calls', 0x72: 'Do Not Disturb', 0x73: 'Message', 0x74: 'Answer On/Off',
  0x90: 'Inside Dial Tone', 0x91: 'Outside Dial Tone', 0x92: 'Inside Ring Tone', 0x93: 'Outside Ring Tone',
  0x94: 'Priority Ring Tone', 0x95: 'Inside Ringback', 0x96: 'Priority Ringback', 0x97: 'Line Busy Tone',
  0x98: 'Reorder Tone', 0x99: 'Call Waiting Tone', 0x9a: 'Confirmation Tone 1', 0x9b: 'Confirmation Tone 2',
  0x9c: 'Tones Off', 0x9d: 'Outside Ringback', 0x9e: 'Ringer',
  ...Object.fromEntries(PHONE_KEY_LABELS.map((label, i) => [0xb0 + i, `Phone Key ${label}`])),
};

const LED_NAMES: Readonly<Record<number, string>> = {
  0x09: 'Mute', 0x17: 'Off-Hook', 0x18: 'Ring', 0x19: 'Message Waiting', 0x1e: 'Speaker', 0x20: 'Hold',
  0x21: 'Microphone', 0x2a: 'On-Line', 0x2b: 'Off-Line',
};

const CONSUMER_NAMES: Readonly<Record<number, string>> = { 0x01: 'Consumer Control', 0xe9: 'Volume Increment', 0xea: 'Volume Decrement', 0xe2: 'Mute' };

const PAGE_NAMES: Readonly<Record<number, string>> = {
  [PAGE_GENERIC_DESKTOP]: 'Generic Desktop', [PAGE_LED]: 'LED', [PAGE_BUTTON]: 'Button',
  [PAGE_TELEPHONY]: 'Telephony', [PAGE_CONSUMER]: 'Consumer',
};

const hexN = (n: number, width: number) => `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;

/** 0xPPPPUUUU, the form Linux and the fixtures print. */
export function formatUsage(usage: number): string {
  return hexN(usage >>> 0, 8);
}

export function usageName(usage: number): string {
  const page = pageOf(usage);
  const id = idOf(usage);
  const known =
    page === PAGE_TELEPHONY ? TELEPHONY_NAMES[id]
      : page === PAGE_LED ? LED_NAMES[id]
        : page === PAGE_CONSUMER ? CONSUMER_NAMES[id]
          : page === PAGE_BUTTON && id > 0 ? `Button ${id}`
            : undefined;
  if (known) return known;
  if (page >= VENDOR_PAGE_START) return `Vendor ${hexN(page, 4)}:${hexN(id, 4)}`;
  return `${PAGE_NAMES[page] ?? `Page ${hexN(page, 4)}`} ${hexN(id, 2)}`;
}
