// Generated call-log rows for the stats tests and the 1M-row bench: deterministic (seeded), spread over
// a range, with every outcome, both directions, a few campaigns and calls outside any campaign.
import type { Database } from 'better-sqlite3';
import { CallOutcome } from '../../../../../common/crm';
import { seededRandom } from '../../../../../common/random/seeded-random';
import type { LoggedCall } from '../../../../../common/stats';

export interface SeededCall extends LoggedCall {
  number: string;
  line: string;
}

export function generateCalls(count: number, fromMs: number, toMs: number, seed = 1, campaigns: readonly (string | null)[] = ['spring', 'autumn', 'vip', null]): SeededCall[] {
  const rnd = seededRandom(seed);
  const outcomes = [...CallOutcome.options, null] as const;
  const calls: SeededCall[] = [];
  for (let i = 0; i < count; i++) {
    const startedAt = fromMs + Math.floor(rnd() * (toMs - fromMs));
    const outcome = outcomes[Math.floor(rnd() * outcomes.length)] ?? null;
    const wasAnswered = outcome === 'answered' || (outcome === 'voicemail' && rnd() < 0.5);
    const answeredAt = wasAnswered ? startedAt + 2000 + Math.floor(rnd() * 20_000) : null;
    // a few rows lack an end or end before the answer (clock trouble): they must not count as talk
    const endedAt = rnd() < 0.05 ? null : answeredAt !== null ? answeredAt + Math.floor(rnd() * 600_000) - (rnd() < 0.02 ? 700_000 : 0) : startedAt + 30_000;
    calls.push({
      direction: rnd() < 0.85 ? 'outbound' : 'inbound',
      startedAt,
      answeredAt,
      endedAt,
      outcome,
      campaignId: campaigns[Math.floor(rnd() * campaigns.length)] ?? null,
      number: `+86138${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
      line: rnd() < 0.5 ? 'sip:office' : 'gateway:/dev/ttyUSB2',
    });
  }
  return calls;
}

export function insertCalls(db: Database, calls: readonly SeededCall[]): void {
  const insert = db.prepare(
    `INSERT INTO call_log(line, direction, number, started_at, answered_at, ended_at, outcome, campaign_id)
     VALUES (@line, @direction, @number, @startedAt, @answeredAt, @endedAt, @outcome, @campaignId)`,
  );
  db.transaction(() => {
    for (const c of calls) insert.run(c);
  })();
}
