// The Find screen's state: the last query and what main found for it.
import { create } from 'zustand';
import type { ErrorInfo } from '../../../shared/errors';
import type { SearchResult } from '../../../shared/search/types';
import { station } from '../app/station';

interface SearchState {
  busy: boolean;
  result: SearchResult | null;
  error: ErrorInfo | null;
}

const useSearchStore = create<SearchState>(() => ({ busy: false, result: null, error: null }));

export const searchActions = {
  async find(query: string): Promise<void> {
    const q = query.trim();
    if (!q) return;
    useSearchStore.setState({ busy: true, error: null });
    const res = await station.search.find({ query: q });
    useSearchStore.setState(
      res.ok ? { busy: false, result: res.value } : { busy: false, result: null, error: res.error },
    );
  },
};

export const useSearchBusy = (): boolean => useSearchStore((s) => s.busy);
export const useSearchResult = (): SearchResult | null => useSearchStore((s) => s.result);
export const useSearchError = (): ErrorInfo | null => useSearchStore((s) => s.error);
