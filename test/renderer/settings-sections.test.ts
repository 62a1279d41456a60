// @vitest-environment jsdom
// Settings sections on the shared rows: a refused change is said in the section (the packing section used
// to drop it), a saved one clears the line, and a printer list that cannot be read is said where the
// printer is picked — the label printer's and the document printer's sections alike.
import { createElement } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorInfo, Result } from '../../src/shared/errors';
import type { SettingsPatch, SettingsView } from '../../src/shared/ipc/settings';

const refused: ErrorInfo = {
  kind: 'invalid_input',
  message: 'The supervisor PIN has expired.',
  retryable: false,
  requestId: null,
  httpStatus: null,
};
const settings = {
  pickupOption: 'LATE_PICKUP',
  verification: 'off',
  confirmLabel: false,
  scanner: { maxGapMs: 35, suffix: 'Enter', prefix: '' },
  timeZone: 'Asia/Jakarta',
  language: 'en',
  theme: 'light',
  kiosk: false,
  labelPrinter: '',
  labelMedia: '4x6in',
  fitToPage: false,
  documentPrinter: '',
  documentMedia: 'A4',
  packingSlips: 'off',
} as unknown as SettingsView;
const updates: SettingsPatch[] = [];
let answer: Result<SettingsView> = { ok: false, error: refused };

vi.mock('../../src/renderer/src/app/station', () => ({
  station: {
    settings: {
      update: async ({ patch }: { patch: SettingsPatch }) => {
        updates.push(patch);
        return answer;
      },
    },
    printers: {
      list: async () => ({
        ok: false,
        error: { ...refused, kind: 'printer', message: 'Printing is not set up on this computer.' },
      }),
    },
  },
}));

const { initI18n } = await import('../../src/renderer/src/i18n');
const { PackingSection } = await import('../../src/renderer/src/settings/PackingSection');
const { PrinterSection } = await import('../../src/renderer/src/settings/PrinterSection');
const { DocumentPrinterSection } = await import('../../src/renderer/src/documents/DocumentPrinterSection');

beforeAll(async () => {
  await initI18n({ language: 'en' }).changeLanguage('en');
});
afterEach(cleanup);

describe('Settings sections', () => {
  it('a refused packing change is said in words; the next saved one clears it', async () => {
    answer = { ok: false, error: refused };
    render(createElement(PackingSection, { settings }));
    fireEvent.change(screen.getByTestId('verification-select'), { target: { value: 'required' } });
    expect((await screen.findByRole('alert')).textContent).toBe('The supervisor PIN has expired.');
    expect(updates.at(-1)).toEqual({ verification: 'required' });

    answer = { ok: true, value: settings };
    fireEvent.change(screen.getByTestId('verification-select'), { target: { value: 'off' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('a value outside the list is not sent', () => {
    const before = updates.length;
    render(createElement(PackingSection, { settings }));
    fireEvent.change(screen.getByTestId('verification-select'), { target: { value: 'everything' } });
    expect(updates).toHaveLength(before);
  });

  it.each([
    ['label printer', PrinterSection],
    ['document printer', DocumentPrinterSection],
  ])('the %s section says why there are no printers to pick', async (_name, Section) => {
    render(createElement(Section, { settings }));
    expect((await screen.findByRole('alert')).textContent).toBe('Printing is not set up on this computer.');
  });
});
