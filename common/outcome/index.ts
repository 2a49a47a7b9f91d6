export { DialOutcome, OutcomeSource, toCrmOutcome } from './dial-outcome';
export { outcomeFromSip, q850FromReasonHeader } from './sip-outcome';
export { outcomeFromQ850 } from './q850-outcome';
export { outcomeFromGatewayHangup } from './gateway-outcome';
export { NoAnswerTimeoutSeconds, noAnswerDeadline, hasRungTooLong } from './no-answer-timeout';
export { decideAutomaticOutcome, type AutomaticOutcome, type OutcomeEvidence } from './automatic-outcome';
export { OutcomeDecision, resolveOutcome } from './agent-override';
export { ToneDetector, outcomeFromTone, type ToneDetection } from './tones/tone-detector';
export { CHINA_TONES, ToneProfile, type ToneKind } from './tones/tone-profile';
