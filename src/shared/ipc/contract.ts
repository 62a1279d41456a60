// THE IPC contract: every channel the renderer may call, its ONE argument (zod, validated in main) and its
// result type. Preload exposes exactly these, main registers exactly these, the browser host serves these.
// To add a feature: add a `<domain>-channels.ts` (or entries in one), spread it below, then a handlers
// object in the feature's folder in src/main (see src/main/ipc/handlers.ts).
import type { z } from 'zod';
import type { Result } from '../errors';
import { appChannels } from './app-channels';
import { batchChannels } from './batch-channels';
import { cancelChannels } from './cancel-channels';
import type { ChannelDef } from './channel';
import { documentsChannels } from './documents-channels';
import type { StationEventListener } from './events';
import { flowChannels } from './flow-channels';
import { handoverChannels } from './handover-channels';
import { ordersChannels } from './orders-channels';
import { outboxChannels } from './outbox-channels';
import { peopleChannels } from './people-channels';
import { printingChannels } from './printing-channels';
import { queueChannels } from './queue-channels';
import { reportChannels } from './report-channels';
import { returnsChannels } from './returns-channels';
import { searchChannels } from './search-channels';
import { videoChannels } from './video-channels';

/** One file per domain; the order here is the order hosts and tests iterate. */
export const contract = {
  ...appChannels,
  ...flowChannels,
  ...queueChannels,
  ...printingChannels,
  ...outboxChannels,
  ...cancelChannels,
  ...ordersChannels,
  ...peopleChannels,
  ...reportChannels,
  ...returnsChannels,
  ...batchChannels,
  ...documentsChannels,
  ...handoverChannels,
  ...searchChannels,
  ...videoChannels,
} satisfies Record<string, ChannelDef<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** Every channel name, in contract order (the preload test and both hosts iterate it). */
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** The argument as the handler receives it (parsed: defaults applied). */
export type ChannelArg<C extends ChannelName> = z.output<Contract[C]['arg']>;
/** The argument as the renderer sends it. */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['arg']>;
export type ChannelResult<C extends ChannelName> =
  Contract[C] extends ChannelDef<z.ZodType, infer R> ? R : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

type Namespace = ChannelName extends `${infer NS}:${string}` ? NS : never;
type NamespaceOf<C> = C extends `${infer NS}:${string}` ? NS : never;
type MethodOf<C> = C extends `${string}:${infer M}` ? M : never;

type ApiMethod<C extends ChannelName> = [ChannelInput<C>] extends [undefined | void]
  ? () => Promise<Result<ChannelResult<C>>>
  : (arg: ChannelInput<C>) => Promise<Result<ChannelResult<C>>>;

/** `namespace:method` → `api.namespace.method(arg)`: 'settings:setApiKey' → api.settings.setApiKey({key}). */
export type StationApi = {
  [NS in Namespace]: { [C in ChannelName as NamespaceOf<C> extends NS ? MethodOf<C> : never]: ApiMethod<C> };
} & {
  /**
   * Main → renderer events; returns the unsubscribe function. `onSubscribed` runs once events are
   * flowing, and again after the stream reconnects: snapshots read then miss nothing sent before.
   */
  onEvent(listener: StationEventListener, onSubscribed?: () => void): () => void;
};

/** Splits 'settings:setApiKey' into ['settings', 'setApiKey'] (bridges build the object from this). */
export function splitChannel(name: ChannelName): [string, string] {
  const i = name.indexOf(':');
  return [name.slice(0, i), name.slice(i + 1)];
}
