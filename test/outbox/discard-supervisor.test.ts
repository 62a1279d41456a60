// `outbox:discard` drops a queued API write for good: a supervisor's decision (issue 8). Once a PIN is set
// the outbox's own handler table, behind the one IPC wrapper, refuses it without a fresh supervisor token
// and never reaches the outbox; with the token it discards.
import { describe, expect, it } from 'vitest';
import { invokeHandler, type SupervisorGate } from '../../src/main/ipc/invoke';
import type { Handlers } from '../../src/main/ipc/handlers';
import { outboxHandlers } from '../../src/main/outbox/handlers';
import type { Outbox } from '../../src/main/outbox/types';
import { CHANNEL_NAMES, contract } from '../../src/shared/ipc/contract';
import { memoryLogger } from '../hosts/fakes';

const ID = '5b0c8a43-2f55-4b51-9d4b-2f1f0e1c9a77';
const TOKEN = 'supervisor-token-1';

function setup(): { handlers: Handlers; discarded: [string, string][] } {
  const discarded: [string, string][] = [];
  const outbox = {
    discard: async (id: string, reason: string) => {
      discarded.push([id, reason]);
    },
  } as unknown as Outbox;
  const fail = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  const base = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, fail])) as unknown as Handlers;
  const own = outboxHandlers({
    outbox: async () => outbox,
    status: fail,
    connectivity: { probe: fail },
  });
  return { handlers: { ...base, ...own }, discarded };
}

const pinSet: SupervisorGate = { required: () => true, check: (t) => t === TOKEN };

describe('outbox:discard is a supervisor action', () => {
  it('is declared a supervisor channel in the contract', () => {
    expect(contract['outbox:discard'].access).toBe('supervisor');
  });

  it('without the token (or with a wrong one) is refused and the write stays queued', async () => {
    const { handlers, discarded } = setup();
    const { log } = memoryLogger();
    for (const arg of [
      { id: ID, reason: 'typo in the order' },
      { id: ID, reason: 'typo in the order', supervisorToken: 'guessed' },
    ]) {
      const r = await invokeHandler(handlers, 'outbox:discard', arg, {
        host: 'web',
        supervisor: pinSet,
        log,
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.kind).toBe('auth');
      expect(r.error.step).toBe('supervisor');
      expect(r.error.message).toMatch(/supervisor PIN/);
    }
    expect(discarded).toEqual([]);
  });

  it("with the supervisor's token discards, with the reason", async () => {
    const { handlers, discarded } = setup();
    const { log } = memoryLogger();
    const r = await invokeHandler(
      handlers,
      'outbox:discard',
      { id: ID, reason: 'typo in the order', supervisorToken: TOKEN },
      { host: 'web', supervisor: pinSet, log },
    );
    expect(r).toEqual({ ok: true, value: { discarded: true } });
    expect(discarded).toEqual([[ID, 'typo in the order']]);
  });
});
