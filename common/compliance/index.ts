export { ComplianceRule, ComplianceVerdict, type BlockedVerdict, type ComplianceReasonKey } from './verdict';
export { CompliancePolicy, MANUAL_DIAL_POLICY, type CompliancePolicyInput } from './compliance-policy';
export { CallingHours, CallingWindow, DEFAULT_CALLING_HOURS, checkCallingHours, nextAllowedAt } from './calling-hours';
export { FrequencyCap, DEFAULT_FREQUENCY_CAPS, checkFrequencyCaps } from './frequency-caps';
export { calleeZones } from './callee-time-zone';
export { DialRecord } from './dial-record';
export { checkBeforeDial, checkOnImport, type DncLookup, type NumberToCheck } from './compliance-engine';
export { ComplianceAuditRecord, auditRecord, type AuditContext } from './audit-record';
export { RetentionDays, expiredRecords, retentionCutoff } from './retention';
