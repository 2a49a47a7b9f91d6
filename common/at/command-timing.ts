/**
 * Per-command timing (notes §13): short for queries, long for call control, SMS and network scans.
 * The same table serves live sending and replays, so a transcript is judged by the timeouts the app uses.
 */
export interface CommandTiming {
  timeoutMs: number;
  /** The command is answered with the `> ` prompt before its final result (SMS send/write). */
  expectsPrompt: boolean;
  /** Complete as OK when an info line is followed by this much silence (old Wavecom `+CPIN: READY` without OK). */
  softCompleteMs?: number;
}

const RULES: ReadonlyArray<[RegExp, Partial<CommandTiming>]> = [
  [/^AT\+CMG[SW]=/i, { timeoutMs: 60_000, expectsPrompt: true }],
  [/^AT\+CMSS=/i, { timeoutMs: 60_000 }],
  [/^ATD/i, { timeoutMs: 90_000 }],
  [/^AT\+COPS=\?/i, { timeoutMs: 180_000 }],
  [/^AT\+CFUN=/i, { timeoutMs: 40_000 }],
  [/^AT\+(CHUP|CHLD|QHUP)/i, { timeoutMs: 40_000 }],
  [/^ATA$/i, { timeoutMs: 20_000 }],
  [/^AT\+CPIN\?$/i, { timeoutMs: 15_000, softCompleteMs: 2_000 }],
  [/^AT\+VTS=/i, { timeoutMs: 5_000 }],
];

export const DEFAULT_TIMEOUT_MS = 5_000;

export function timingFor(command: string): CommandTiming {
  const base: CommandTiming = { timeoutMs: DEFAULT_TIMEOUT_MS, expectsPrompt: false };
  const rule = RULES.find(([pattern]) => pattern.test(command));
  return rule ? { ...base, ...rule[1] } : base;
}
