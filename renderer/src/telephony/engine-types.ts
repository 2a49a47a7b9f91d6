// The read-only picture of the phone that the UI renders. Everything here is plain data so a
// React store (or a headset driver, or a test) can hold it without touching sip.js objects.
import type { CallEndReason, CallState } from '../../../common/call/call-state';
import type { DialOutcome, NotPlacedReason, OutcomeSource, ToneKind } from '../../../common/outcome';
import type { AutoAnswerPolicy } from '../../../common/sip/auto-answer';
import type { SipMessage } from '../../../common/sip/messages';

export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed';
export type TransportState = 'disconnected' | 'connecting' | 'connected';

export interface AccountView {
  readonly id: string;
  readonly aor: string;
  readonly registration: RegistrationState;
  readonly transport: TransportState;
  /** Why registration failed or the server is unreachable, for the agent. */
  readonly reason?: SipMessage;
}

export interface CallView {
  readonly id: string;
  readonly accountId: string;
  readonly direction: 'outbound' | 'inbound';
  readonly remoteUri: string;
  readonly remoteName?: string;
  readonly state: CallState;
  readonly muted: boolean;
  readonly recording: boolean;
  readonly conferenced: boolean;
  /** Digits received by SIP INFO during the call. */
  readonly receivedDtmf: string;
  /** Epoch ms at which an inbound call is (or was) answered automatically. */
  readonly autoAnswerAt?: number;
  readonly createdAt: number;
  readonly answeredAt?: number;
  readonly endedAt?: number;
  readonly endReason?: CallEndReason;
  /** Human reason when the far end or the network refused the call. */
  readonly failure?: SipMessage;
  /** Outbound calls: the far end sent media before answering (183 with SDP), which we play and analyse. */
  readonly earlyMedia?: boolean;
  /** The first carrier tone recognised in early media (busy, congestion, SIT, ringback). */
  readonly heardTone?: ToneKind;
  /** Outbound calls, once ended: what the machine concluded and from which evidence (the agent may correct it). */
  readonly autoOutcome?: AutoOutcome;
}

export interface AutoOutcome {
  readonly outcome: DialOutcome;
  readonly source: OutcomeSource;
  /** why a notPlaced dial never reached the network */
  readonly notPlaced?: NotPlacedReason;
}

/** What an account does by itself: auto-answer and call recording. Each call follows its own account's. */
export interface AccountPolicy {
  readonly autoAnswer: AutoAnswerPolicy;
  readonly recording: RecordingPolicy;
}

export interface EngineSnapshot {
  readonly accounts: readonly AccountView[];
  readonly calls: readonly CallView[];
}

export type SnapshotListener = (snapshot: EngineSnapshot) => void;

export type DtmfMode = 'rfc4733' | 'info';
export type RecordingPolicy = 'off' | 'on-demand' | 'always';

export interface DeviceSelection {
  readonly microphoneId?: string;
  readonly speakerId?: string;
  readonly ringerIds?: readonly string[];
}

/** Thrown for requests the engine refuses; `reason` lets the UI show it in the agent's language. */
export class PhoneError extends Error {
  constructor(
    message: string,
    readonly reason?: SipMessage,
  ) {
    super(message);
    this.name = 'PhoneError';
  }
}
