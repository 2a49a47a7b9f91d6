// Issue 17 item 1: initialise asks each family whether it carries voice; a line without it is 'signalling only'
// with a reason. startVoice()/stopVoice() send each vendor's commands in order and report refusals.
import { describe, expect, it } from 'vitest';
import type { Family } from '../../../../common/at/drivers/family';
import { chooseVsmCodec, fclassListsVoice, listedValues, parseVsmList } from '../../../../common/at/voice-capability';
import { VoiceCommandError, VoiceUnavailableError } from '../../../../common/at/voice-control';
import { sessionRig, type FakeRule } from './session-rig';

const ok = (...lines: string[]): string => lines.map((l) => `\r\n${l}\r\n`).join('') + '\r\nOK\r\n';
const ERROR = '\r\nERROR\r\n';
const at = (command: string): RegExp => new RegExp(`^${command.replace(/[\^+?$()*]/g, '\\$&')}\r$`);

/** Runs a session call to its end, moving virtual time along for its waits. */
async function drive<T>(rig: ReturnType<typeof sessionRig>, work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  result.catch(() => undefined);
  for (let i = 0; i < 200 && !done; i++) {
    await rig.settle();
    if (!done) rig.clock.advance(100);
  }
  return result;
}

async function initialised(family: Family, rules: FakeRule[]) {
  const rig = sessionRig(family, rules);
  const info = await drive(rig, rig.session.initialise());
  return { rig, info, voiceCommands: rig.commands().filter((c) => /CVOICE|CPCM|QPCMV|FCLASS|\+V(SM|TR|LS|RX|TX)/.test(c)) };
}

const CX93001_VSM = [
  '0,"SIGNED PCM",8,0,(7200,8000,11025),(0),(0)',
  '1,"UNSIGNED PCM",8,0,(7200,8000,11025),(0),(0)',
  '129,"IMA ADPCM",4,0,(7200,8000,11025),(0),(0)',
  '130,"UNSIGNED PCM",8,0,(7200,8000,11025),(0),(0)',
  '131,"ULAW",8,0,(8000),(0),(0)',
  '132,"ALAW",8,0,(8000),(0),(0)',
  '133,"14 BIT PCM",16,0,(8000),(0),(0)',
];
const USR_VSM = ['1,"UNSIGNED PCM",8,0,(7200,8000),(0),(0)', '128,"8-BIT LINEAR",8,0,(7200,8000),(0),(0)', '129,"ADPCM",4,0,(7200,8000),(0),(0)', '131,"ULAW",8,0,(7200,8000),(0),(0)', '132,"ALAW",8,0,(7200,8000),(0),(0)', '133,"LINEAR",16,0,(7200,8000),(0),(0)'];

describe('voice detection during initialise, per family', () => {
  it.each<[string, Family, FakeRule[], object, string[]]>([
    ['Huawei with voice', 'huawei', [[at('AT^CVOICE?'), ok('^CVOICE: 0, 8000, 16, 20')]], { supported: true, format: { codec: 'slin16', rateHz: 8000, frameMs: 20 }, transport: 'audioPort' }, ['AT^CVOICE?']],
    ['Huawei answering ERROR', 'huawei', [[at('AT^CVOICE?'), ERROR]], { supported: false, reason: 'noVoiceFirmware', detail: 'ERROR' }, ['AT^CVOICE?']],
    ['Huawei answering COMMAND NOT SUPPORT', 'huawei', [[at('AT^CVOICE?'), '\r\nCOMMAND NOT SUPPORT\r\n']], { supported: false, reason: 'noVoiceFirmware', detail: 'COMMAND NOT SUPPORT' }, ['AT^CVOICE?']],
    ['Huawei with voice off that ^CVOICE=0 turns on', 'huawei', [[at('AT^CVOICE?'), (() => { let n = 0; return () => ok(`^CVOICE:${n++ === 0 ? 1 : 0},8000,16,20`); })()]], { supported: true, enabledByCvoice: true, format: { codec: 'slin16' } }, ['AT^CVOICE?', 'AT^CVOICE=0', 'AT^CVOICE?']],
    ['Huawei with voice off for good', 'huawei', [[at('AT^CVOICE?'), ok('^CVOICE:1,8000,16,20')], [at('AT^CVOICE=0'), ERROR]], { supported: false, reason: 'noVoiceFirmware', detail: '^CVOICE mode 1' }, ['AT^CVOICE?', 'AT^CVOICE=0', 'AT^CVOICE?']],
    ['Huawei with OK and no ^CVOICE line', 'huawei', [[at('AT^CVOICE?'), ok()]], { supported: false, reason: 'unreadableAnswer' }, ['AT^CVOICE?']],
    ['Huawei with a garbled ^CVOICE line', 'huawei', [[at('AT^CVOICE?'), ok('^CVOICE: x')]], { supported: false, reason: 'unreadableAnswer' }, ['AT^CVOICE?']],
    ['SIMCom with USB audio', 'simcom', [[at('AT+CPCMREG=?'), ok('+CPCMREG: (0,1)')]], { supported: true, format: { codec: 'slin16', rateHz: 8000 }, transport: 'audioPort' }, ['AT+CPCMREG=?', 'AT+CPCMFRM=?', 'AT+CPCMFRM=0', 'AT+CPCMREG=0']],
    ['SIMCom staying at 16 kHz', 'simcom', [[at('AT+CPCMFRM=0'), ERROR], [at('AT+CPCMFRM?'), ok('+CPCMFRM: 1')]], { supported: true, format: { rateHz: 16000 } }, ['AT+CPCMREG=?', 'AT+CPCMFRM=?', 'AT+CPCMFRM=0', 'AT+CPCMFRM?', 'AT+CPCMREG=0']],
    ['SIMCom without +CPCMFRM', 'simcom', [[at('AT+CPCMFRM=?'), ERROR]], { supported: true, format: { rateHz: 8000 } }, ['AT+CPCMREG=?', 'AT+CPCMFRM=?', 'AT+CPCMREG=0']],
    ['SIMCom refusing +CPCMREG=?', 'simcom', [[at('AT+CPCMREG=?'), '\r\n+CME ERROR: 4\r\n']], { supported: false, reason: 'commandRefused', detail: '+CME ERROR: 4' }, ['AT+CPCMREG=?']],
    ['Quectel idle: serial PCM chosen', 'quectel', [[at('AT+QPCMV=?'), ok('+QPCMV: (0,1),(0-2)')], [at('AT+QPCMV?'), ok('+QPCMV: 0,0')]], { supported: true, mode: 0, transport: 'audioPort', format: { codec: 'slin16', rateHz: 8000 } }, ['AT+QPCMV=?', 'AT+QPCMV?']],
    ['Quectel already in UAC mode keeps it', 'quectel', [[at('AT+QPCMV=?'), ok('+QPCMV: (0,1),(0-2)')], [at('AT+QPCMV?'), ok('+QPCMV: 1,2')]], { supported: true, mode: 2, transport: 'usbSoundCard' }, ['AT+QPCMV=?', 'AT+QPCMV?']],
    ['Quectel with bare OK (voice-capable, modes unknown)', 'quectel', [], { supported: true, mode: 0 }, ['AT+QPCMV=?', 'AT+QPCMV?']],
    ['Quectel offering only the debug UART', 'quectel', [[at('AT+QPCMV=?'), ok('+QPCMV: (0,1),(1)')]], { supported: false, reason: 'noUsableMode' }, ['AT+QPCMV=?', 'AT+QPCMV?']],
    ['Quectel firmware without +QPCMV', 'quectel', [[at('AT+QPCMV=?'), ERROR]], { supported: false, reason: 'commandRefused' }, ['AT+QPCMV=?']],
    ['a generic module', 'generic', [], { supported: false, reason: 'unknownFamily' }, []],
  ])('%s', async (_name, family, rules, voice, commands) => {
    const { info, voiceCommands } = await initialised(family, rules);
    expect(info.voice).toMatchObject(voice);
    expect(voiceCommands).toEqual(commands);
  });

  it.each<[string, FakeRule[], object, string[]]>([
    ['CX93001: µ-law chosen (its 14-bit PCM is not 16-bit linear), +VTR=? refused so duplex unknown', [[at('AT+FCLASS=?'), ok('0,1,1.0,2,8')], [at('AT+VSM=?'), ok(...CX93001_VSM)], [at('AT+VTR=?'), ERROR]], { supported: true, transport: 'inBand', format: { codec: 'ulaw', rateHz: 8000, vsmId: 131 } }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+VSM=?', 'AT+VTR=?', 'AT+FCLASS=0']],
    ['USR: 16-bit linear at 8 kHz, full duplex offered', [[at('AT+FCLASS=?'), ok('0,1,2.0,8')], [at('AT+VSM=?'), ok(...USR_VSM)]], { supported: true, duplex: 'full', format: { codec: 'slin16', rateHz: 8000, vsmId: 133 } }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+VSM=?', 'AT+VTR=?', 'AT+FCLASS=0']],
    ['Si2494 (+VSM: prefix, codes 4/5 named G.711)', [[at('AT+FCLASS=?'), ok('+FCLASS: (0-2,8)')], [at('AT+VSM=?'), ok('+VSM: 1,"UNSIGNED PCM",8,0,8000,0,0', '+VSM: 5,"G.711A",8,0,8000,0,0')]], { supported: true, format: { codec: 'alaw', vsmId: 5 } }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+VSM=?', 'AT+VTR=?', 'AT+FCLASS=0']],
    ['a data/fax modem without class 8', [[at('AT+FCLASS=?'), ok('0,1,2')]], { supported: false, reason: 'noVoiceClass' }, ['AT+FCLASS=?']],
    ['a modem refusing +FCLASS=?', [[at('AT+FCLASS=?'), ERROR]], { supported: false, reason: 'noVoiceClass', detail: 'ERROR' }, ['AT+FCLASS=?']],
    ['class 8 listed but refused', [[at('AT+FCLASS=?'), ok('0,8')], [at('AT+FCLASS=8'), ERROR]], { supported: false, reason: 'noVoiceClass' }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+FCLASS=0']],
    ['only ADPCM codecs', [[at('AT+FCLASS=?'), ok('0,8')], [at('AT+VSM=?'), ok('140,"2-BIT ADPCM",2,0,(8000),(0),(0)', '141,"4-BIT ADPCM",4,0,(8000),(0),(0)')]], { supported: false, reason: 'noVoiceCodec' }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+VSM=?', 'AT+FCLASS=0']],
    ['+VSM=? answered with nothing readable', [[at('AT+FCLASS=?'), ok('0,8')], [at('AT+VSM=?'), ok('??')]], { supported: false, reason: 'unreadableAnswer' }, ['AT+FCLASS=?', 'AT+FCLASS=8', 'AT+VSM=?', 'AT+FCLASS=0']],
  ])('FXO %s', async (_name, rules, voice, commands) => {
    const { info, voiceCommands } = await initialised('fxo', rules);
    expect(info.voice).toMatchObject(voice);
    expect(voiceCommands).toEqual(commands);
  });

  it('a question that times out says noAnswer and initialise still ends', async () => {
    const { info } = await initialised('huawei', [[at('AT^CVOICE?'), '']]);
    expect(info.voice).toEqual({ supported: false, reason: 'noAnswer' });
    expect(info.operator).toBeUndefined();
  });

  it('voice answers add no events beyond the commands own ok/error', async () => {
    const { rig } = await initialised('huawei', [[at('AT^CVOICE?'), ok('^CVOICE: 0,8000,16,20')]]);
    expect(rig.events.filter((e) => !['ok', 'error'].includes(e.type)).map((e) => e.type)).not.toContain('deviceInfo');
  });
});

describe('parsers', () => {
  it.each([
    ['0,1,1.0,2,8', true],
    ['(0-2,8)', true],
    ['0,1,2.0', false],
    ['0,1,80', false],
  ])('+FCLASS=? %s lists 8: %s', (line, expected) => expect(fclassListsVoice([line])).toBe(expected));

  it('expands ranges per group', () => expect(listedValues('(0,1),(0-2)')).toEqual([[0, 1], [0, 1, 2]]));

  it('prefers 8 kHz over a better codec at another rate only', () => {
    const entries = parseVsmList(['133,"LINEAR",16,0,(11025),(0),(0)', '131,"ULAW",8,0,(8000),(0),(0)']);
    expect(chooseVsmCodec(entries)).toEqual({ codec: 'ulaw', rateHz: 8000, vsmId: 131 });
  });

  it('falls back to 8-bit linear', () => {
    expect(chooseVsmCodec(parseVsmList(['128,"8-BIT LINEAR",8,0,(7200,8000),(0),(0)']))).toEqual({ codec: 'slin8', rateHz: 8000, vsmId: 128 });
  });
});

describe('startVoice / stopVoice per vendor', () => {
  async function ready(family: Family, rules: FakeRule[]) {
    const { rig } = await initialised(family, rules);
    const before = rig.commands().length;
    return { rig, since: () => rig.commands().slice(before) };
  }

  it('Huawei: ^DDSETEX=2 once connected, nothing to stop', async () => {
    const { rig, since } = await ready('huawei', [[at('AT^CVOICE?'), ok('^CVOICE: 0,8000,16,20')]]);
    await expect(drive(rig, rig.session.startVoice())).resolves.toEqual({ duplex: 'full' });
    await drive(rig, rig.session.stopVoice());
    expect(since()).toEqual(['AT^DDSETEX=2']);
  });

  it('Huawei: a refused ^DDSETEX is reported with its command', async () => {
    const { rig } = await ready('huawei', [[at('AT^CVOICE?'), ok('^CVOICE: 0,8000,16,20')], [at('AT^DDSETEX=2'), ERROR]]);
    const error = await drive(rig, rig.session.startVoice()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoiceCommandError);
    expect(error).toMatchObject({ command: 'AT^DDSETEX=2' });
  });

  it('a signalling-only line refuses to start voice and writes nothing', async () => {
    const { rig, since } = await ready('huawei', [[at('AT^CVOICE?'), '\r\nCOMMAND NOT SUPPORT\r\n']]);
    const error = await drive(rig, rig.session.startVoice()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoiceUnavailableError);
    expect(error).toMatchObject({ reason: 'noVoiceFirmware' });
    expect(since()).toEqual([]);
  });

  it('SIMCom: +CPCMREG=1 after 100 ms, retried each second while refused; =0 to stop', async () => {
    let refusals = 2;
    const { rig, since } = await ready('simcom', [[at('AT+CPCMREG=1'), () => (refusals-- > 0 ? ERROR : ok())]]);
    await drive(rig, rig.session.startVoice());
    await drive(rig, rig.session.stopVoice());
    expect(since()).toEqual(['AT+CPCMREG=1', 'AT+CPCMREG=1', 'AT+CPCMREG=1', 'AT+CPCMREG=0']);
  });

  it('SIMCom: gives up after 5 refusals', async () => {
    const { rig, since } = await ready('simcom', [[at('AT+CPCMREG=1'), ERROR]]);
    await expect(drive(rig, rig.session.startVoice())).rejects.toBeInstanceOf(VoiceCommandError);
    expect(since()).toEqual(Array(5).fill('AT+CPCMREG=1'));
  });

  it('Quectel: +QPCMV=1,<chosen mode>, =0 to stop; a refused stop is reported', async () => {
    const { rig, since } = await ready('quectel', [[at('AT+QPCMV?'), ok('+QPCMV: 1,2')], [at('AT+QPCMV=0'), ERROR]]);
    await drive(rig, rig.session.startVoice());
    await expect(drive(rig, rig.session.stopVoice())).rejects.toMatchObject({ command: 'AT+QPCMV=0' });
    expect(since()).toEqual(['AT+QPCMV=1,2', 'AT+QPCMV=0']);
  });

  const usr: FakeRule[] = [[at('AT+FCLASS=?'), ok('0,1,2.0,8')], [at('AT+VSM=?'), ok(...USR_VSM)]];

  it('FXO full duplex: class 8, codec, off-hook before the call; +VTR; <DLE>^ then on-hook', async () => {
    const { rig, since } = await ready('fxo', [...usr, [at('AT+VTR'), '\r\nCONNECT\r\n']]);
    await drive(rig, rig.session.prepareVoice());
    await expect(drive(rig, rig.session.startVoice())).resolves.toEqual({ duplex: 'full', stream: 'duplex' });
    const startedAt = rig.clock.now();
    const stopping = rig.session.stopVoice();
    await rig.settle();
    expect(rig.writes.at(-1)).toBe('\x10^');
    rig.feed('\x10\x03\r\nOK\r\n');
    await rig.settle();
    await rig.settle();
    await stopping; // on its <DLE><ETX>: no time passed
    expect(rig.clock.now() - startedAt).toBe(0);
    expect(since()).toEqual(['AT+FCLASS=8', 'AT+VSM=133,8000', 'AT+VLS=1', 'AT+VTR', 'AT+VLS=0', 'AT+FCLASS=0']);
  });

  it('FXO where +VTR is refused: half duplex with +VRX, ended by <DLE>!; the line remembers half duplex', async () => {
    const { rig, since } = await ready('fxo', [[at('AT+FCLASS=?'), ok('0,8')], [at('AT+VSM=?'), ok(...CX93001_VSM)], [at('AT+VTR'), ERROR], [at('AT+VTR=?'), ERROR], [at('AT+VRX'), '\r\nCONNECT\r\n']]);
    await drive(rig, rig.session.prepareVoice());
    await expect(drive(rig, rig.session.startVoice())).resolves.toEqual({ duplex: 'half', stream: 'receive' });
    expect(rig.session.info.voice).toMatchObject({ duplex: 'half' });
    await drive(rig, rig.session.stopVoice()); // no <DLE><ETX>: on-hook after the wait anyway
    expect(rig.writes).toContain('\x10!');
    expect(since()).toEqual(['AT+FCLASS=8', 'AT+VSM=131,8000', 'AT+VLS=1', 'AT+VTR', 'AT+VRX', 'AT+VLS=0', 'AT+FCLASS=0']);
  });

  it('GSM families need nothing before the call', async () => {
    const { rig, since } = await ready('simcom', []);
    await drive(rig, rig.session.prepareVoice());
    expect(since()).toEqual([]);
  });
});
