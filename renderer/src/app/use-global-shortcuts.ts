import { useEffect } from 'react';
import { screens, useApp } from '../ui-shared/app-store';

export function useGlobalShortcuts(): void {
  const go = useApp((s) => s.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = screens[index];
      if (target) {
        event.preventDefault();
        go(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
