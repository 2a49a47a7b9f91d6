// Talks to a running harness the way its page does (WebSocket /ipc with the run's token), so a spec
// can set settings and secrets without clicking through screens another engineer owns.
import WebSocket from 'ws';

export class HarnessIpc {
  private nextId = 1;

  private constructor(private readonly ws: WebSocket) {}

  static open(port: number, token: string): Promise<HarnessIpc> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ipc`, [`dialdeck-token.${token}`], { origin: `http://127.0.0.1:${port}` });
      ws.once('open', () => resolve(new HarnessIpc(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`harness ${port}: HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  /** Invokes `channel`; throws with main's error when the result is not ok. */
  call<T = unknown>(channel: string, payload: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: { ok: boolean; value?: T; error?: { code: string; message: string } } };
        if (message.id !== id) return;
        this.ws.off('message', onMessage);
        if (message.result?.ok) resolve(message.result.value as T);
        else reject(new Error(`${channel}: ${message.result?.error?.code} ${message.result?.error?.message}`));
      };
      this.ws.on('message', onMessage);
      this.ws.send(JSON.stringify({ id, channel, payload }));
    });
  }

  close(): void {
    this.ws.close();
  }
}

/** Gives the harness SIP accounts ([id, user] pairs) on the loopback Kamailio (no auth there: any password works). */
export async function useSipAccounts(ipc: HarnessIpc, accounts: ReadonlyArray<readonly [id: string, user: string]>): Promise<void> {
  for (const [id, user] of accounts) await ipc.call('secrets:set', { key: `sip:${id}`, value: `pw-${user}` });
  await ipc.call('settings:update', {
    // these desks are set up already: the first-run wizard stays out of the way
    ui: { setupCompleted: true },
    sip: { accounts: accounts.map(([id, user]) => ({ id, server: 'ws://127.0.0.1:8088', user, domain: '127.0.0.1', displayName: `Agent ${user}` })) },
  });
}

export async function clearSipAccounts(ipc: HarnessIpc): Promise<void> {
  await ipc.call('settings:update', { sip: { accounts: [] } });
}

export async function setLanguage(ipc: HarnessIpc, language: 'zh-CN' | 'en'): Promise<void> {
  await ipc.call('settings:update', { ui: { language } });
}
