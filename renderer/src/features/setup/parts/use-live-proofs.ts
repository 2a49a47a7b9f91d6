// Keeps the wizard's proofs true while it is open: the live ones follow the devices and the phone, and a
// proof made on a headset, microphone, line or server that is gone (or no longer chosen) is void.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSipMessage } from '../../../../../common/sip/messages';
import { uiLanguageOf } from '../../../i18n';
import { problemText } from '../../../phone/problem';
import { usePhone } from '../../../phone/phone-store';
import { useApp } from '../../../ui-shared/app-store';
import { gatewayLines, headsetDetected, liveOverwrites, registrationFailing, sipRegistered, stillHolds, type DeskNow, type LiveProofId } from './live-proofs';
import { useWizard, type ProofId, type ProofResult } from './wizard-store';

const same = (a: ProofResult | undefined, b: ProofResult) => a?.outcome === b.outcome && a.detail === b.detail && a.hint === b.hint;

export function useLiveProofs(): void {
  const { t, i18n } = useTranslation();
  const devices = useApp((s) => s.devices);
  const settings = useApp((s) => s.settings);
  const accounts = usePhone((s) => s.accounts);
  const problems = usePhone((s) => s.accountProblems);

  useEffect(() => {
    const desk: DeskNow = { devices, settings, accounts };
    const locale = uiLanguageOf(i18n.language);
    const describe = (id: string) => {
      const problem = problems[id];
      if (problem) return problemText(problem);
      const view = accounts.find((v) => v.id === id);
      if (view && registrationFailing(view)) return view.reason ? formatSipMessage(view.reason, locale) : view.aor;
      return undefined;
    };
    const live: Record<LiveProofId, ProofResult> = {
      'headset.detected': headsetDetected(desk, t),
      'gateway.lines': gatewayLines(desk, t),
      'sip.registered': sipRegistered(desk, describe, t),
    };
    const { results, record } = useWizard.getState();
    for (const [proof, result] of Object.entries(live) as Array<[LiveProofId, ProofResult]>) {
      if (liveOverwrites(results[proof]?.outcome, result.outcome) && !same(results[proof], result)) record(proof, result);
    }
    for (const [proof, result] of Object.entries(results) as Array<[ProofId, ProofResult]>) {
      if (result.subject !== undefined && !stillHolds(proof, result.subject, desk)) record(proof, { outcome: 'untested', detail: t('wizard.live.changed') });
    }
  }, [devices, settings, accounts, problems, t, i18n.language]);
}
