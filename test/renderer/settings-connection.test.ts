// @vitest-environment jsdom
// First setup on the Settings screen: a station without a supervisor PIN asks for one with the connection,
// sends it with the first call that sets the API address, opens a session with it, then stores the key.
import { createElement } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsView } from '../../src/shared/ipc';
import { initI18n } from '../../src/renderer/src/i18n';

const calls: [string, unknown][] = [];
const view = (over: Partial<SettingsView> = {}): SettingsView =>
  ({
    apiUrl: '',
    tenantId: '',
    apiKeySet: false,
    secretStorage: 'file-0600',
    supervisorPinSet: false,
    supervisorPinLocked: false,
    supervisorPinTooShort: false,
    provisioned: [],
    ...over,
  }) as SettingsView;

vi.mock('../../src/renderer/src/app/station', () => ({
  station: {
    settings: {
      update: async (arg: { patch: { apiUrl: string; tenantId: string }; newPin?: string }) => {
        calls.push(['update', arg]);
        return { ok: true, value: view({ ...arg.patch, supervisorPinSet: arg.newPin !== undefined }) };
      },
      setApiKey: async (arg: unknown) => {
        calls.push(['setApiKey', arg]);
        return { ok: true, value: view({ apiKeySet: true, supervisorPinSet: true }) };
      },
      testConnection: async () => ({ ok: true, value: { ok: true, message: 'ok' } }),
    },
    supervisor: {
      verifyPin: async (arg: unknown) => {
        calls.push(['verifyPin', arg]);
        return { ok: true, value: { valid: true, token: 'tok-1', expiresAt: '2999-01-01T00:00:00.000Z' } };
      },
    },
  },
}));
const { ConnectionSection } = await import('../../src/renderer/src/settings/ConnectionSection');

beforeEach(async () => {
  calls.length = 0;
  await initI18n({ language: 'en' }).changeLanguage('en');
});
afterEach(cleanup);

function fill(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('Settings: connection on a station without a PIN', () => {
  it('asks for the PIN, sends it with the address, then stores the key under the new session', async () => {
    render(createElement(ConnectionSection, { settings: view() }));
    expect(screen.getByTestId('setup-pin')).toBeTruthy();
    fill('Orders API address', 'https://orders.example.com');
    fill('Tenant ID', 'T1');
    fill(/API key/, 'sk-live-0123456789');
    fireEvent.change(screen.getByTestId('setup-pin-new'), { target: { value: '482913' } });
    fireEvent.change(screen.getByTestId('setup-pin-repeat'), { target: { value: '482913' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.map((c) => c[0])).toEqual(['update', 'verifyPin', 'setApiKey']));
    expect(calls[0][1]).toMatchObject({
      patch: { apiUrl: 'https://orders.example.com', tenantId: 'T1' },
      newPin: '482913',
    });
    expect(calls[2][1]).toMatchObject({ key: 'sk-live-0123456789', supervisorToken: 'tok-1' });
  });

  it('without a PIN it says what is missing and sends nothing', async () => {
    render(createElement(ConnectionSection, { settings: view() }));
    fill('Orders API address', 'https://orders.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/new supervisor PIN/);
    expect(calls).toEqual([]);
  });

  it('two different PINs are refused before anything is sent', async () => {
    render(createElement(ConnectionSection, { settings: view() }));
    fill('Orders API address', 'https://orders.example.com');
    fireEvent.change(screen.getByTestId('setup-pin-new'), { target: { value: '482913' } });
    fireEvent.change(screen.getByTestId('setup-pin-repeat'), { target: { value: '482914' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/differ/);
    expect(calls).toEqual([]);
  });

  it('a station with a PIN shows no PIN fields', () => {
    render(createElement(ConnectionSection, { settings: view({ supervisorPinSet: true }) }));
    expect(screen.queryByTestId('setup-pin')).toBeNull();
  });
});
