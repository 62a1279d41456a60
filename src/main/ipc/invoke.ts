// The ONE wrapper every call goes through, whatever the host: validate the argument with the channel's
// schema, check the supervisor token on supervisor channels, run the handler, and return a Result.
// Nothing is thrown across IPC and no argument value is ever logged (it may be a key or a PIN).
import type { Result } from '../../shared/errors';
import { contract, isChannelName, type ChannelName, type ChannelResult } from '../../shared/ipc/contract';
import type { Logger } from '../log/logger';
import type { HandlerContext, Handlers } from './handlers';
import { handlerErrorInfo, invalidInputInfo } from '../errors/error-info';

/**
 * Checks supervisor tokens. `required(channel, arg)` is false until a supervisor PIN is set, except on a
 * real API, where every supervisor call needs one but those that set the first PIN (setPin, or a
 * settings change carrying `newPin`).
 */
export interface SupervisorGate {
  required(channel: ChannelName, arg?: unknown): boolean;
  check(token: string | undefined): boolean;
  /** Words for a refusal no PIN can lift (damaged settings); null for the usual "enter the PIN". */
  refusal?(): { message: string; action: string; messageKey?: string } | null;
}

export interface InvokeContext {
  host: HandlerContext['host'];
  supervisor: SupervisorGate;
  log: Logger;
}

function supervisorTokenOf(arg: unknown): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const t = (arg as { supervisorToken?: unknown }).supervisorToken;
  return typeof t === 'string' ? t : undefined;
}

export async function invokeHandler<C extends ChannelName>(
  handlers: Handlers,
  channel: C,
  rawArg: unknown,
  ctx: InvokeContext,
): Promise<Result<ChannelResult<C>>> {
  if (!isChannelName(channel)) {
    return {
      ok: false,
      error: {
        kind: 'invalid_input',
        message: 'Unknown request.',
        messageKey: 'supervisorErrors.unknownRequest',
        retryable: false,
        requestId: null,
        httpStatus: null,
      },
    };
  }
  const def = contract[channel];
  const parsed = def.arg.safeParse(rawArg);
  if (!parsed.success) {
    ctx.log.warn(`Refused ${channel}: invalid argument`, {
      fields: parsed.error.issues.map((i) => i.path.join('.')),
    });
    return { ok: false, error: invalidInputInfo(channel, parsed.error) };
  }

  const required = ctx.supervisor.required(channel, parsed.data);
  const needsSupervisor = def.access === 'supervisor' && required;
  const supervisor = !required || ctx.supervisor.check(supervisorTokenOf(parsed.data));
  if (needsSupervisor && !supervisor) {
    const words = ctx.supervisor.refusal?.() ?? {
      message: 'This needs a supervisor. Enter the supervisor PIN first.',
      action: 'Ask a supervisor to enter the PIN, then try again.',
      messageKey: 'supervisorErrors.needsSupervisor',
    };
    return {
      ok: false,
      error: {
        kind: 'auth',
        step: 'supervisor',
        ...words,
        retryable: false,
        requestId: null,
        httpStatus: null,
      },
    };
  }

  try {
    // The table is indexed by the same C as the parsed argument; TS cannot correlate the two by itself.
    const handler = handlers[channel] as (arg: unknown, c: HandlerContext) => Promise<ChannelResult<C>>;
    const value = await handler(parsed.data, { host: ctx.host, supervisor });
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: handlerErrorInfo(err, ctx.log, channel) };
  }
}
