// The recent lane survives a restart of the station (it is this bench's short memory), in localStorage.
import type { RecentEntry } from './flow-store';

const RECENT_KEY = 'packing-station.recent';

export function loadRecent(max: number): RecentEntry[] {
  try {
    const raw = globalThis.localStorage?.getItem(RECENT_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as RecentEntry[]).slice(0, max) : [];
  } catch {
    return [];
  }
}

export function saveRecent(recent: RecentEntry[]): void {
  try {
    globalThis.localStorage?.setItem(RECENT_KEY, JSON.stringify(recent));
  } catch {
    // Storage full or disabled: the lane is just not remembered across restarts.
  }
}
