// React side of PageStore: one store per search request (and per reload), re-rendering as pages arrive.
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { ContactSummary, SearchRequest } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { PageStore } from './page-store';

export interface ContactPages {
  /** rows the list should lay out */
  rowCount: number;
  total: number | null;
  exact: boolean;
  row(index: number): ContactSummary | undefined;
  /** asks for the pages covering [first, last] */
  want(first: number, last: number): void;
  error: unknown;
  reload(): void;
}

export function useContactPages(request: SearchRequest): ContactPages {
  const key = JSON.stringify(request);
  const [generation, setGeneration] = useState(0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // a new store per request and per reload: answers to an older search cannot reach the current one
  const store = useMemo(() => new PageStore(JSON.parse(key) as SearchRequest, { search: crm.search, count: crm.count }, rerender), [key, generation]);
  useEffect(() => store.loadCount(), [store]);

  return {
    rowCount: store.rowCount(),
    total: store.count?.total ?? null,
    exact: store.count?.exact ?? true,
    row: store.row,
    want: store.want,
    error: store.error,
    reload: () => setGeneration((g) => g + 1),
  };
}
