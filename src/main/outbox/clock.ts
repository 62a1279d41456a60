// ISO timestamps for journal records. Formatting a Date for every record was a visible share of the
// replay's CPU (bench:outbox); records made within the same millisecond share one string.
export function isoClock(now: () => number): () => string {
  let lastMs = Number.NaN;
  let last = '';
  return () => {
    const ms = now();
    if (ms !== lastMs) {
      lastMs = ms;
      last = new Date(ms).toISOString();
    }
    return last;
  };
}
