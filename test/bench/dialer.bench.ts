// Power dialing: the agent's idle gap between calls, end of wrap-up (disposition hotkey) → next INVITE
// leaving the page. The whole app: the harness (main services, CRM worker, real SQLite with a seeded
// list and power campaign), the built renderer in Chromium, the loopback Kamailio, and sipp "customers"
// (the callee farm: busy and no-such-number far ends, so every call ends by itself).
// Baseline, same run, same Kamailio and far ends: the phone engine alone, dial → INVITE sent (the floor
// any dialer on this engine pays), measured in the SIP lab's test page.
// Run inside a loopback-only namespace (npm run bench:dialer does):
//   unshare -n sh -c 'ip link set lo up && npx tsx test/bench/dialer.bench.ts'
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../main/node/store/open-database';
import { importContacts } from '../../main/node/crm/import/import-contacts';
import { saveCampaign } from '../../main/node/campaign/db/campaign-repo';
import { HarnessIpc, useSipAccounts } from '../e2e/support/harness-ipc';
import { calleeNumber, startCalleeFarm } from '../support/callees/callee-farm';
import { launchChromium } from '../support/sip/browser';
import { sipLabSkipReason } from '../support/sip/environment';
import { SipLab } from '../support/sip/sip-lab';

const CALLS = Number(process.env.DIALER_BENCH_CALLS ?? 20); // the farm has 10 busy and 10 unknown numbers
const PORT = 5191;
const TOKEN = 'bench-dialer-token';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? Number.NaN) * 10) / 10;
}

/** Far ends that end the call by themselves: 486 Busy, then 404 Not Found. */
function numbers(n: number): string[] {
  if (n < 2 || n > 20) throw new RangeError('DIALER_BENCH_CALLS must be 2–20 (the farm has 20 self-ending numbers)');
  return Array.from({ length: n }, (_, i) => calleeNumber(i < 10 ? 'busy' : 'unknown', i % 10));
}

/** Records INVITEs leaving the page's SIP WebSocket and digit keydowns, on the page's own clock. */
const RECORDER = `
  window.__invites = [];
  window.__keys = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === 'string' && data.startsWith('INVITE ')) window.__invites.push(performance.now());
    return send.call(this, data);
  };
  window.addEventListener('keydown', (e) => { if (/^[1-9]$/.test(e.key)) window.__keys.push(performance.now()); }, true);
`;

async function baselineEngineDial(lab: SipLab, targets: readonly string[]): Promise<number[]> {
  const agent = await lab.agent('bench-baseline', 440);
  await agent.page.evaluate(RECORDER);
  const gaps: number[] = [];
  for (const target of targets) {
    const { id, start } = await agent.page.evaluate(async (to) => {
      const start = performance.now();
      return { id: await window.lab.engine.call(to), start };
    }, target);
    await agent.waitForCall('ended', id, 15_000);
    const invites = await agent.page.evaluate(() => (window as unknown as { __invites: number[] }).__invites);
    gaps.push(invites.at(-1)! - start);
    await agent.page.evaluate(() => window.lab.snapshot().calls.forEach((c) => window.lab.engine.finishCall(c.id, 'done')));
  }
  return gaps;
}

/** A data folder with the list imported and a power campaign stored, before the harness opens it. */
async function seedDesk(dataDir: string, targets: readonly string[]): Promise<void> {
  const csv = join(dataDir, 'bench-list.csv');
  writeFileSync(csv, ['姓名,手机', ...targets.map((n, i) => `客户${i + 1},${n}`)].join('\n'));
  const db = openDatabase(join(dataDir, 'crm.sqlite'));
  try {
    await importContacts(db, { file: csv, listName: 'bench' });
    const listId = String(db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get('bench'));
    saveCampaign(db, {
      id: 'bench',
      name: 'bench',
      listIds: [listId],
      mode: 'power',
      wrapUpSeconds: 0, // wrap-up ends only by the hotkey: the gap starts when the agent presses it
      compliance: { callingHours: { windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }] } },
      dispositions: [{ code: 'RETRY', label: 'Retry', hotkey: 3, effect: 'retry' }],
      defaultDisposition: 'RETRY',
      line: { kind: 'sip' },
    });
  } finally {
    db.close();
  }
}

async function startHarness(dataDir: string): Promise<() => Promise<void>> {
  const child = spawn('node_modules/.bin/tsx', ['main/node/harness/cli.ts', '--port', String(PORT), '--data-dir', dataDir, '--gateways', 'off', '--connect', 'ws://127.0.0.1:8088'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DIALDECK_HARNESS_TOKEN: TOKEN, DIALDECK_LOCALE: 'en' },
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(4000)]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  };
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`http://127.0.0.1:${PORT}/index.html`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`harness did not start (run npm run build first):\n${output}`);
    }
    await sleep(250);
  }
  return stop;
}

async function powerDial(page: Page, calls: number): Promise<number[]> {
  const invites = () => page.evaluate(() => (window as unknown as { __invites: number[] }).__invites);
  const keys = () => page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
  await page.getByTestId('nav-campaigns').click();
  await page.getByTestId('campaign-start-bench').click();
  await page.getByTestId('agent-bar').waitFor();
  await page.keyboard.press('r');
  const gaps: number[] = [];
  for (let i = 0; i < calls; i++) {
    await page.getByTestId('wrap-up').waitFor({ timeout: 20_000 });
    await sleep(30); // an agent reads before pressing; keeps the measurement off the render of the panel
    await page.keyboard.press('3');
    if (i === calls - 1) break;
    await page.waitForFunction((n) => (window as unknown as { __invites: number[] }).__invites.length >= n, i + 2, { timeout: 20_000 });
    const [sent, pressed] = [await invites(), await keys()];
    gaps.push(sent[i + 1]! - pressed[i]!);
    await page.getByTestId('wrap-up').waitFor({ state: 'detached' }).catch(() => undefined);
  }
  return gaps;
}

async function main(): Promise<void> {
  const skip = sipLabSkipReason();
  if (skip !== undefined) {
    console.log(skip);
    return;
  }
  const targets = numbers(CALLS);
  const dataDir = mkdtempSync(join(tmpdir(), 'dialdeck-bench-dialer-'));
  const lab = await SipLab.start({ rtpengine: true });
  const farm = await startCalleeFarm();
  let stopHarness: (() => Promise<void>) | undefined;
  const browser = await launchChromium();
  try {
    const baseline = await baselineEngineDial(lab, targets);
    await seedDesk(dataDir, targets);
    stopHarness = await startHarness(dataDir);
    const ipc = await HarnessIpc.open(PORT, TOKEN);
    await useSipAccounts(ipc, [['bench-agent', '1009']]);
    const page = await (await browser.newContext({ permissions: ['microphone'] })).newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.addInitScript(RECORDER);
    await page.goto(`http://127.0.0.1:${PORT}/#token=${TOKEN}`);
    await page.getByTestId('status-account-bench-agent').filter({ hasText: 'registered' }).waitFor({ timeout: 20_000 });
    const gaps = await powerDial(page, CALLS);
    ipc.close();

    const gapP50 = percentile(gaps, 50);
    const baseP50 = percentile(baseline, 50);
    console.log(`baseline: phone engine alone, dial → INVITE sent: p50 ${baseP50} ms, p95 ${percentile(baseline, 95)} ms (${baseline.length} calls)`);
    console.log(
      `power dialing: end of wrap-up (hotkey) → next INVITE sent: p50 ${gapP50} ms, p95 ${percentile(gaps, 95)} ms, max ${percentile(gaps, 100)} ms ` +
        `(${gaps.length} gaps) = ${(gapP50 / baseP50).toFixed(1)}× baseline; target ≤ 1000 ms`,
    );
    console.log(JSON.stringify({ calls: CALLS, idleGapP50Ms: gapP50 }));
  } finally {
    await browser.close().catch(() => undefined);
    await stopHarness?.().catch(() => undefined);
    await farm.stop().catch(() => undefined);
    await lab.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
