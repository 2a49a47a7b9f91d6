// The no-answer timeout of a placed gateway call (a SIP call's runs in the engine itself): counted from the first sign the far end is alerting (the
// 'early' state: 180/183 or a gateway's ALERTING), not from the dial, so slow call setup does not eat
// the callee's time to answer (common/outcome/no-answer-timeout.ts). When it runs out the call is hung
// up and marked, so its outcome is noAnswer with source 'timeout'.
import { noAnswerDeadline, NoAnswerTimeoutSeconds } from '../../../common/outcome';
import { hangup, type DialledCall } from './call-actions';
import { markTimedOut } from './call-context';
import type { LineCall } from './line-call';
import { allCalls, usePhone } from './phone-store';

const find = (dialled: DialledCall): LineCall | undefined => allCalls(usePhone.getState()).find((c) => c.key === dialled.key && c.createdAt >= dialled.since);

export function watchNoAnswer(dialled: DialledCall, seconds: number): void {
  const valid = NoAnswerTimeoutSeconds.safeParse(seconds);
  if (!valid.success) {
    console.warn(`placeCall: no-answer timeout ${seconds}s ignored (5 to 180 seconds)`);
    return;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seen = false;
  const check = () => {
    const call = find(dialled);
    if (call === undefined) {
      // gone (ended and logged) once it had appeared; not yet there right after the dial
      if (seen) stop();
      return;
    }
    seen = true;
    if (call.answeredAt !== undefined || call.state === 'connected' || call.state === 'ended') return stop();
    if (call.state === 'early' && timer === undefined) {
      timer = setTimeout(() => {
        const current = find(dialled);
        if (!current || current.answeredAt !== undefined || current.state === 'connected') return stop();
        markTimedOut(current);
        void hangup(current);
        stop();
      }, Math.max(0, noAnswerDeadline(Date.now(), valid.data) - Date.now()));
    }
  };
  const unsubscribe = usePhone.subscribe(check);
  function stop(): void {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  }
  check();
}
