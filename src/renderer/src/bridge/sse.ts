// Server-Sent Events over fetch (EventSource cannot send an Authorization header, and the token must
// not go into a URL). Reconnects after a drop; each `data:` line carries one {name, payload} event.
import type { StationEvent } from '../../../shared/ipc/events';

export interface EventStreamOptions {
  url: string;
  token: string;
  onEvent(event: StationEvent): void;
  /** The stream is open (first time or after a reconnect): the host subscribed before answering. */
  onOpen?(): void;
  /** The stream dropped; events until the next onOpen are lost. */
  onClose?(): void;
  retryMs?: number;
}

/** Starts listening; returns stop(). */
export function openEventStream(opts: EventStreamOptions): () => void {
  const controller = new AbortController();
  let stopped = false;

  async function connectOnce(): Promise<void> {
    const res = await fetch(opts.url, {
      headers: { Authorization: `Bearer ${opts.token}`, Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
    opts.onOpen?.();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trimStart())
          .join('\n');
        if (data) opts.onEvent(JSON.parse(data) as StationEvent);
      }
    }
  }

  void (async () => {
    while (!stopped) {
      try {
        await connectOnce();
      } catch {
        // Dropped or refused: try again shortly (the host may be restarting).
      }
      opts.onClose?.();
      if (!stopped) await new Promise((r) => setTimeout(r, opts.retryMs ?? 2000));
    }
  })();

  return () => {
    stopped = true;
    controller.abort();
  };
}
