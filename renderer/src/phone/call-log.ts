// Writes every finished call to the CRM's call log (crm:logCall), with its recording saved first when
// there is one. Failures are reported to the agent but never block the next call.
import { getBridge, unwrap } from '../platform/bridge';
import { takeRecording } from './engine';
import type { LineCall } from './line-call';
import { outcomeOf } from './outcome';
import { problemFrom } from './problem';
import { saveRecording } from './recording-upload';
import { showProblem } from './store';

/** `wasRecorded`: the call had a recorder running at some point, so a blob is on its way. */
export async function logEndedCall(call: LineCall, wasRecorded: boolean): Promise<void> {
  try {
    let recordingPath: string | null = null;
    if (wasRecorded && call.via === 'sip') {
      const blob = await takeRecording(call.id);
      if (blob && blob.size > 0) recordingPath = await saveRecording(blob, call.lineId, call.id, call.createdAt);
    }
    await unwrap(
      getBridge().api.crm.logCall({
        line: call.via === 'sip' ? `sip:${call.lineId}` : call.lineId,
        direction: call.direction,
        number: call.number,
        startedAt: Math.floor(call.createdAt),
        answeredAt: call.answeredAt === undefined ? null : Math.floor(call.answeredAt),
        endedAt: Math.floor(call.endedAt ?? Date.now()),
        outcome: outcomeOf(call),
        recordingPath,
      }),
    );
  } catch (error) {
    showProblem(problemFrom(error, 'call.hintLogFailed'));
  }
}
