// The outbox's channels (src/shared/ipc/outbox-channels.ts): the list, the counts, what an operator may do
// with a refused action, and a reachability probe now.
import type { OutboxStatusView } from '../../shared/outbox/types';
import { StationError } from '../errors/station-error';
import type { HandlersFor } from '../ipc/handlers';
import type { Connectivity, Outbox } from './types';

type OutboxChannel =
  | 'outbox:list'
  | 'outbox:summary'
  | 'outbox:retry'
  | 'outbox:retryAll'
  | 'outbox:discard'
  | 'connectivity:probe';

export interface OutboxHandlerDeps {
  outbox(): Promise<Outbox>;
  status(): Promise<OutboxStatusView>;
  connectivity: Pick<Connectivity, 'probe'>;
}

export function outboxHandlers(deps: OutboxHandlerDeps): HandlersFor<OutboxChannel> {
  return {
    'outbox:list': async () => (await deps.outbox()).list(),
    'outbox:summary': async () => deps.status(),
    'outbox:retry': async ({ id }) => {
      const outbox = await deps.outbox();
      await outbox.retry(id);
      const entry = outbox.list().find((e) => e.id === id);
      if (!entry)
        throw new StationError({
          kind: 'invalid_input',
          message: 'That action is no longer in the outbox.',
          key: { key: 'outboxErrors.gone' },
        });
      return entry;
    },
    'outbox:retryAll': async ({ kind }) => (await deps.outbox()).retryAll(kind ? { kind } : {}),
    'outbox:discard': async ({ id, reason }) => {
      await (await deps.outbox()).discard(id, reason);
      return { discarded: true };
    },
    'connectivity:probe': async () => deps.connectivity.probe(),
  };
}
