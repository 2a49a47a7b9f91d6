// The call lists for the list filter: loaded on mount and again whenever an import finishes (a new
// list, or new members of an existing one). Names are sorted for Chinese readers (pinyin order).
import { useEffect, useState } from 'react';
import type { ListDto } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';

export function sortLists(lists: readonly ListDto[]): ListDto[] {
  return [...lists].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
}

export function useCallLists(): { lists: ListDto[]; error: unknown } {
  const [lists, setLists] = useState<ListDto[]>([]);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    let generation = 0;
    const load = () => {
      const mine = ++generation; // only the newest answer counts
      crm.lists({}).then(
        (found) => {
          if (!live || mine !== generation) return;
          setLists(sortLists(found));
          setError(undefined);
        },
        (e: unknown) => {
          if (live && mine === generation) setError(e);
        },
      );
    };
    load();
    const off = crm.onImportFinished(() => load());
    return () => {
      live = false;
      off();
    };
  }, []);

  return { lists, error };
}
