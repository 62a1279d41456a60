// A station on a real Orders API with no supervisor PIN (configured by PACKING_API_URL/KEY, say) must
// not leave supervisor actions open (issue 8): every supervisor channel is refused in words until a PIN
// is set, except setting that first PIN. Demo and first-time setup (no API yet) stay open.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src/main/ipc/handlers';
import { invokeHandler } from '../../src/main/ipc/invoke';
import { createSupervisorSessions, NO_PIN_WORDS } from '../../src/main/settings/supervisor';
import { CHANNEL_NAMES } from '../../src/shared/ipc/contract';
import { memoryLogger } from './fakes';

function table(overrides: Partial<Handlers>): Handlers {
  const fail = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  return {
    ...(Object.fromEntries(CHANNEL_NAMES.map((c) => [c, fail])) as unknown as Handlers),
    ...overrides,
  };
}

describe('supervisor actions on a real API without a PIN', () => {
  it('are refused in words and never reach their handler', async () => {
    const gate = createSupervisorSessions({ pin: () => ({ state: 'none' }), openWithoutPin: () => false });
    const complete = vi.fn();
    const discard = vi.fn();
    const { log } = memoryLogger();
    const handlers = table({ 'orders:complete': complete, 'outbox:discard': discard });
    const ctx = { host: 'web' as const, supervisor: gate, log };
    const r1 = await invokeHandler(handlers, 'orders:complete', { orderCode: 'ORD1' }, ctx);
    const r2 = await invokeHandler(
      handlers,
      'outbox:discard',
      { id: '5b0c8a43-2f55-4b51-9d4b-2f1f0e1c9a77', reason: 'not needed' },
      ctx,
    );
    for (const r of [r1, r2]) {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({ kind: 'auth', step: 'supervisor', ...NO_PIN_WORDS });
    }
    expect(complete).not.toHaveBeenCalled();
    expect(discard).not.toHaveBeenCalled();
  });

  it('still lets the first PIN be set', async () => {
    const gate = createSupervisorSessions({ pin: () => ({ state: 'none' }), openWithoutPin: () => false });
    const setPin = vi.fn(async () => ({ pinSet: true as const }));
    const { log } = memoryLogger();
    const r = await invokeHandler(
      table({ 'supervisor:setPin': setPin }),
      'supervisor:setPin',
      { pin: '582913' },
      {
        host: 'web',
        supervisor: gate,
        log,
      },
    );
    expect(r).toEqual({ ok: true, value: { pinSet: true } });
    expect(setPin).toHaveBeenCalledTimes(1);
  });

  it('lets a settings change through that brings the first PIN with it (its handler sets it first)', () => {
    const real = createSupervisorSessions({ pin: () => ({ state: 'none' }), openWithoutPin: () => false });
    expect(real.required('settings:update', { patch: {}, newPin: '864200' })).toBe(false);
    expect(real.required('settings:update', { patch: {} })).toBe(true);
    const set = createSupervisorSessions({
      pin: () => ({ state: 'set', hash: 'x' }),
      openWithoutPin: () => false,
    });
    expect(set.required('settings:update', { patch: {}, newPin: '864200' })).toBe(true);
  });

  it('stay open in demo and before a real API is connected', () => {
    const open = createSupervisorSessions({ pin: () => ({ state: 'none' }), openWithoutPin: () => true });
    expect(open.required('orders:complete')).toBe(false);
    const real = createSupervisorSessions({ pin: () => ({ state: 'none' }), openWithoutPin: () => false });
    expect(real.required('orders:complete')).toBe(true);
    expect(real.required('supervisor:setPin')).toBe(false);
  });
});
