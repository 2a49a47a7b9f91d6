import { z } from 'zod';
import { CallingHours, DEFAULT_CALLING_HOURS, TimeZoneName } from './calling-hours';
import { DEFAULT_FREQUENCY_CAPS, FrequencyCap } from './frequency-caps';

/** Per-campaign compliance settings (stored with the campaign, sent over IPC). */
export const CompliancePolicy = z.object({
  callingHours: CallingHours.default(DEFAULT_CALLING_HOURS),
  frequencyCaps: z.array(FrequencyCap).max(10).default(DEFAULT_FREQUENCY_CAPS),
  /** Zones assumed for numbers whose region is not in the zone table. */
  fallbackTimeZones: z.array(TimeZoneName).min(1).default(['Asia/Shanghai']),
});
export type CompliancePolicy = z.infer<typeof CompliancePolicy>;
export type CompliancePolicyInput = z.input<typeof CompliancePolicy>;
