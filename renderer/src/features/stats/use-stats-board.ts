// Loads the board whenever the range or campaign changes; an answer to an older question is dropped.
import { useEffect, useRef, useState } from 'react';
import type { StatsBoard, StatsQueryInput } from '../../../../common/stats';
import { getBridge, unwrap } from '../../platform/page-bridge';

export interface BoardState {
  board?: StatsBoard;
  loading: boolean;
  error?: unknown;
}

export function useStatsBoard(query: StatsQueryInput | null): BoardState {
  const [state, setState] = useState<BoardState>({ loading: query !== null });
  const asked = useRef(0);
  const key = JSON.stringify(query);
  useEffect(() => {
    if (query === null) return;
    const mine = ++asked.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    unwrap(getBridge().api.stats.board(query)).then(
      (board) => mine === asked.current && setState({ board, loading: false }),
      (error: unknown) => mine === asked.current && setState((s) => ({ ...s, loading: false, error })),
    );
  }, [key]); // the key stands for the query's content
  return state;
}

export function useCalledCampaigns() {
  const [campaigns, setCampaigns] = useState<{ id: string; name: string | null }[]>([]);
  useEffect(() => {
    let live = true;
    unwrap(getBridge().api.stats.campaigns({})).then(
      (list) => live && setCampaigns(list),
      () => undefined, // the picker then offers "all campaigns" only; the board shows any error itself
    );
    return () => {
      live = false;
    };
  }, []);
  return campaigns;
}
