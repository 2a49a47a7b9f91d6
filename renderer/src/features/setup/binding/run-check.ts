// binding:check turned into the step's three proofs, each with the fix for its failure.
import type { TFunction } from 'i18next';
import type { BindingProblem } from '../../../../../common/ipc/channels/binding-channels';
import { getBridge, IpcCallError, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';
import { record, type ProofId } from '../parts/wizard-store';

export type Hints = Partial<Record<ProofId, string>>;

/** main's problem code as what the installer saw, in the UI language (the fix comes from the proof) */
const problemText = (t: TFunction, problem: BindingProblem | undefined, poolId: string) =>
  problem && t(`wizard.bindingProblem.${problem.code}`, { pool: poolId, status: problem.code === 'serverError' ? problem.status : 0 });

export async function runBindingCheck(t: TFunction, poolId: string): Promise<Hints> {
  try {
    const result = await unwrap(getBridge().api.binding.check({}));
    const problem = problemText(t, result.problem, poolId);
    record('binding.reachable', result.reachable ? 'pass' : 'fail', result.reachable ? undefined : problem);
    if (!result.reachable) {
      record('binding.signature', 'untested');
      record('binding.pool', 'untested');
      return {};
    }
    record('binding.signature', result.signatureAccepted ? 'pass' : 'fail', result.signatureAccepted ? undefined : problem);
    if (!result.signatureAccepted) {
      record('binding.pool', 'untested');
      return {};
    }
    if (!poolId) {
      record('binding.pool', 'fail', t('wizard.binding.noPool'));
      return { 'binding.pool': t('wizard.fix.binding.poolMissing') };
    }
    if (!result.pool) {
      record('binding.pool', 'fail', problem);
      return { 'binding.pool': t('wizard.fix.binding.poolUnknown') };
    }
    const { size, locked, liveBindings } = result.pool;
    const free = Math.max(0, size - locked - liveBindings);
    record('binding.pool', free > 0 ? 'pass' : 'fail', t('wizard.binding.headroom', { free, size, locked, live: liveBindings }));
    return {};
  } catch (error) {
    // nothing was sent: the desk's own configuration is incomplete
    const detail = errorSentence(t, error);
    const fix = error instanceof IpcCallError && error.code === 'NOT_FOUND' ? t('wizard.fix.binding.noKey') : t('wizard.fix.binding.noUrl');
    for (const proof of ['binding.reachable', 'binding.signature', 'binding.pool'] as const) record(proof, 'fail', detail);
    return { 'binding.reachable': fix, 'binding.signature': fix, 'binding.pool': fix };
  }
}
