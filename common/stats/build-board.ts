// Rolls SQL's sums (metrics per local hour, metrics per campaign) up into the board: every day of the
// range, the 24 hours of the day, each campaign and the total, all with the same metrics.
import { daysOf, splitLocalHour } from './stats-range';
import { OUTCOME_KEYS, OutcomeKey, type CampaignMetrics, type CampaignRow, type DayRow, type HourMetrics, type HourRow, type Metrics, type StatsBoard, type StatsQuery } from './stats-schemas';

export function emptyMetrics(): Metrics {
  return { calls: 0, outbound: 0, connected: 0, inbound: 0, talkMs: 0, talked: 0, outcomes: Object.fromEntries(OUTCOME_KEYS.map((k) => [k, 0])) as Metrics['outcomes'] };
}

/** Rows with anything to show: calls, or dials that were never placed. */
export const hasActivity = (m: Metrics) => m.calls > 0 || m.outcomes.notPlaced > 0;

/** Unknown outcome strings (older or hand-edited rows) count with the calls that have none. */
export const outcomeKeyOf = (outcome: string | null): OutcomeKey => {
  const parsed = OutcomeKey.safeParse(outcome);
  return parsed.success && parsed.data !== 'none' ? parsed.data : 'none';
};

export function addMetrics(into: Metrics, m: Metrics): void {
  into.calls += m.calls;
  into.outbound += m.outbound;
  into.connected += m.connected;
  into.inbound += m.inbound;
  into.talkMs += m.talkMs;
  into.talked += m.talked;
  for (const k of OUTCOME_KEYS) into.outcomes[k] += m.outcomes[k];
}

/** The whole minus its parts: what is left after the listed groups. */
export function remainderMetrics(whole: Metrics, parts: readonly Metrics[]): Metrics {
  const rest = metricsOf(whole);
  for (const part of parts) {
    rest.calls -= part.calls;
    rest.outbound -= part.outbound;
    rest.connected -= part.connected;
    rest.inbound -= part.inbound;
    rest.talkMs -= part.talkMs;
    rest.talked -= part.talked;
    for (const k of OUTCOME_KEYS) rest.outcomes[k] -= part.outcomes[k];
  }
  return rest;
}

/** answered ÷ dialled outbound; null when nothing was dialled (no rate, rather than a fake 0 %). */
export const connectRate = (m: Pick<Metrics, 'connected' | 'outbound'>): number | null => (m.outbound === 0 ? null : m.connected / m.outbound);

/** mean talk time of the calls that had some; null when none did */
export const averageTalkMs = (m: Pick<Metrics, 'talkMs' | 'talked'>): number | null => (m.talked === 0 ? null : m.talkMs / m.talked);

function metricsOf({ calls, outbound, connected, inbound, talkMs, talked, outcomes }: Metrics): Metrics {
  return { calls, outbound, connected, inbound, talkMs, talked, outcomes: { ...outcomes } };
}

/**
 * `names` maps campaign ids to names where known (the campaigns table); the rest show their id.
 * Campaigns sort by calls (most first), calls outside any campaign last.
 */
export function buildBoard(
  hourRows: readonly HourMetrics[],
  campaignRows: readonly CampaignMetrics[],
  query: StatsQuery,
  names: ReadonlyMap<string, string> = new Map(),
): StatsBoard {
  const days = new Map<string, DayRow>(daysOf(query).map((day) => [day, { day, ...emptyMetrics() }]));
  const hours: HourRow[] = Array.from({ length: 24 }, (_, hour) => ({ hour, ...emptyMetrics() }));
  const total = emptyMetrics();
  for (const row of hourRows) {
    const { day, hour } = splitLocalHour(row.localHour);
    const dayRow = days.get(day);
    // SQL filters on the same local midnights, so a call outside the days would be a bug upstream
    if (!dayRow) throw new Error(`call bucket ${day} lies outside ${query.from}…${query.to}`);
    addMetrics(dayRow, row);
    addMetrics(hours[hour]!, row);
    addMetrics(total, row);
  }
  const campaigns: CampaignRow[] = campaignRows
    .filter(hasActivity)
    .map((c) => ({ campaignId: c.campaignId, name: c.campaignId === null ? null : (names.get(c.campaignId) ?? null), ...metricsOf(c) }))
    .sort((a, b) => Number(a.campaignId === null) - Number(b.campaignId === null) || b.calls - a.calls || (a.campaignId ?? '').localeCompare(b.campaignId ?? ''));
  return {
    query: { from: query.from, to: query.to, timeZone: query.timeZone, campaignId: query.campaignId },
    days: [...days.values()],
    hours,
    campaigns,
    total,
  };
}
