import { useEffect, useRef } from 'react';
import { useApp } from '../../ui-shared/app-store';

/**
 * Mount once in the shell (App): on a desk whose setup was never finished (settings.ui.setupCompleted
 * false), opens the Setup screen once when settings arrive. The installer can still leave it.
 */
const SHOWN_KEY = 'dialdeck.firstRunShown';

export function useFirstRunSetup(): void {
  const completed = useApp((s) => s.settings?.ui.setupCompleted);
  const go = useApp((s) => s.go);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || completed === undefined) return;
    done.current = true;
    // once per tab: a reload (e.g. for a newly allowed SIP server) must not pull the installer away
    if (!completed && !sessionStorage.getItem(SHOWN_KEY)) {
      sessionStorage.setItem(SHOWN_KEY, '1');
      go('setup');
    }
  }, [completed, go]);
}
