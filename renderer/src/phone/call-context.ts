// What placeCall knew about each call it placed (subject, campaign, masking, privacy binding), for the
// call card, the call log row and the finished-call listeners. Calls are matched by their phone-store key; a gateway line
// reuses its key for every call, so an entry also remembers from when it applies. A dial whose call
// ends before the engine even returns its id is caught by the pending entry of its line.
import { create } from 'zustand';
import type { DialSubject } from '../../../common/dialer/dial-subject';
import type { PrivacyBindingView } from '../../../common/ipc/channels/privacy-channels';
import type { LineCall } from './line-call';
import type { LineRef } from './phone-store';

export interface CallContext {
  campaignId?: string;
  contactId?: number;
  maskNumbers?: boolean;
  privacy?: 'off' | 'axb' | 'callback';
  noAnswerTimeoutSeconds?: number;
}

export interface PlacedCall {
  readonly subject: DialSubject;
  readonly context: CallContext;
  /** what the page shows for the far end: masked when the context masks numbers */
  readonly display: string;
  /** what went to the line: the number, or X for a privacy call (masked calls: never shown) */
  readonly dialled: string;
  readonly binding?: PrivacyBindingView;
  readonly line: LineRef | undefined;
  readonly placedAt: number;
  /** the no-answer timer hung the call up */
  readonly timedOut?: boolean;
}

interface Entry {
  readonly key: string;
  readonly since: number;
  readonly placed: PlacedCall;
}

interface ContextState {
  /** calls placed and not yet logged */
  readonly entries: readonly Entry[];
  /** a dial in flight on a line, before the engine answered with its call id */
  readonly pending: readonly { readonly line: LineRef; readonly since: number; readonly placed: PlacedCall }[];
  /** callbacks requested from the binding server, waiting for X to ring the agent */
  readonly callbacks: readonly PlacedCall[];
}

export const useCallContexts = create<ContextState>(() => ({ entries: [], pending: [], callbacks: [] }));

const lineOf = (call: LineCall): LineRef => ({ via: call.via, id: call.lineId });
const sameLine = (a: LineRef | undefined, b: LineRef) => a !== undefined && a.via === b.via && a.id === b.id;
const digits = (s: string) => s.replace(/\D/g, '');
/** "+8617100000001" and "017100000001" ring as the same X: compare the last 11 digits. */
const sameNumber = (a: string, b: string) => digits(a).length > 0 && digits(a).slice(-11) === digits(b).slice(-11);

export function expectCall(line: LineRef, placed: PlacedCall): () => void {
  const item = { line, since: Date.now() - 1, placed };
  useCallContexts.setState((s) => ({ pending: [...s.pending, item] }));
  return () => useCallContexts.setState((s) => ({ pending: s.pending.filter((p) => p !== item) }));
}

/** Entries stay after the call is logged (the last call's card and LastCall still show its masked
 * display), but only the newest ones: an agent's screen never shows more calls than this. */
const KEEP = 50;

export function attachCall(key: string, since: number, placed: PlacedCall): void {
  useCallContexts.setState((s) =>
    s.entries.some((e) => e.key === key && e.since === since) ? s : { entries: [...s.entries.filter((e) => e.placed !== placed), { key, since, placed }].slice(-KEEP) },
  );
}

export function addCallback(placed: PlacedCall): void {
  useCallContexts.setState((s) => ({ callbacks: [...s.callbacks, placed] }));
}

export function dropCallback(bindingId: string): void {
  useCallContexts.setState((s) => ({ callbacks: s.callbacks.filter((c) => c.binding?.bindingId !== bindingId) }));
}

/** Pure lookup: the placed call `call` belongs to, without claiming anything. */
export function findPlaced(state: ContextState, call: LineCall): PlacedCall | undefined {
  // an inbound call only ever belongs to the entry made for that very call (a callback from X): a gateway
  // line's earlier outbound entry has the same key and must not claim the next incoming call
  const applies = (e: Entry) => e.key === call.key && (call.direction === 'outbound' ? call.createdAt >= e.since : call.createdAt === e.since);
  const entry = state.entries.filter(applies).at(-1);
  if (entry) return entry.placed;
  if (call.direction === 'outbound') return state.pending.find((p) => sameLine(p.line, lineOf(call)) && call.createdAt >= p.since)?.placed;
  return state.callbacks.find((c) => c.binding && sameNumber(c.binding.x, call.number));
}

/** The placed call of `call`, claiming a pending dial or a waiting callback for it. */
export function claimPlaced(call: LineCall): PlacedCall | undefined {
  const state = useCallContexts.getState();
  const placed = findPlaced(state, call);
  if (placed && !state.entries.some((e) => e.placed === placed)) {
    attachCall(call.key, call.createdAt, placed);
    if (placed.binding && placed.binding.mode === 'callback') dropCallback(placed.binding.bindingId);
  }
  return placed;
}

export function markTimedOut(call: LineCall): void {
  useCallContexts.setState((s) => ({
    entries: s.entries.map((e) => (e.key === call.key && call.createdAt >= e.since ? { ...e, placed: { ...e.placed, timedOut: true } } : e)),
  }));
}

/** The far end as the page may show it: the masked or privacy display of a placed call, else its number. */
export function displayNumber(call: LineCall, placed: PlacedCall | undefined): string {
  return placed ? placed.display : call.number;
}

/** For React: the placed call of `call` (re-renders when contexts change). */
export function usePlacedCall(call: LineCall): PlacedCall | undefined {
  return useCallContexts((s) => findPlaced(s, call));
}
