/**
 * Gateway event vocabulary (notes gateways-at.md §14). Optional keys are omitted, never set to undefined,
 * so events serialise to exactly what was observed.
 */
export type ErrorKind = 'ERROR' | 'CME' | 'CMS' | 'TIMEOUT' | 'OTHER';

export interface CallerIdInfo {
  number: string;
  numberType?: number;
  name?: string;
  date?: string;
  time?: string;
  callId?: number;
  checksumValid?: boolean;
}

export interface HangupInfo {
  callId?: number;
  cause?: string;
  missed?: boolean;
  answered?: boolean;
  durationSec?: number;
  ccCause?: number;
  endStatus?: number;
  number?: string;
}

export type CallDirection = 'outgoing' | 'incoming';
export type CallStateName = 'active' | 'held' | 'dialing' | 'alerting' | 'incoming' | 'waiting' | 'released';

export interface SmsConcat {
  ref: number;
  total: number;
  part: number;
}

export interface SmsMessage {
  from: string;
  text: string;
  smsc?: string;
  timestamp?: string;
  dcs?: number;
}

export type GatewayEvent =
  | { type: 'ok'; command: string; lines: string[]; lineCount: number }
  | { type: 'error'; command?: string; kind: ErrorKind; code: number | null; message?: string }
  | { type: 'deviceInfo'; field: string; value: string }
  | { type: 'simStatus'; status: string }
  | { type: 'signal'; rssi: number; ber: number; dbm: number | null }
  | { type: 'ringing' }
  | ({ type: 'incoming' } & CallerIdInfo)
  | { type: 'dialing'; callId?: number }
  | { type: 'alerting'; callId?: number }
  | { type: 'answered'; callId?: number }
  | ({ type: 'hangup' } & HangupInfo)
  | { type: 'callState'; callId: number; direction: CallDirection; state: CallStateName; number: string }
  | { type: 'callWaiting'; callId?: number; number: string; numberType?: number }
  | { type: 'dtmf'; digit: string }
  | { type: 'handset'; offHook: boolean }
  | { type: 'smsStored'; storage: string; index: number }
  | ({ type: 'sms' } & SmsMessage)
  | ({ type: 'smsPart'; concat: SmsConcat } & SmsMessage)
  | { type: 'storedSms'; index: number; status: number | string; to: string; pduType: string }
  | { type: 'statusReport'; recipient: string; messageRef: number; status: number; delivered: boolean }
  | { type: 'indicator'; name: string; value: string }
  | { type: 'cidMessage'; tag: string; value: string };

export type GatewayEventType = GatewayEvent['type'];
export type EmitEvent = (event: GatewayEvent) => void;

/** Drops keys whose value is undefined so optional fields stay absent. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
