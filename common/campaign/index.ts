export { Campaign, CampaignId, CallbackScope, DialMode, LineRule, Pacing, PrivacyMode, type CampaignInput } from './campaign-schema';
export { Disposition, DispositionEffect, DispositionList, AttemptDisposition, dispositionForHotkey } from './dispositions';
export { RetryPolicy, RecyclingRules, DEFAULT_RECYCLING, retryPolicyFor } from './recycling';
export { Attempt, Callback, LeadCandidate } from './lead-records';
export { numberStatus, type NumberStatus, type DeadReason } from './number-schedule';
export { selectNextLead, type NextLead, type NextLeadInput, type SkipReason, type SkipCounts, type DialReason } from './next-lead';
export {
  agentTransition,
  canAgentTransition,
  isBusy,
  loggedOut,
  wrapUpDisposition,
  IllegalAgentTransitionError,
  type AgentEvent,
  type AgentEventType,
  type AgentSnapshot,
  type AgentState,
  type LeadRef,
} from './agent-state';
export { WrapUpCountdown, startWrapUp, pauseWrapUp, resumeWrapUp, wrapUpDueAt, wrapUpRemainingMs, type WrapUpTimer } from './wrap-up-timer';
export { runStep, type RunStep, type RunInput } from './run-step';
export * from './dto';
