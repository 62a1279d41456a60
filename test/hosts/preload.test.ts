import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../src/shared/ipc/contract';
import { EVENT_CHANNEL } from '../../src/shared/ipc/events';

type Api = Record<string, unknown>;
const exposed: Record<string, Api> = {};
const invoked: { channel: string; args: unknown[] }[] = [];
const listeners = new Map<string, ((...a: unknown[]) => void)[]>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Api) => void (exposed[name] = api) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return { ok: true, value: null };
    },
    on: (c: string, l: (...a: unknown[]) => void) => listeners.set(c, [...(listeners.get(c) ?? []), l]),
    removeListener: (c: string, l: (...a: unknown[]) => void) =>
      listeners.set(
        c,
        (listeners.get(c) ?? []).filter((x) => x !== l),
      ),
  },
}));

beforeEach(() => {
  invoked.length = 0;
});

await import('../../src/preload/index');

describe('preload', () => {
  it('exposes only window.station', () => {
    expect(Object.keys(exposed)).toEqual(['station']);
  });

  it('maps every method onto exactly one contract channel, and nothing else', async () => {
    const api = exposed.station;
    const methods: string[] = [];
    for (const [ns, group] of Object.entries(api)) {
      if (ns === 'onEvent') continue;
      for (const [method, fn] of Object.entries(group as Record<string, unknown>)) {
        expect(typeof fn).toBe('function');
        methods.push(`${ns}:${method}`);
        await (fn as (a?: unknown) => Promise<unknown>)({ probe: ns + method });
      }
    }
    expect(methods.sort()).toEqual([...CHANNEL_NAMES].sort());
    // Each method invokes its own channel name.
    expect(invoked.map((i) => i.channel).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(api).sort()).toEqual(
      [...new Set(CHANNEL_NAMES.map((c) => c.split(':')[0])), 'onEvent'].sort(),
    );
  });

  it('forwards the argument, sends none for void channels', async () => {
    const api = exposed.station as { settings: Record<string, (a?: unknown) => Promise<unknown>> };
    await api.settings.setApiKey({ key: 'abcdefgh12' });
    await api.settings.get();
    expect(invoked).toEqual([
      { channel: 'settings:setApiKey', args: [{ key: 'abcdefgh12' }] },
      { channel: 'settings:get', args: [] },
    ]);
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const api = exposed.station as { onEvent(l: (e: unknown) => void): () => void };
    const got: unknown[] = [];
    const off = api.onEvent((e) => got.push(e));
    const payload = { name: 'app:notice', payload: { level: 'info', message: 'hi' } };
    for (const l of listeners.get(EVENT_CHANNEL) ?? []) l({ sender: 'secret-ipc-object' }, payload);
    expect(got).toEqual([payload]);
    off();
    expect(listeners.get(EVENT_CHANNEL)).toEqual([]);
  });

  it('says the subscription is live after attaching the listener', async () => {
    const api = exposed.station as { onEvent(l: () => void, ready: () => void): () => void };
    let attachedWhenReady = -1;
    const off = api.onEvent(
      () => undefined,
      () => (attachedWhenReady = listeners.get(EVENT_CHANNEL)?.length ?? 0),
    );
    expect(attachedWhenReady).toBe(-1); // not synchronously: the caller's setup finishes first
    await Promise.resolve();
    expect(attachedWhenReady).toBe(1);
    off();
  });
});
