// Main's single entry for renderer calls, shared by Electron's ipcMain and the harness's WebSocket.
// Order matters: unknown channel → untrusted sender → invalid payload → handler. The handler's answer
// is validated too, so main can never leak a shape the contract does not promise.
import { invokeChannels, isInvokeChannel, type InvokeChannel, type ParsedReq, type Res } from '../../../common/ipc/contract';
import { DomainError, fail, ok, toIpcIssue, type IpcResult } from '../../../common/ipc/result';
import { issueLines } from '../../../common/validation/issue-text';
import { checkSender, type SenderInfo } from '../../../common/security/sender-policy';
import type { TrustedOrigin } from '../../../common/security/trusted-origin';
import type { Logger } from '../logging/logger';

export type Handlers = { [C in InvokeChannel]: (req: ParsedReq<C>) => Promise<Res<C>> | Res<C> };

export interface Router {
  readonly channels: readonly InvokeChannel[];
  dispatch(channel: string, payload: unknown, sender: SenderInfo): Promise<IpcResult<unknown>>;
}

export function createRouter(handlers: Handlers, origin: TrustedOrigin, log: Logger): Router {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  return {
    channels,
    async dispatch(channel, payload, sender) {
      if (!isInvokeChannel(channel)) {
        log.warn('ipc: unknown channel', { channel: String(channel).slice(0, 64) });
        return fail('UNKNOWN_CHANNEL', `unknown channel ${String(channel).slice(0, 64)}`);
      }
      const verdict = checkSender(sender, origin);
      if (!verdict.trusted) {
        log.warn('ipc: sender refused', { channel, reason: verdict.reason });
        return fail('INVALID_SENDER', `sender refused: ${verdict.reason}`);
      }
      const spec = invokeChannels[channel];
      const parsed = spec.req.safeParse(payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 20).map(toIpcIssue);
        const first = issueLines(issues.slice(0, 1), 'en', (path) => (path.length ? path.join('.') : 'payload'))[0];
        log.warn('ipc: invalid payload', { channel, issues: parsed.error.issues.length });
        return fail('INVALID_INPUT', first ?? 'invalid', issues);
      }
      try {
        const handler = handlers[channel] as (req: unknown) => unknown;
        const value = spec.res.parse(await handler(parsed.data));
        return ok(value);
      } catch (error) {
        if (error instanceof DomainError) return fail(error.code, error.message, undefined, error.reason);
        log.error('ipc: handler failed', { channel, error: error instanceof Error ? error.message : String(error) });
        return fail('INTERNAL', 'internal error (see the log)');
      }
    },
  };
}
