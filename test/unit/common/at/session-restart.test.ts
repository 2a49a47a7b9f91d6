import { describe, expect, it } from 'vitest';
import type { Family } from '../../../../common/at/drivers/family';
import { RESTART_SETTLE_MS } from '../../../../common/at/restart-debounce';
import { SIM_BUSY_PAUSE_MS, SIM_BUSY_TRIES } from '../../../../common/at/session';
import { sessionRig } from './session-rig';

const HUAWEI_BOOT = '\r\n^BOOT:20952548,0,0,0,72\r\n';
const isInitStart = (commands: string[]) => commands.slice(0, 3).join(' ') === 'AT ATE0 AT+CGMI';

/** Lets the fake modem answer a whole initialisation (each step needs a microtask round). */
async function runUntilQuiet(rig: ReturnType<typeof sessionRig>): Promise<void> {
  for (let i = 0; i < 40; i++) await rig.settle();
}

describe('module reboot: the line is initialised again in place', () => {
  it.each<[string, Family, string]>([
    ['Quectel/SIMCom RDY', 'quectel', '\r\nRDY\r\n'],
    ['+CFUN: 1 unasked', 'simcom', '\r\n+CFUN: 1\r\n'],
    ['+CPIN: READY unasked', 'generic', '\r\n+CPIN: READY\r\n'],
    ['Huawei ^SYSSTART', 'huawei', '\r\n^SYSSTART\r\n'],
  ])('%s', async (_name, family, boot) => {
    const rig = sessionRig(family);
    rig.feed(boot);
    rig.clock.advance(RESTART_SETTLE_MS);
    await runUntilQuiet(rig);
    expect(isInitStart(rig.commands())).toBe(true);
    expect(rig.commands()).toContain('AT+CNMI=2,1,0,2,0');
    expect(rig.restarts.map((r) => r.reason)).toEqual([boot.trim()]);
    await expect(rig.restarts[0]?.reinitialised).resolves.toMatchObject({ family });
  });

  it('a boot burst (RDY, +CFUN: 1, +CPIN: READY, SMS DONE) re-initialises once, after it settles', async () => {
    const rig = sessionRig('simcom');
    for (const line of ['RDY', '+CFUN: 1', '+CPIN: READY', 'SMS DONE', 'PB DONE']) {
      rig.feed(`\r\n${line}\r\n`);
      rig.clock.advance(400);
    }
    expect(rig.commands()).toEqual([]);
    rig.clock.advance(RESTART_SETTLE_MS);
    await runUntilQuiet(rig);
    expect(rig.restarts).toHaveLength(1);
    expect(rig.commands().filter((c) => c === 'ATE0')).toHaveLength(1);
  });

  it('calls in progress end with cause "module restarted"', async () => {
    const rig = sessionRig('generic');
    rig.feed('\r\nRING\r\n\r\n+CLIP: "+4915123456",145\r\n');
    await rig.session.answer();
    rig.feed('\r\nRDY\r\n');
    rig.clock.advance(RESTART_SETTLE_MS);
    expect(rig.events).toContainEqual(expect.objectContaining({ type: 'hangup', cause: 'module restarted', answered: true, number: '+4915123456' }));
  });

  it('+CPIN: READY as the answer to AT+CPIN? is not a reboot', async () => {
    const rig = sessionRig('generic', [[/^AT\+CPIN\?/, '\r\n+CPIN: READY\r\n\r\nOK\r\n']]);
    await rig.session.probe();
    rig.clock.advance(RESTART_SETTLE_MS * 2);
    await runUntilQuiet(rig);
    expect(rig.restarts).toEqual([]);
  });
});

describe('Huawei ^BOOT: keep-alive or reboot, told apart by the echo of one AT', () => {
  it('periodic ^BOOT with echo still off is a keep-alive: nothing is re-initialised', async () => {
    const rig = sessionRig('huawei', [[/^AT\r$/, '\r\nOK\r\n']]);
    for (let i = 0; i < 3; i++) {
      rig.feed(HUAWEI_BOOT);
      await rig.settle();
      rig.clock.advance(RESTART_SETTLE_MS * 2);
    }
    await runUntilQuiet(rig);
    expect(rig.commands()).toEqual(['AT', 'AT', 'AT']);
    expect(rig.restarts).toEqual([]);
  });

  it('^BOOT followed by an echoed AT is a reboot: the line is initialised again', async () => {
    const rig = sessionRig('huawei', [[/^AT\r$/, 'AT\r\r\nOK\r\n']]);
    rig.feed(HUAWEI_BOOT);
    await rig.settle();
    rig.clock.advance(RESTART_SETTLE_MS);
    await runUntilQuiet(rig);
    expect(rig.restarts.map((r) => r.reason)).toEqual(['^BOOT (echo back on)']);
    expect(isInitStart(rig.commands().slice(1))).toBe(true);
    expect(rig.commands()).toContain('AT^CURC=0');
  });
});

describe('a SIM still reading its files answers "SIM busy": asked again after a pause, never taken for no SIM', () => {
  it('retries AT+CPIN? every 2 s until READY, and the probe ends with the SIM ready', async () => {
    let busy = 2;
    const rig = sessionRig('generic', [[/^AT\+CPIN\?/, () => (busy-- > 0 ? '\r\n+CME ERROR: 14\r\n' : '\r\n+CPIN: READY\r\n\r\nOK\r\n')]]);
    const probed = rig.session.probe();
    for (let i = 0; i < 3; i++) {
      await runUntilQuiet(rig);
      rig.clock.advance(SIM_BUSY_PAUSE_MS);
    }
    await probed;
    expect(rig.commands().filter((c) => c === 'AT+CPIN?')).toHaveLength(3);
    const statuses = rig.events.filter((e) => e.type === 'simStatus').map((e) => (e.type === 'simStatus' ? e.status : ''));
    expect(statuses.at(-1)).toBe('READY');
    expect(statuses).not.toContain('SIM NOT INSERTED');
  });

  it('gives up after the last try and leaves the SIM reported busy (not absent)', async () => {
    const rig = sessionRig('generic', [[/^AT\+CPIN\?/, '\r\n+CME ERROR: 14\r\n']]);
    const probed = rig.session.probe();
    for (let i = 0; i < SIM_BUSY_TRIES + 1; i++) {
      await runUntilQuiet(rig);
      rig.clock.advance(SIM_BUSY_PAUSE_MS);
    }
    await probed;
    expect(rig.commands().filter((c) => c === 'AT+CPIN?')).toHaveLength(SIM_BUSY_TRIES);
    expect(rig.events.filter((e) => e.type === 'simStatus').map((e) => (e.type === 'simStatus' ? e.status : ''))).toEqual(Array(SIM_BUSY_TRIES).fill('SIM BUSY'));
  });
});
