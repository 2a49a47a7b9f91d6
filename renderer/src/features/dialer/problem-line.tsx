// The last failure, in words, with what to do next. role=alert so it is read out at once.
import { useTranslation } from 'react-i18next';
import { problemHint, problemText } from '../../phone/problem';
import { showProblem, usePhone } from '../../phone/phone-store';
import { openLineSetup } from './open-line-setup';

export function ProblemLine() {
  const { t } = useTranslation();
  const problem = usePhone((s) => s.problem);
  return (
    <div id="dial-problem" className="dial-problem" role="alert" data-testid="dial-problem">
      {problem && (
        <>
          <p className="error">{problemText(problem)}</p>
          <p className="muted">{problemHint(problem)}</p>
          {problem.kind === 'ui' && problem.key === 'dialer.noLine' && (
            // the fix is a step of the setup wizard: one click there
            <button
              type="button"
              className="link"
              onClick={openLineSetup}
              data-testid="dial-problem-setup"
            >
              {t('dialer.openLineSetup')}
            </button>
          )}
          <button type="button" className="link" onClick={() => showProblem(undefined)}>
            {t('dialer.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
