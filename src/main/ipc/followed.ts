// A view the screen follows two ways, by events and by snapshots it asks for. Each change counts one
// revision, carried by both, so the renderer keeps whichever it got is newer (they travel on different
// connections). Publishing may be throttled: a replay of 1,000 actions is not 4,000 events.
export interface Followed {
  /** Counts a change and publishes (at most once per throttle period, the last change always delivered). */
  changed(): void;
  /** The count of changes so far: read it into the view. */
  revision(): number;
  /** Drops a publish still waiting (shutdown). */
  close(): void;
}

export function followed(publish: () => void, throttleMs = 0): Followed {
  let revision = 0;
  let timer: NodeJS.Timeout | null = null;
  return {
    changed() {
      revision++;
      if (throttleMs <= 0) return publish();
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        publish();
      }, throttleMs);
    },
    revision: () => revision,
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
