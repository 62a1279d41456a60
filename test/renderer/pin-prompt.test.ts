// @vitest-environment jsdom
// On a real API a station without a supervisor PIN keeps supervisor actions locked (issue 8): PinPrompt
// says to set a PIN first instead of showing the actions; in demo they stay open, as main decides.
import { createElement } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../src/shared/app';
import type { SettingsView } from '../../src/shared/ipc/settings';

vi.mock('../../src/renderer/src/app/station', () => ({ station: {} }));

const { initI18n } = await import('../../src/renderer/src/i18n');
const { appActions } = await import('../../src/renderer/src/app/app-store');
const { PinPrompt } = await import('../../src/renderer/src/app/PinPrompt');

afterEach(cleanup);

function show(demo: boolean): void {
  appActions.endSupervisor();
  appActions.setInfo({ demo, locked: null } as AppInfo);
  appActions.setSettings({ supervisorPinSet: false } as SettingsView);
  render(
    createElement(PinPrompt, null, createElement('button', { 'data-testid': 'action' }, 'Cancel order')),
  );
}

describe('PinPrompt without a supervisor PIN', () => {
  it('on a real API hides the action and says to set a PIN first', async () => {
    await initI18n({ language: 'en' }).changeLanguage('en');
    show(false);
    expect(screen.queryByTestId('action')).toBeNull();
    expect(screen.getByTestId('supervisor-pin-needed').textContent).toMatch(/set one in Settings/);
  });

  it('in demo shows the action, with a note that no PIN is set', async () => {
    await initI18n({ language: 'en' }).changeLanguage('en');
    show(true);
    expect(screen.getByTestId('action')).toBeTruthy();
    expect(screen.queryByTestId('supervisor-pin-needed')).toBeNull();
  });
});
