import { z } from 'zod';
import { CallingHours, DEFAULT_CALLING_HOURS, TimeZoneName } from './calling-hours';
import { DEFAULT_FREQUENCY_CAPS, FrequencyCap } from './frequency-caps';

/** Per-campaign compliance settings (stored with the campaign, sent over IPC). */
export const CompliancePolicy = z.object({
  callingHours: CallingHours.default(DEFAULT_CALLING_HOURS),
  frequencyCaps: z.array(FrequencyCap).max(10).default(DEFAULT_FREQUENCY_CAPS),
  /** Zones assumed for numbers whose region is not in the zone table. */
  fallbackTimeZones: z.array(TimeZoneName).min(1).max(10).default(['Asia/Shanghai']),
});
export type CompliancePolicy = z.infer<typeof CompliancePolicy>;
export type CompliancePolicyInput = z.input<typeof CompliancePolicy>;

/**
 * Dials outside any campaign (dial pad, click-to-dial, redial) are the agent's own decision, often a
 * customer who asked to be called: only the permanent rules apply (valid number, DNC, refusal).
 * Campaign dials get their campaign's hours and caps.
 */
export const MANUAL_DIAL_POLICY: CompliancePolicy = CompliancePolicy.parse({
  callingHours: { windows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }] },
  frequencyCaps: [],
});
