/** A modem's signal in dBm as 0–5 bars (null/unknown = 0), the way a phone shows it. */
export function signalBars(dbm: number | null | undefined): number {
  if (dbm === null || dbm === undefined || !Number.isFinite(dbm)) return 0;
  const steps = [-105, -95, -85, -75, -65];
  return steps.filter((limit) => dbm >= limit).length;
}
