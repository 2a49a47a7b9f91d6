// Writes every finished call to the CRM's call log, with its recording saved first when there is one.
// A call placed through placeCall is logged through dialer:logCall with its subject, so main writes the
// customer's real number (a masked or privacy call's page never has it) with contact, campaign and
// binding; then onCallFinished listeners hear about it. Failures are reported to the agent but never
// block the next call.
import { toCrmOutcome, type DialOutcome, type NotPlacedReason } from '../../../common/outcome';
import { getBridge, unwrap } from '../platform/page-bridge';
import { claimPlaced, type PlacedCall } from './call-context';
import { takeRecording } from './page-engine';
import type { LineCall } from './line-call';
import { automaticOutcomeOf } from './outcome';
import { emitCallFinished, type FinishedCall } from './finished-calls';
import { problemFrom } from './problem';
import { saveRecording } from './recording-upload';
import { showProblem } from './phone-store';

/**
 * The outcome and where it came from (outcome.ts: the engine's own evidence for SIP calls, the modem's
 * cause for gateway calls). A gateway call our no-answer timer hung up is noAnswer by timeout.
 */
export function finishedOutcome(call: LineCall, placed: PlacedCall | undefined): { outcome: DialOutcome; source: FinishedCall['outcomeSource']; notPlaced?: NotPlacedReason } {
  if (placed?.timedOut && call.answeredAt === undefined) return { outcome: 'noAnswer', source: 'timeout' };
  return automaticOutcomeOf(call);
}

/** `wasRecorded`: the call had a recorder running at some point, so a blob is on its way. */
export async function logEndedCall(call: LineCall, wasRecorded: boolean): Promise<void> {
  const placed = claimPlaced(call);
  const { outcome, source, notPlaced } = finishedOutcome(call, placed);
  const endedAt = Math.floor(call.endedAt ?? Date.now());
  let callLogId: number | null = null;
  try {
    let recordingPath: string | null = null;
    if (wasRecorded && call.via === 'sip') {
      const blob = await takeRecording(call.id);
      if (blob && blob.size > 0) recordingPath = await saveRecording(blob, call.lineId, call.id, call.createdAt);
    }
    const row = {
      line: call.via === 'sip' ? `sip:${call.lineId}` : call.lineId,
      direction: call.direction,
      startedAt: Math.floor(call.createdAt),
      answeredAt: call.answeredAt === undefined ? null : Math.floor(call.answeredAt),
      endedAt,
      outcome: toCrmOutcome(outcome),
      recordingPath,
    };
    const { api } = getBridge();
    const written = placed
      ? await unwrap(
          api.dialer.logCall({
            ...row,
            subject: placed.subject,
            dialled: placed.dialled.slice(0, 64),
            contactId: placed.context.contactId ?? null,
            campaignId: placed.context.campaignId ?? null,
            privacyBindingId: placed.binding?.bindingId ?? null,
          }),
        )
      : await unwrap(api.crm.logCall({ ...row, number: call.number }));
    callLogId = written.id;
  } catch (error) {
    showProblem(problemFrom(error, 'call.hintLogFailed'));
  }
  if (!placed) return;
  emitCallFinished({
    callId: call.key,
    callLogId,
    subject: placed.subject,
    context: placed.context,
    outcome,
    outcomeSource: source,
    ...(notPlaced ? { notPlaced } : {}),
    startedAt: Math.floor(call.createdAt),
    answeredAt: call.answeredAt === undefined ? null : Math.floor(call.answeredAt),
    endedAt,
    privacyBindingId: placed.binding?.bindingId ?? null,
  });
}
