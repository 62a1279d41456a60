// @vitest-environment jsdom
// The Outbox screen asks for the supervisor PIN before a queued write can be discarded (issue 8), the way
// the Orders screen's supervisor actions do; the discard then carries the supervisor's token.
import { createElement } from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntryView } from '../../src/shared/outbox/types';
import type { SettingsView } from '../../src/shared/ipc/settings';

const ID = '5b0c8a43-2f55-4b51-9d4b-2f1f0e1c9a77';
const failed: OutboxEntryView = {
  id: ID,
  orderCode: 'ORD-9',
  kind: 'ship',
  state: 'failed',
  createdAt: '2026-01-01T01:00:00.000Z',
  attempts: 1,
  lastAttemptAt: null,
  nextAttemptAt: null,
  lastError: null,
  note: null,
  requestId: null,
};

const calls: { method: string; arg: unknown }[] = [];
vi.mock('../../src/renderer/src/app/station', () => ({
  station: {
    outbox: {
      list: async () => ({ ok: true, value: [failed] }),
      discard: async (arg: unknown) => {
        calls.push({ method: 'outbox.discard', arg });
        return { ok: true, value: { discarded: true } };
      },
    },
    connectivity: { probe: async () => ({ ok: true, value: null }) },
    supervisor: {
      verifyPin: async (arg: { pin: string }) => {
        calls.push({ method: 'supervisor.verifyPin', arg });
        return {
          ok: true,
          value: { valid: true, token: 'tok-1', expiresAt: new Date(Date.now() + 60_000).toISOString() },
        };
      },
    },
  },
}));

const { initI18n } = await import('../../src/renderer/src/i18n');
const { appActions } = await import('../../src/renderer/src/app/app-store');
const { OutboxScreen } = await import('../../src/renderer/src/outbox/OutboxScreen');

afterEach(cleanup);

describe('Outbox screen: discard', () => {
  it('asks for the supervisor PIN first, then sends the discard with the token', async () => {
    const i18n = initI18n({ language: 'en' });
    await i18n.changeLanguage('en');
    appActions.endSupervisor();
    appActions.setSettings({ supervisorPinSet: true, timeZone: 'Asia/Jakarta' } as SettingsView);
    render(createElement(OutboxScreen));
    const discard = await screen.findByRole('button', { name: 'Discard' });
    fireEvent.click(discard);

    // The PIN, not the reason: nothing can be discarded yet.
    const pin = screen.getByTestId('supervisor-pin');
    expect(screen.queryByLabelText('Why discard this step?')).toBeNull();
    fireEvent.change(pin, { target: { value: '582913' } });
    await act(async () => {
      fireEvent.submit(pin.closest('form') as HTMLFormElement);
    });
    expect(calls.map((c) => c.method)).toEqual(['supervisor.verifyPin']);

    const reason = await screen.findByLabelText('Why discard this step?');
    fireEvent.change(reason, { target: { value: 'typo in the order' } });
    await act(async () => {
      fireEvent.submit(reason.closest('form') as HTMLFormElement);
    });
    await waitFor(() => expect(calls.map((c) => c.method)).toContain('outbox.discard'));
    expect(calls.find((c) => c.method === 'outbox.discard')?.arg).toEqual({
      id: ID,
      reason: 'typo in the order',
      supervisorToken: 'tok-1',
    });
  });
});
