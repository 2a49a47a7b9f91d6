// Asking a gateway whether it carries voice, and starting/stopping its audio per vendor (runtime-free).
// The audio bytes themselves (frames, pacing, DLE shielding) are common/voice's business, not this file's.
import type { Family } from './drivers/family';
import type { AtResponse } from './engine';
import { isSuccess, type FinalResult } from './final-codes';
import {
  chooseQuectelMode,
  chooseVsmCodec,
  fclassListsVoice,
  huaweiVoice,
  parseCvoice,
  parseVsmList,
  quectelModes,
  quectelState,
  unsupported,
  vsmCommand,
  type VoiceCapability,
  type VoiceReason,
} from './voice-capability';

/** What voice commands need from the session. `send` resolves undefined on a timeout or a lost port. */
export interface VoiceDeps {
  send: (command: string, timeoutMs?: number) => Promise<AtResponse | undefined>;
  /** Raw bytes to the port (the DLE sequences that end an FXO audio stream). */
  writeRaw: (data: string) => void;
  wait: (ms: number) => Promise<void>;
  /** Resolves true on the modem's <DLE><ETX> (end of its stream), false after ms. */
  streamEnd: (ms: number) => Promise<boolean>;
}

/** Which FXO audio stream is running: +VTR (both ways), +VRX (line -> app) or +VTX (app -> line). */
export type FxoStream = 'duplex' | 'receive' | 'transmit';

export interface VoiceStarted {
  duplex: 'full' | 'half';
  /** FXO only */
  stream?: FxoStream;
}

export class VoiceUnavailableError extends Error {
  constructor(readonly reason: VoiceReason) {
    super(`this line is signalling only (${reason})`);
  }
}

export class VoiceCommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: FinalResult | 'timeout',
  ) {
    super(`${command} failed: ${result === 'timeout' ? 'no answer' : JSON.stringify(result)}`);
  }
}

/** Huawei: MM gives ^DDSETEX 5 s. SIMCom: MM waits 100 ms before +CPCMREG=1 and gives it 3 s. */
export const DDSETEX_TIMEOUT_MS = 5_000;
export const CPCMREG_DELAY_MS = 100;
export const CPCMREG_TIMEOUT_MS = 3_000;
/** SIMCom accepts +CPCMREG=1 only once the call is up, after a variable delay: retry every 1 s, 5 times. */
export const CPCMREG_RETRY_MS = 1_000;
export const CPCMREG_TRIES = 5;
/** How long an FXO modem gets to close its stream with <DLE><ETX> after we end it. */
export const FXO_STREAM_END_MS = 1_000;

const DLE = '\x10';
const ETX = '\x03';
/** V.253: <DLE>^ leaves +VTR, <DLE>! aborts +VRX, <DLE><ETX> ends +VTX. */
const STREAM_END: Readonly<Record<FxoStream, string>> = { duplex: `${DLE}^`, receive: `${DLE}!`, transmit: `${DLE}${ETX}` };
const STREAM_START: Readonly<Record<FxoStream, string>> = { duplex: 'AT+VTR', receive: 'AT+VRX', transmit: 'AT+VTX' };

const ok = (r: AtResponse | undefined): r is AtResponse => r !== undefined && isSuccess(r.result);
const errorText = (r: AtResponse): string | undefined => {
  const result = r.result;
  if (result.kind === 'VENDOR_ERROR') return result.text;
  if (result.kind === 'CME' || result.kind === 'CMS') return `+${result.kind} ERROR: ${result.message ?? result.code ?? ''}`.trim();
  if (result.kind === 'CALL_END') return result.cause;
  return result.kind === 'ERROR' ? 'ERROR' : undefined;
};

/** Asks the family's voice question during initialise; every answer (even a timeout) gives a capability. */
export async function detectVoice(family: Family, deps: VoiceDeps): Promise<VoiceCapability> {
  switch (family) {
    case 'huawei':
      return detectHuawei(deps);
    case 'simcom':
      return detectSimcom(deps);
    case 'quectel':
      return detectQuectel(deps);
    case 'fxo':
      return detectFxo(deps);
    default:
      return unsupported('unknownFamily');
  }
}

/** `^CVOICE: 0,...` = on. ERROR/COMMAND NOT SUPPORT = firmware without voice. Mode 1: `^CVOICE=0` turns it on on some firmware. */
async function detectHuawei({ send }: VoiceDeps): Promise<VoiceCapability> {
  const first = await send('AT^CVOICE?');
  if (!first) return unsupported('noAnswer');
  if (!ok(first)) return unsupported('noVoiceFirmware', errorText(first));
  const cvoice = parseCvoice(first.lines);
  if (!cvoice) return unsupported('unreadableAnswer', first.lines.join(' | ') || 'no ^CVOICE line');
  if (cvoice.mode === 0) return huaweiVoice(cvoice, false);
  await send('AT^CVOICE=0');
  const again = await send('AT^CVOICE?');
  const after = ok(again) ? parseCvoice(again.lines) : undefined;
  if (after?.mode === 0) return huaweiVoice(after, true);
  return unsupported('noVoiceFirmware', `^CVOICE mode ${after?.mode ?? cvoice.mode}`);
}

/** `+CPCMREG=?` OK = USB audio (MM). 8 kHz where `+CPCMFRM` exists (MM would switch to 16 kHz by itself). */
async function detectSimcom({ send }: VoiceDeps): Promise<VoiceCapability> {
  const test = await send('AT+CPCMREG=?');
  if (!test) return unsupported('noAnswer');
  if (!ok(test)) return unsupported('commandRefused', errorText(test));
  let rateHz = 8000;
  if (ok(await send('AT+CPCMFRM=?')) && !ok(await send('AT+CPCMFRM=0'))) {
    const current = await send('AT+CPCMFRM?');
    if (ok(current) && current.lines.some((l) => /\+CPCMFRM:\s*1\b/i.test(l))) rateHz = 16000;
  }
  // a stream left on by a previous run (RoEdAl's init does the same)
  await send('AT+CPCMREG=0');
  return { supported: true, format: { codec: 'slin16', rateHz }, transport: 'audioPort' };
}

/** `+QPCMV=?` lists the modes; `+QPCMV?` the current one (kept: switching TTY <-> UAC needs a reboot). */
async function detectQuectel({ send }: VoiceDeps): Promise<VoiceCapability> {
  const test = await send('AT+QPCMV=?');
  if (!test) return unsupported('noAnswer');
  if (!ok(test)) return unsupported('commandRefused', errorText(test));
  const offered = quectelModes(test.lines);
  const current = await send('AT+QPCMV?');
  const mode = chooseQuectelMode(offered, ok(current) ? quectelState(current.lines) : undefined);
  if (mode === undefined) return unsupported('noUsableMode', `modes ${offered?.join(',') ?? '?'}`);
  return { supported: true, format: { codec: 'slin16', rateHz: 8000 }, transport: mode === 2 ? 'usbSoundCard' : 'audioPort', mode };
}

/**
 * `+FCLASS=?` must list 8; the V.253 commands answer only in class 8, so the modem is put there to read `+VSM=?`
 * and `+VTR=?`, then back to class 0. `+VTR=?` refused does not mean no duplex (a CX93001 refuses it yet does +VTR).
 */
async function detectFxo({ send }: VoiceDeps): Promise<VoiceCapability> {
  const classes = await send('AT+FCLASS=?');
  if (!classes) return unsupported('noAnswer');
  if (!ok(classes)) return unsupported('noVoiceClass', errorText(classes));
  if (!fclassListsVoice(classes.lines)) return unsupported('noVoiceClass', `classes ${classes.lines.join(' ')}`.trim());
  try {
    const voiceClass = await send('AT+FCLASS=8');
    if (!voiceClass) return unsupported('noAnswer');
    if (!ok(voiceClass)) return unsupported('noVoiceClass', errorText(voiceClass));
    const codecs = await send('AT+VSM=?');
    if (!codecs) return unsupported('noAnswer');
    if (!ok(codecs)) return unsupported('commandRefused', errorText(codecs));
    const entries = parseVsmList(codecs.lines);
    if (!entries.length) return unsupported('unreadableAnswer', codecs.lines.join(' | ') || 'no +VSM codec line');
    const format = chooseVsmCodec(entries);
    if (!format) return unsupported('noVoiceCodec', entries.map((e) => `${e.id} ${e.name}`).join(', '));
    const duplex = ok(await send('AT+VTR=?'));
    return { supported: true, format, transport: 'inBand', ...(duplex ? { duplex: 'full' as const } : {}) };
  } finally {
    await send('AT+FCLASS=0');
  }
}

async function must(deps: VoiceDeps, command: string, timeoutMs?: number): Promise<AtResponse> {
  const response = await deps.send(command, timeoutMs);
  if (!response) throw new VoiceCommandError(command, 'timeout');
  if (!isSuccess(response.result)) throw new VoiceCommandError(command, response.result);
  return response;
}

/**
 * FXO only, before ATD (or instead of ATA, to pick up a ringing line): voice class, codec, off-hook.
 * GSM families need nothing before the call.
 */
export async function prepareVoice(family: Family, voice: VoiceCapability, deps: VoiceDeps): Promise<void> {
  if (!voice.supported) throw new VoiceUnavailableError(voice.reason);
  if (family !== 'fxo') return;
  await must(deps, 'AT+FCLASS=8');
  await must(deps, vsmCommand(voice.format));
  await must(deps, 'AT+VLS=1');
}

/**
 * Once the call is connected: Huawei `^DDSETEX=2` (every call), SIMCom `+CPCMREG=1` (after 100 ms, retried while
 * the module still refuses it), Quectel `+QPCMV=1,<mode>`, FXO `+VTR` (CONNECT) or, where refused, `+VRX`/`+VTX`.
 */
export async function startVoice(family: Family, voice: VoiceCapability, deps: VoiceDeps, halfDuplex: 'receive' | 'transmit' = 'receive'): Promise<VoiceStarted> {
  if (!voice.supported) throw new VoiceUnavailableError(voice.reason);
  switch (family) {
    case 'huawei':
      await must(deps, 'AT^DDSETEX=2', DDSETEX_TIMEOUT_MS);
      return { duplex: 'full' };
    case 'simcom':
      await deps.wait(CPCMREG_DELAY_MS);
      for (let attempt = 1; ; attempt++) {
        try {
          await must(deps, 'AT+CPCMREG=1', CPCMREG_TIMEOUT_MS);
          return { duplex: 'full' };
        } catch (error) {
          if (attempt >= CPCMREG_TRIES) throw error;
          await deps.wait(CPCMREG_RETRY_MS);
        }
      }
    case 'quectel':
      await must(deps, `AT+QPCMV=1,${voice.mode ?? 0}`);
      return { duplex: 'full' };
    case 'fxo': {
      if (voice.duplex !== 'half') {
        const duplex = await deps.send(STREAM_START.duplex);
        if (ok(duplex)) return { duplex: 'full', stream: 'duplex' };
        if (!duplex) throw new VoiceCommandError(STREAM_START.duplex, 'timeout');
      }
      await must(deps, STREAM_START[halfDuplex]);
      return { duplex: 'half', stream: halfDuplex };
    }
    default:
      throw new VoiceUnavailableError('unknownFamily');
  }
}

/**
 * When the call ends: SIMCom `+CPCMREG=0`, Quectel `+QPCMV=0`, Huawei nothing (chan_dongle sends none), FXO the DLE
 * sequence that ends the running stream, its <DLE><ETX>, then on-hook and back to data class.
 */
export async function stopVoice(family: Family, deps: VoiceDeps, stream?: FxoStream): Promise<void> {
  switch (family) {
    case 'simcom':
      await must(deps, 'AT+CPCMREG=0');
      return;
    case 'quectel':
      await must(deps, 'AT+QPCMV=0');
      return;
    case 'fxo':
      if (stream) {
        const ended = deps.streamEnd(FXO_STREAM_END_MS);
        deps.writeRaw(STREAM_END[stream]);
        await ended;
      }
      await must(deps, 'AT+VLS=0');
      await deps.send('AT+FCLASS=0');
      return;
    default:
      return;
  }
}
