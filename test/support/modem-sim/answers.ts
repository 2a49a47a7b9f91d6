import type { SimProfile } from './profiles';

/** What the simulated modem knows about its own state while answering. */
export interface SimState {
  imei: string;
  echo: boolean;
  /** Number of the call ringing or up, '' when idle. */
  number: string;
  /** false: firmware without voice (Huawei COMMAND NOT SUPPORT, SIMCom/Quectel ERROR, FXO without class 8). */
  voice: boolean;
}

/** Replies are whole byte strings; `info` lines each get V.250 framing and a final OK. */
const ok = (...info: string[]): string => info.map((l) => `\r\n${l}\r\n`).join('') + '\r\nOK\r\n';
export const ERROR = '\r\nERROR\r\n';
const NOT_SUPPORTED = '\r\nCOMMAND NOT SUPPORT\r\n';

/** A U.S. Robotics 5637's +VSM=? list (USR softmodem command reference). */
const USR_VSM = ['1,"UNSIGNED PCM",8,0,(7200,8000),(0),(0)', '128,"8-BIT LINEAR",8,0,(7200,8000),(0),(0)', '129,"ADPCM",4,0,(7200,8000),(0),(0)', '131,"ULAW",8,0,(7200,8000),(0),(0)', '132,"ALAW",8,0,(7200,8000),(0),(0)', '133,"LINEAR",16,0,(7200,8000),(0),(0)'];

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
  // voice, per family (state.voice false = firmware without it)
  [/^AT\^CVOICE\?$/i, (s) => (s.voice ? ok('^CVOICE: 0,8000,16,20') : NOT_SUPPORTED)],
  [/^AT\^(CVOICE=|DDSETEX=)/i, (s) => (s.voice ? ok() : NOT_SUPPORTED)],
  [/^AT\+CPCMREG=\?$/i, (s) => (s.voice ? ok('+CPCMREG: (0,1)') : ERROR)],
  [/^AT\+CPCMFRM=\?$/i, (s) => (s.voice ? ok('+CPCMFRM: (0,1)') : ERROR)],
  [/^AT\+CPCM/i, (s) => (s.voice ? ok() : ERROR)],
  [/^AT\+QPCMV=\?$/i, (s) => (s.voice ? ok('+QPCMV: (0,1),(0-2)') : ERROR)],
  [/^AT\+QPCMV\?$/i, (s) => (s.voice ? ok('+QPCMV: 0,0') : ERROR)],
  [/^AT\+QPCMV=/i, (s) => (s.voice ? ok() : ERROR)],
  [/^AT\+FCLASS=\?$/i, (s) => ok(s.voice ? '0,1,2.0,8' : '0,1,2.0')],
  [/^AT\+FCLASS=8$/i, (s) => (s.voice ? ok() : ERROR)],
  [/^AT\+VSM=\?$/i, (s) => (s.voice ? ok(...USR_VSM) : ERROR)],
  [/^AT\+V(TR|RX|TX)$/i, (s) => (s.voice ? '\r\nCONNECT\r\n' : ERROR)],
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
