export { normalizePhone, digitsOf, DEFAULT_REGION } from './normalize-phone';
export { splitExtension } from './split-extension';
export { splitPhoneCell } from './split-phone-cell';
export type { NormalizedPhone, PhoneKind, PhoneParseResult, PhoneRejection } from './phone-types';
