// The returns bench's channels (src/shared/ipc/returns-channels.ts). Thin: the bench does the work.
import type { HandlersFor } from '../ipc/handlers';
import type { ReturnsBench } from './returns-bench';

type ReturnsChannel = 'returns:lookup' | 'returns:record' | 'returns:list' | 'returns:reprintSlip';

export function returnsHandlers(bench: () => Promise<ReturnsBench>): HandlersFor<ReturnsChannel> {
  return {
    'returns:lookup': async ({ code }) => (await bench()).lookup(code),
    'returns:record': async ({ orderCode, reason, note }) =>
      (await bench()).record({ orderCode, reason, note }),
    'returns:list': async () => (await bench()).today(),
    'returns:reprintSlip': async ({ id }) => (await bench()).reprintSlip(id),
  };
}
