import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/main/api/errors';
import type { Handlers } from '../../src/main/ipc/handlers';
import { invokeHandler, type SupervisorGate } from '../../src/main/ipc/invoke';
import { StationError } from '../../src/main/errors/station-error';
import { memoryLogger } from './fakes';

vi.mock('electron', () => ({}));
const { registerIpc } = await import('../../src/main/electron/register-ipc');
const { CHANNEL_NAMES } = await import('../../src/shared/ipc/contract');

const openGate: SupervisorGate = { required: () => false, check: () => false };

function table(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, fail])) as unknown as Handlers;
  return { ...base, ...overrides };
}

describe('invokeHandler', () => {
  it('passes the parsed argument and wraps the value', async () => {
    const { log } = memoryLogger();
    const seen: unknown[] = [];
    const handlers = table({
      'settings:setPickupOption': async (arg) => {
        seen.push(arg);
        return arg.pickupOption;
      },
    });
    const r = await invokeHandler(
      handlers,
      'settings:setPickupOption',
      { pickupOption: 'MID_PICKUP' },
      { host: 'web', supervisor: openGate, log },
    );
    expect(r).toEqual({ ok: true, value: 'MID_PICKUP' });
    expect(seen).toEqual([{ pickupOption: 'MID_PICKUP' }]);
  });

  it('refuses a bad argument without running the handler or echoing its value', async () => {
    const { log, lines } = memoryLogger();
    const handler = vi.fn();
    const handlers = table({ 'settings:setApiKey': handler });
    const r = await invokeHandler(
      handlers,
      'settings:setApiKey',
      { key: 'short', extra: 1 },
      { host: 'web', supervisor: openGate, log },
    );
    expect(handler).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid_input');
    expect(Object.keys(r.error.fieldErrors ?? {}).sort()).toEqual(['(argument)', 'key']);
    expect(JSON.stringify(r)).not.toContain('short');
    expect(lines.join('\n')).not.toContain('short');
  });

  it('turns a thrown ApiError into its ErrorInfo', async () => {
    const { log } = memoryLogger();
    const err = new ApiError({
      kind: 'conflict',
      message: 'Order ORD1 is Packed',
      method: 'POST',
      path: '/x',
      httpStatus: 409,
      requestId: 'req-77',
    });
    const handlers = table({ 'settings:testConnection': async () => Promise.reject(err) });
    const r = await invokeHandler(handlers, 'settings:testConnection', undefined, {
      host: 'web',
      supervisor: openGate,
      log,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'conflict', httpStatus: 409, requestId: 'req-77', message: 'Order ORD1 is Packed' },
    });
  });

  it('turns an unknown error into internal, logged with its stack, without internals on screen', async () => {
    const { log, lines } = memoryLogger();
    const handlers = table({
      'app:info': async () => {
        throw new TypeError('cannot read properties of undefined (reading secretThing)');
      },
    });
    const r = await invokeHandler(handlers, 'app:info', undefined, {
      host: 'web',
      supervisor: openGate,
      log,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('internal');
    expect(r.error.message).not.toContain('secretThing');
    expect(lines.join('\n')).toContain('secretThing');
    expect(lines.join('\n')).toContain('at ');
  });

  it('never lets a key leak through an error message into the log', async () => {
    const { log, lines } = memoryLogger();
    log.redactor.addSecret('sk_live_abcdef123456');
    const handlers = table({
      'app:info': async () => Promise.reject(new Error('bad key sk_live_abcdef123456')),
    });
    await invokeHandler(handlers, 'app:info', undefined, { host: 'web', supervisor: openGate, log });
    expect(lines.join('\n')).not.toContain('sk_live_abcdef123456');
  });

  it('requires a supervisor token on supervisor channels once a PIN is set', async () => {
    const { log } = memoryLogger();
    const gate: SupervisorGate = { required: () => true, check: (t) => t === 'good' };
    const handlers = table({
      'settings:update': async (_a, ctx) => ({ supervisor: ctx.supervisor }) as never,
    });
    const refused = await invokeHandler(
      handlers,
      'settings:update',
      { patch: { theme: 'dark' } },
      { host: 'web', supervisor: gate, log },
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'auth', step: 'supervisor' } });
    const wrong = await invokeHandler(
      handlers,
      'settings:update',
      { patch: {}, supervisorToken: 'bad' },
      { host: 'web', supervisor: gate, log },
    );
    expect(wrong.ok).toBe(false);
    const ok = await invokeHandler(
      handlers,
      'settings:update',
      { patch: {}, supervisorToken: 'good' },
      { host: 'web', supervisor: gate, log },
    );
    expect(ok).toEqual({ ok: true, value: { supervisor: true } });
  });

  it('passes a StationError through as its info', async () => {
    const { log } = memoryLogger();
    const handlers = table({
      'app:info': async () =>
        Promise.reject(
          new StationError({ kind: 'offline', step: 'settings', message: 'Needs the API online' }),
        ),
    });
    const r = await invokeHandler(handlers, 'app:info', undefined, {
      host: 'electron',
      supervisor: openGate,
      log,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'offline', step: 'settings', message: 'Needs the API online' },
    });
  });
});

describe('Electron IPC registration', () => {
  type Handle = (event: unknown, arg: unknown) => Promise<unknown>;
  function setup() {
    const registered = new Map<string, Handle>();
    const ipcMain = {
      handle: (c: string, h: Handle) => registered.set(c, h),
      removeHandler: (c: string) => registered.delete(c),
    };
    const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const { log } = memoryLogger();
    const trusted = {
      indexHtmlPath: '/app/out/renderer/index.html',
      devServerUrl: null,
      mainWebContentsId: () => 7,
    };
    const unregister = registerIpc(ipcMain as never, { invoke } as never, trusted, log);
    const event = (url: string | null, id = 7, parent: unknown = null) => ({
      sender: { id },
      senderFrame: url === null ? null : { url, parent },
    });
    return { registered, invoke, event, unregister };
  }

  it('registers exactly the contract channels', () => {
    const { registered, unregister } = setup();
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('serves our window', async () => {
    const { registered, invoke, event } = setup();
    const r = await registered.get('app:info')?.(event('file:///app/out/renderer/index.html'), undefined);
    expect(r).toEqual({ ok: true, value: 'app:info' });
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
  });

  it.each([
    ['another page', 'https://evil.example/', 7, null],
    ['another file', 'file:///tmp/evil.html', 7, null],
    ['another window', 'file:///app/out/renderer/index.html', 8, null],
    ['an iframe', 'file:///app/out/renderer/index.html', 7, {}],
    ['a destroyed frame', null, 7, null],
  ])('refuses %s', async (_what, url, id, parent) => {
    const { registered, invoke, event } = setup();
    const r = await registered.get('settings:get')?.(event(url, id, parent), undefined);
    expect(r).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(invoke).not.toHaveBeenCalled();
  });
});
