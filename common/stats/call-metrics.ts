// What one call adds to the board's metrics. The SQL in main/node/stats/stats-sql.ts and the hourly
// summary's triggers (CRM migration 8) sum exactly this; the functions below are the readable
// reference the integration tests hold both to.
import { emptyMetrics, outcomeKeyOf } from './build-board';
import { localHourOf, type OffsetPiece } from './stats-range';
import type { CampaignMetrics, HourMetrics, Metrics } from './stats-schemas';

export interface LoggedCall {
  direction: 'inbound' | 'outbound';
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  outcome: string | null;
  campaignId: string | null;
}

/** Talk time runs from answer to hang-up; a call missing either (or ending before it was answered) has none. */
export function talkMsOf(call: Pick<LoggedCall, 'answeredAt' | 'endedAt'>): number | null {
  const { answeredAt, endedAt } = call;
  return answeredAt !== null && endedAt !== null && endedAt >= answeredAt ? endedAt - answeredAt : null;
}

/** A call is a connect when it was dialled out and the customer answered. */
export const isConnect = (call: Pick<LoggedCall, 'direction' | 'outcome'>) => call.direction === 'outbound' && call.outcome === 'answered';

/** A dial that never reached the network (no line, server down, ATD refused) is counted apart: it is no
 * call for the board's calls, dials and connect rate. */
export const isPlaced = (call: Pick<LoggedCall, 'outcome'>) => call.outcome !== 'notPlaced';

export function addCall(m: Metrics, call: LoggedCall): void {
  if (!isPlaced(call)) {
    m.outcomes.notPlaced++;
    return;
  }
  m.calls++;
  if (call.direction === 'outbound') m.outbound++;
  else m.inbound++;
  if (isConnect(call)) m.connected++;
  const talk = talkMsOf(call);
  if (talk !== null) {
    m.talkMs += talk;
    m.talked++;
  }
  m.outcomes[outcomeKeyOf(call.outcome)]++;
}

function groupCalls<K, R extends Metrics>(calls: Iterable<LoggedCall>, keyOf: (c: LoggedCall) => K, make: (key: K) => R): R[] {
  const groups = new Map<K, R>();
  for (const call of calls) {
    const key = keyOf(call);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = make(key)));
    addCall(row, call);
  }
  return [...groups.values()];
}

export const hourMetricsFromCalls = (calls: Iterable<LoggedCall>, pieces: readonly OffsetPiece[]): HourMetrics[] =>
  groupCalls(calls, (c) => localHourOf(c.startedAt, pieces), (localHour) => ({ localHour, ...emptyMetrics() }));

export const campaignMetricsFromCalls = (calls: Iterable<LoggedCall>): CampaignMetrics[] =>
  groupCalls(calls, (c) => c.campaignId, (campaignId) => ({ campaignId, ...emptyMetrics() }));
