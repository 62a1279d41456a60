// What a handler is. Each feature exports a `Pick<Handlers, ...>` object for its channels; the
// composition root spreads them into one table, and the compiler says when a channel has no handler.
import type { ChannelArg, ChannelName, ChannelResult } from '../../shared/ipc/contract';

export interface HandlerContext {
  /** Which host the call came through. */
  host: 'electron' | 'web';
  /** True when the call carried a valid supervisor token (or no PIN is set yet). */
  supervisor: boolean;
}

export type Handler<C extends ChannelName> = (
  arg: ChannelArg<C>,
  ctx: HandlerContext,
) => Promise<ChannelResult<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** A feature's share of the table. */
export type HandlersFor<C extends ChannelName> = Pick<Handlers, C>;
