export { normalizePhone, digitsOf, DEFAULT_REGION } from './normalizePhone';
export { splitExtension } from './splitExtension';
export { splitPhoneCell } from './splitPhoneCell';
export type { NormalizedPhone, PhoneKind, PhoneParseResult, PhoneRejection } from './phoneTypes';
