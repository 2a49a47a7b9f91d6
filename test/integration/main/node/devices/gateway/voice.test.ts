// Issue 17 item 1 over real PTYs: each line says whether it carries voice; a module whose firmware has none is
// marked signalling only with the reason, and its voice is never started. Voice commands reach the modem in order.
import { describe, expect, it } from 'vitest';
import { socatMissing } from '../../../../../support/modem-sim/launch';
import { simulatedGateways, waitForEvent } from './harness';

const settled = (written: string[], command: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + 3_000;
    const check = (): void => {
      if (written.includes(command)) resolve();
      else if (Date.now() > deadline) reject(new Error(`${command} never written: ${written.join(', ')}`));
      else setTimeout(check, 20);
    };
    check();
  });

describe.skipIf(socatMissing !== null)('gateway lines with and without voice', () => {
  const gateway = simulatedGateways();

  it('a Huawei with voice firmware is a voice line; ^DDSETEX=2 starts its audio once the call is up', async () => {
    const { service, sim, line } = await gateway('huawei', '861234567890301');
    expect(line).toMatchObject({ kind: 'gsm', voice: 'voice' });
    expect(line.voiceReason).toBeUndefined();
    expect(sim.written).toContain('AT^CVOICE?');

    const answered = waitForEvent(service, 'answered');
    sim.send('ring +15551230000');
    await waitForEvent(service, 'incoming');
    await service.answer(line.id);
    await answered;
    await expect(service.startVoice(line.id)).resolves.toEqual({ duplex: 'full' });
    await settled(sim.written, 'AT^DDSETEX=2');
    expect(sim.written.slice(sim.written.indexOf('ATA'))).toEqual(['ATA', 'AT^DDSETEX=2']);
  });

  it('a Huawei answering COMMAND NOT SUPPORT is signalling only (noVoiceFirmware) and refuses to start voice', async () => {
    const { service, sim, line } = await gateway('huawei', '861234567890302', {}, { noVoice: true });
    expect(line).toMatchObject({ kind: 'gsm', state: 'online', voice: 'signallingOnly', voiceReason: 'noVoiceFirmware', voiceDetail: 'COMMAND NOT SUPPORT' });
    expect(service.lines()).toEqual([expect.objectContaining({ id: line.id, voice: 'signallingOnly' })]);
    const before = sim.written.length;
    await expect(service.startVoice(line.id)).rejects.toMatchObject({ reason: 'noVoiceFirmware' });
    expect(sim.written.slice(before)).toEqual([]);
  });

  it('SIMCom: +CPCMREG=1 when the call is up, =0 when it ends', async () => {
    const { service, sim, line } = await gateway('simcom', '861234567890303');
    expect(line).toMatchObject({ voice: 'voice' });
    await service.startVoice(line.id);
    await service.stopVoice(line.id);
    expect(sim.written.filter((c) => /^AT\+CPCMREG=[01]$/.test(c)).slice(-2)).toEqual(['AT+CPCMREG=1', 'AT+CPCMREG=0']);
  });

  it.each([
    ['an FXO voice modem', {}, { voice: 'voice' }],
    ['an FXO modem without class 8', { noVoice: true }, { voice: 'signallingOnly', voiceReason: 'noVoiceClass' }],
  ])('%s', async (_name, simOptions, expected) => {
    const { line } = await gateway('fxo', '', {}, simOptions);
    expect(line).toMatchObject({ kind: 'fxo', state: 'online', ...expected });
  });
});
