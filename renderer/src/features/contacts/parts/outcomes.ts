// What "last outcome" can hold: a call's technical outcome or the agent's disposition.
export const CALL_OUTCOMES = ['answered', 'noAnswer', 'busy', 'failed', 'rejected', 'voicemail'] as const;
export const DISPOSITIONS = ['interested', 'notInterested', 'callBack', 'sale', 'wrongNumber', 'doNotCall'] as const;
export const OUTCOME_FILTERS = [...DISPOSITIONS, ...CALL_OUTCOMES] as const;

/** Label key for a stored outcome; unknown values (set by another tool) are shown as they are. */
export function outcomeLabel(t: (key: string, opts?: { defaultValue: string }) => string, value: string): string {
  return t(`contacts.outcome.${value}`, { defaultValue: value });
}
