// Mirrors the engine's snapshots into the phone store. A call that ended is logged, kept as
// `lastEnded` so the agent sees why, and then released from the engine.
import type { EngineSnapshot } from '../telephony';
import { logEndedCall } from './call-log';
import { getEngine } from './page-engine';
import { fromCallView, type LineCall } from './line-call';
import { announceIncoming } from './notify';
import { usePhone } from './phone-store';

const recorded = new Set<string>();
const announced = new Set<string>();
const logged = new Set<string>();

function onSnapshot(snapshot: EngineSnapshot): void {
  const calls = snapshot.calls.map(fromCallView);
  const ended: LineCall[] = [];
  for (const call of calls) {
    if (call.recording) recorded.add(call.id);
    if (call.state === 'ringing' && !announced.has(call.id)) {
      announced.add(call.id);
      announceIncoming(call);
    }
    if (call.state === 'ended' && !logged.has(call.id)) {
      logged.add(call.id);
      ended.push(call);
    }
  }
  usePhone.setState({ accounts: snapshot.accounts, sipCalls: calls.filter((c) => c.state !== 'ended' && c.state !== 'wrap-up') });
  for (const call of ended) {
    usePhone.setState({ lastEnded: call });
    void logEndedCall(call, recorded.delete(call.id));
    announced.delete(call.id);
    // released on the next tick: finishCall publishes a snapshot, and we are inside one
    queueMicrotask(() => {
      try {
        getEngine().finishCall(call.id, 'done');
      } catch {
        // already released
      }
    });
  }
}

export function bindEngine(): () => void {
  return getEngine().subscribe(onSnapshot);
}
