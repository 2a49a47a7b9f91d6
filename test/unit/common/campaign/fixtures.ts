// Builders for campaign tests.
import { Campaign, Pacing } from '../../../../common/campaign/campaign-schema';
import type { Attempt, Callback, LeadCandidate } from '../../../../common/campaign/lead-records';
import type { DispositionEffect } from '../../../../common/campaign/dispositions';
import type { DialOutcome } from '../../../../common/outcome/dial-outcome';

export const MIN = 60_000;
export const HOME = '+861088888888';
export const MOBILE = '+8613800138000';
export const pacing = Pacing.parse({});

export function attempt(phoneKey: string, at: number, outcome: DialOutcome, effect: DispositionEffect | null = 'retry', contactId = 1): Attempt {
  return { contactId, phoneKey, at, agentId: 'a1', outcome, disposition: effect === null ? null : { code: effect.toUpperCase(), effect } };
}

export function contact(contactId: number, phoneKeys: string[], attempts: Attempt[] = [], claimedBy: string | null = null): LeadCandidate {
  return { contactId, phoneKeys, attempts: attempts.map((a) => ({ ...a, contactId })), claimedBy };
}

export function callback(id: number, contactId: number, dueAt: number, ownerAgentId = 'a1', scope: Callback['scope'] = 'agentOnly'): Callback {
  return { id, contactId, phoneKey: null, dueAt, ownerAgentId, scope, doneAt: null };
}

export const sampleCampaign = (): Campaign =>
  Campaign.parse({
    id: 'spring-2024',
    name: 'Spring renewals',
    listIds: ['list-1'],
    mode: 'power',
    dispositions: [
      { code: 'SALE', label: 'Sale', hotkey: 1, effect: 'complete' },
      { code: 'CB', label: 'Call back', hotkey: 2, effect: 'callback' },
      { code: 'DNC', label: 'Do not call', hotkey: 3, effect: 'refused' },
      { code: 'NOTE', label: 'No decision', hotkey: null, effect: 'retry' },
    ],
    defaultDisposition: 'NOTE',
    line: { kind: 'sip' },
  });
