// How a channel is declared: a zod schema for its ONE argument, a phantom result type, and who may call it.
// The result type exists only for the compiler (`__result` is never set at runtime).
import { z } from 'zod';

/** 'supervisor' channels need a fresh supervisor token (from `supervisor:verifyPin`) once a PIN is set. */
export type ChannelAccess = 'packer' | 'supervisor';

export interface ChannelDef<A extends z.ZodType, R> {
  readonly arg: A;
  readonly access: ChannelAccess;
  /** Phantom: carries the result type, never read at runtime. */
  readonly __result?: R;
}

/** `channel<Result>()(argSchema)`: the two-step call lets the result be explicit and the schema inferred. */
export function channel<R>() {
  return <A extends z.ZodType>(arg: A): ChannelDef<A, R> => ({ arg, access: 'packer' });
}

/** The token a supervisor got from `supervisor:verifyPin`; the IPC wrapper checks it, not the handler. */
export const supervisorTokenSchema = z.string().min(1).max(256).optional();

/**
 * A supervisor-only channel. Its argument is an object with the given fields plus `supervisorToken`,
 * which src/main/ipc/invoke.ts verifies before the handler runs (once a supervisor PIN is set).
 */
export function supervisorChannel<R>() {
  return <S extends z.ZodRawShape>(shape: S) => {
    const arg = z.strictObject({ ...shape, supervisorToken: supervisorTokenSchema });
    return { arg, access: 'supervisor' } as ChannelDef<typeof arg, R>;
  };
}

/** A scanned or typed code: exact but for the scanner's ASCII whitespace (see scan-code.ts). */
export { scanCodeSchema } from './scan-code';
