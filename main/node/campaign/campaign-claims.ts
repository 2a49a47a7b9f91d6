// Claims keep two desks from dialling the same lead. The local database already claims per desk; a
// central claim (through the binding server hub, main/node/claims) is plugged in here when present, so
// campaign code runs the same with or without it.
import type { LeadClaims as HubClaims } from '../claims/lead-claims';

export interface LeadKey {
  campaignId: string;
  contactId: number;
  /** the contact's first number: what every desk of the tenant keys the lead by */
  contactE164: string;
}

export interface LeadClaims {
  /** false: another desk holds the lead, offer a different one */
  claim(lead: LeadKey, agentId: string): Promise<boolean>;
  release(lead: LeadKey, agentId: string): Promise<void>;
}

/** No central service: the local claim in campaign_leads is the only one. */
export const localOnlyClaims: LeadClaims = {
  claim: async () => true,
  release: async () => undefined,
};

/** The central claims service (main/node/claims) behind this interface. */
export function hubLeadClaims(claims: Pick<HubClaims, 'claim' | 'release'>): LeadClaims {
  const lead = (key: LeadKey) => ({ contactE164: key.contactE164, contactId: String(key.contactId), campaignId: key.campaignId });
  return {
    claim: async (key, agentId) => (await claims.claim(lead(key), agentId)).granted,
    release: (key, agentId) => claims.release(lead(key), agentId),
  };
}
