import { VirtualClock } from '../../../../common/at/at-clock';
import type { Family } from '../../../../common/at/drivers/family';
import type { GatewayEvent } from '../../../../common/at/events';
import { GatewaySession } from '../../../../common/at/session';

/** How the fake modem answers one write: bytes to send back, or a function of what was written. */
export type FakeReply = string | ((written: string) => string);

const OK = '\r\nOK\r\n';
const CTRL_Z = '\x1a';

/** A rule matches a command line by pattern, or 'payload' matches any SMS payload (written after `> `). */
export type FakeRule = [RegExp | 'payload', FakeReply];

const matches = (pattern: RegExp | 'payload', data: string): boolean =>
  pattern === 'payload' ? data.endsWith(CTRL_Z) : !data.endsWith(CTRL_Z) && pattern.test(data);

/**
 * A GatewaySession wired to a scripted fake modem on a virtual clock. Each write (a command line ending in
 * CR, or an SMS payload ending in Ctrl-Z) is answered by the first matching rule, OK by default, on a
 * microtask - as a port would, never re-entrantly.
 */
export function sessionRig(family: Family, rules: FakeRule[] = []) {
  const clock = new VirtualClock();
  const events: GatewayEvent[] = [];
  const writes: string[] = [];
  const restarts: Array<{ reason: string; reinitialised: Promise<unknown> }> = [];
  const session: GatewaySession = new GatewaySession({
    clock,
    family,
    emit: (event) => void events.push(event),
    onRestart: (reason, reinitialised) => void restarts.push({ reason, reinitialised }),
    write: (data) => {
      writes.push(data);
      const rule = rules.find(([pattern]) => matches(pattern, data));
      const reply = rule ? (typeof rule[1] === 'string' ? rule[1] : rule[1](data)) : OK;
      if (reply) queueMicrotask(() => session.feed(reply));
    },
  });
  return {
    clock,
    events,
    session,
    writes,
    restarts,
    /** Command lines written so far, without their CR (payloads excluded). */
    commands: () => writes.filter((w) => w.endsWith('\r')).map((w) => w.slice(0, -1)),
    /** SMS payloads written after `> `, without their Ctrl-Z. */
    payloads: () => writes.filter((w) => w.endsWith(CTRL_Z)).map((w) => w.slice(0, -1)),
    feed: (data: string) => session.feed(data),
    /** Lets every queued reply and promise continuation run. */
    settle: () => new Promise<void>((resolve) => setImmediate(resolve)),
  };
}
