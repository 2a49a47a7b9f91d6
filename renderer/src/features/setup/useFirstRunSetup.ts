import { useEffect, useRef } from 'react';
import { useApp } from '../../app/store';

/**
 * Mount once in the shell (App): on a desk whose setup was never finished (settings.ui.setupCompleted
 * false), opens the Setup screen once when settings arrive. The installer can still leave it.
 */
export function useFirstRunSetup(): void {
  const completed = useApp((s) => s.settings?.ui.setupCompleted);
  const go = useApp((s) => s.go);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || completed === undefined) return;
    done.current = true;
    if (!completed) go('setup');
  }, [completed, go]);
}
