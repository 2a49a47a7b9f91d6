// One running import: starts it, follows main's progress/finished events for its id, cancels it.
// Events that arrive before startImport has answered are kept and replayed once the id is known.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HeaderMapping, ImportProgress, ImportSummary } from '../../../../../common/crm';
import type { FailureReason } from '../../../../../common/ipc/failure-reason';
import { crm } from '../parts/crm-api';

export type JobEnd = { summary: ImportSummary } | { error: { code: string; message: string; reason?: FailureReason } };

export function useImportJob() {
  const [progress, setProgress] = useState<ImportProgress>();
  const [end, setEnd] = useState<JobEnd>();
  const importId = useRef<number | null>(null);
  const early = useRef<{ id: number; apply: () => void }[]>([]);

  useEffect(() => {
    const route = (id: number, apply: () => void) => {
      if (importId.current === id) apply();
      else if (importId.current === null) early.current.push({ id, apply });
    };
    const offProgress = crm.onImportProgress(({ importId: id, progress: p }) => route(id, () => setProgress(p)));
    const offFinished = crm.onImportFinished(({ importId: id, summary, error }) =>
      route(id, () => setEnd(summary ? { summary } : { error: error ?? { code: 'internal', message: '' } })),
    );
    return () => {
      offProgress();
      offFinished();
    };
  }, []);

  const start = useCallback(async (fileId: string, mapping: HeaderMapping, listName: string) => {
    setProgress(undefined);
    setEnd(undefined);
    importId.current = null;
    early.current = [];
    const { importId: id } = await crm.startImport({ fileId, mapping, ...(listName.trim() ? { listName: listName.trim() } : {}) });
    importId.current = id;
    for (const e of early.current.splice(0)) if (e.id === id) e.apply();
  }, []);

  const cancel = useCallback(async () => {
    if (importId.current !== null) await crm.cancelImport({ importId: importId.current });
  }, []);

  return { progress, end, start, cancel };
}
