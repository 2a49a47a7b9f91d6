import type { SimProfile } from './profiles';

/** What the simulated modem knows about its own state while answering. */
export interface SimState {
  imei: string;
  echo: boolean;
  /** Number of the call ringing or up, '' when idle. */
  number: string;
}

/** Replies are whole byte strings; `info` lines each get V.250 framing and a final OK. */
const ok = (...info: string[]): string => info.map((l) => `\r\n${l}\r\n`).join('') + '\r\nOK\r\n';
export const ERROR = '\r\nERROR\r\n';

type Answer = (state: SimState, profile: SimProfile) => string;

/** Default answers for commands no fixture is expecting; first match wins, unknown AT commands get OK. */
const ANSWERS: Array<[RegExp, Answer]> = [
  [/^ATE0$/i, (s) => ((s.echo = false), ok())],
  [/^AT\+CGMI$/i, (_s, p) => ok(p.manufacturer)],
  [/^AT\+CGMM$/i, (_s, p) => ok(p.model)],
  [/^AT\+CGMR$/i, () => ok('SIM-1.0')],
  [/^AT\+CGSN$/i, (s, p) => (p.gsm ? ok(s.imei) : ERROR)],
  [/^AT\+CPIN\?$/i, (_s, p) => (p.gsm ? ok('+CPIN: READY') : ERROR)],
  [/^AT\+CSQ$/i, (_s, p) => (p.gsm ? ok('+CSQ: 19,99') : ERROR)],
  [/^AT\+CREG\?$/i, (_s, p) => (p.gsm ? ok('+CREG: 2,1,"4CA","81DE445"') : ERROR)],
  [/^AT\+COPS\?$/i, (_s, p) => (p.gsm ? ok('+COPS: 0,0,"SimNet",7') : ERROR)],
  [/^AT\+CLCC$/i, (s) => ok(...(s.number ? [`+CLCC: 1,1,4,0,0,"${s.number}",129`] : []))],
  [/^AT\+CMGS=/i, () => '\r\n> '],
  [/^ATA$/i, (_s, p) => ok() + p.answered],
  [/^ATDT?[0-9*#+,]+;$/i, () => ok()],
  [/^AT(\+CHUP|H0?)$/i, (s) => ((s.number = ''), ok())],
  [/^AT/i, () => ok()],
];

/** The reply to one command line the driver wrote (echo included when echo is on). */
export function answer(command: string, state: SimState, profile: SimProfile): string {
  const echo = state.echo ? `${command}\r` : '';
  const rule = ANSWERS.find(([pattern]) => pattern.test(command));
  return echo + (rule ? rule[1](state, profile) : ERROR);
}

/** An SMS payload written after `> ` (it ended with Ctrl-Z): accepted with message reference 1. */
export const SMS_ACCEPTED = ok('+CMGS: 1');
