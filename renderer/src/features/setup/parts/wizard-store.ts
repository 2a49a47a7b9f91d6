// The wizard's own state: which step is open and what each live proof showed. Proofs are facts the
// installer saw happen (a button press arrived, a tone was heard), never a setting that merely exists.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { deskNow } from './desk-now';
import { subjectOf } from './live-proofs';

export const steps = ['headset', 'audio', 'gateway', 'sip', 'binding', 'summary'] as const;
export type StepId = (typeof steps)[number];
export type ProofStep = Exclude<StepId, 'summary'>;

/** every proof the summary lists, by step, in the order the steps show them */
export const proofs = {
  headset: ['detected', 'answer', 'mute', 'leds'],
  audio: ['microphone', 'speaker', 'ringer', 'echo'],
  gateway: ['lines', 'call'],
  sip: ['registered', 'call'],
  binding: ['reachable', 'signature', 'pool'],
} as const satisfies Record<ProofStep, readonly string[]>;

export type ProofId = { [S in ProofStep]: `${S}.${(typeof proofs)[S][number]}` }[ProofStep];
/** skipped: the installer said this desk does not use it (no gateway, no binding server), which is no pass */
export type Outcome = 'pass' | 'fail' | 'untested' | 'skipped';

export interface ProofResult {
  readonly outcome: Outcome;
  /** what was seen, already in words (may contain device text: rendered as text only) */
  readonly detail?: string;
  /** what to do about a failure when it is more specific than the proof's usual fix */
  readonly hint?: string;
  /** what it was proven on (a headset, a microphone, a line): once that is gone the proof is void */
  readonly subject?: string;
}

interface WizardState {
  readonly step: StepId;
  readonly results: Readonly<Partial<Record<ProofId, ProofResult>>>;
  go(step: StepId): void;
  record(proof: ProofId, result: ProofResult): void;
}

// kept for the tab's life: the page may reload to allow a newly configured SIP server (CSP)
export const useWizard = create<WizardState>()(
  persist(
    (set) => ({
      step: 'headset',
      results: {},
      go: (step) => set({ step }),
      record: (proof, result) => set((s) => ({ results: { ...s.results, [proof]: result } })),
    }),
    { name: 'dialdeck.wizard', storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ step: s.step, results: s.results }) },
  ),
);

const UNTESTED: ProofResult = { outcome: 'untested' };
/** one shared object for "not tried yet", so store selectors return a stable value */
export const resultOf = (results: WizardState['results'], proof: ProofId): ProofResult => results[proof] ?? UNTESTED;

/** A step is green only when every proof passed, red when one failed. */
export function stepOutcome(results: WizardState['results'], step: ProofStep): Outcome {
  const outcomes = proofs[step].map((p) => resultOf(results, `${step}.${p}` as ProofId).outcome);
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.every((o) => o === 'skipped')) return 'skipped';
  return outcomes.every((o) => o === 'pass' || o === 'skipped') ? 'pass' : 'untested';
}

export const useProof = (proof: ProofId): ProofResult => useWizard((s) => resultOf(s.results, proof));
/** Records what the installer just saw, tied to the device, line or server it was seen on. */
export function record(proof: ProofId, outcome: Outcome, detail?: string, subject = subjectOf(proof, deskNow())): void {
  const tied = outcome === 'pass' || outcome === 'fail' ? subject : undefined;
  useWizard.getState().record(proof, { outcome, ...(detail === undefined ? {} : { detail }), ...(tied === undefined ? {} : { subject: tied }) });
}
