// The phone as the UI sees it: the engine's accounts, all calls (SIP and gateway) as LineCalls, the
// line the agent dials on, and the last problem to explain. Written only by the phone binding.
import { create } from 'zustand';
import type { AccountView } from '../telephony';
import type { LineCall } from './line-call';
import type { Problem } from './problem';

export type LineRef = { readonly via: 'sip' | 'gateway'; readonly id: string };

interface PhoneState {
  readonly accounts: readonly AccountView[];
  /** accounts the binding could not even add (credentials missing, invalid settings), by id */
  readonly accountProblems: Readonly<Record<string, Problem>>;
  readonly sipCalls: readonly LineCall[];
  readonly gatewayCalls: readonly LineCall[];
  /** the line every call goes out on; remembered between calls and reloads */
  readonly line: LineRef | undefined;
  /** the last number dialled, for redial */
  readonly lastDialled: string;
  /** the call that ended last, with its reason, until the agent dials again */
  readonly lastEnded: LineCall | undefined;
  /** what went wrong with the agent's last action */
  readonly problem: Problem | undefined;
  /** the number field's text: kept here so a tel: link or a contact can fill it */
  readonly draft: string;
}

const lineKey = 'dialdeck.dialer.line';

function savedLine(): LineRef | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(lineKey) ?? 'null') as LineRef | null;
    return parsed && (parsed.via === 'sip' || parsed.via === 'gateway') && typeof parsed.id === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export const usePhone = create<PhoneState>(() => ({
  accounts: [],
  accountProblems: {},
  sipCalls: [],
  gatewayCalls: [],
  line: savedLine(),
  lastDialled: '',
  lastEnded: undefined,
  problem: undefined,
  draft: '',
}));

export function chooseLine(line: LineRef): void {
  localStorage.setItem(lineKey, JSON.stringify(line));
  usePhone.setState({ line });
}

export function showProblem(problem: Problem | undefined): void {
  usePhone.setState({ problem });
}

/** Every call on every line, SIP first. */
export const allCalls = (s: PhoneState): readonly LineCall[] => [...s.sipCalls, ...s.gatewayCalls];

export function setDraft(draft: string): void {
  usePhone.setState({ draft });
}
