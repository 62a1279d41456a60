// @vitest-environment jsdom
// The error panel in each language: main words its errors in English, so in Bahasa Indonesia the packer
// reads the kind's translated summary and action first, with main's exact words kept as details.
import { createElement } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorInfo } from '../../src/shared/errors';
import { initI18n } from '../../src/renderer/src/i18n';
import { ErrorPanel } from '../../src/renderer/src/pack/ErrorPanel';

vi.mock('../../src/renderer/src/app/station', () => ({ station: {} }));

const offline: ErrorInfo = {
  kind: 'timeout',
  step: 'set_packed',
  message: 'The Orders API did not answer in 10 s.',
  action: 'Scan the order again.',
  retryable: true,
  requestId: 'req-77',
  httpStatus: null,
};

const unreadableRead: ErrorInfo = {
  kind: 'bad_response',
  step: 'resolve',
  message: 'The Orders API sent an answer the station cannot read: an HTML page instead of data.',
  retryable: true,
  requestId: 'rq-detail',
  httpStatus: 200,
};
const unreadableWrite: ErrorInfo = { ...unreadableRead, step: 'set_process', requestId: 'rq-write' };

afterEach(cleanup);

describe('ErrorPanel', () => {
  it("in English shows main's own message and action", async () => {
    const i18n = initI18n({ language: 'en' });
    await i18n.changeLanguage('en');
    render(createElement(ErrorPanel, { error: offline, orderCode: 'ORD1' }));
    expect(screen.getByTestId('error-message').textContent).toBe('The Orders API did not answer in 10 s.');
    expect(screen.getByText('Scan the order again.')).toBeTruthy();
    expect(screen.queryByTestId('error-details')).toBeNull();
    expect(screen.getByTestId('request-id').textContent).toBe('req-77');
  });

  it("in Bahasa Indonesia leads with the translated summary and action, main's words as details", async () => {
    const i18n = initI18n({ language: 'id' });
    await i18n.changeLanguage('id');
    render(createElement(ErrorPanel, { error: offline, orderCode: 'ORD1' }));
    expect(screen.getByTestId('error-message').textContent).toBe('Orders API tidak menjawab tepat waktu');
    expect(screen.getByText(/^Scan ulang pesanan/)).toBeTruthy();
    expect(screen.getByTestId('error-details').textContent).toBe(
      'Rincian: The Orders API did not answer in 10 s. Scan the order again.',
    );
    expect(screen.getByTestId('request-id').textContent).toBe('req-77');
    await i18n.changeLanguage('en');
  });

  it('an answer that could not be read names the step and keeps the request id, in English', async () => {
    const i18n = initI18n({ language: 'en' });
    await i18n.changeLanguage('en');
    render(createElement(ErrorPanel, { error: unreadableRead, orderCode: 'ORD1' }));
    expect(screen.getByRole('heading').textContent).toBe('Find order: the answer could not be read');
    expect(screen.getByTestId('error-message').textContent).toMatch(/cannot read: an HTML page/);
    expect(screen.getByTestId('request-id').textContent).toBe('rq-detail');
  });

  it('in Bahasa Indonesia a read and a write whose answer could not be read say different things', async () => {
    const i18n = initI18n({ language: 'id' });
    await i18n.changeLanguage('id');
    render(createElement(ErrorPanel, { error: unreadableRead, orderCode: 'ORD1' }));
    expect(screen.getByRole('heading').textContent).toMatch(/: jawabannya tidak bisa dibaca$/);
    expect(screen.getByTestId('error-message').textContent).toMatch(/Tidak ada yang dikemas/);
    cleanup();
    render(createElement(ErrorPanel, { error: unreadableWrite, orderCode: 'ORD1' }));
    expect(screen.getByTestId('error-message').textContent).toMatch(/belum diketahui apakah/);
    expect(screen.getByTestId('request-id').textContent).toBe('rq-write');
    await i18n.changeLanguage('en');
  });

  it('words a scan refused for an invisible character in each language, with what to do', async () => {
    const refused: ErrorInfo = {
      kind: 'invalid_input',
      message: 'scan_invisible:U+00A0',
      retryable: false,
      requestId: null,
      httpStatus: null,
    };
    const i18n = initI18n({ language: 'en' });
    await i18n.changeLanguage('en');
    render(createElement(ErrorPanel, { error: refused, orderCode: null }));
    expect(screen.getByTestId('error-message').textContent).toBe(
      'The scan had an invisible character (U+00A0), so it is not an exact code.',
    );
    expect(screen.getByText(/check the scanner's settings/)).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('id');
    render(createElement(ErrorPanel, { error: refused, orderCode: null }));
    expect(screen.getByTestId('error-message').textContent).toBe(
      'Hasil pindai berisi karakter tak terlihat (U+00A0), jadi kodenya tidak persis.',
    );
    expect(screen.getByText(/periksa pengaturan scanner/)).toBeTruthy();
    await i18n.changeLanguage('en');
  });

  it('a keyed error of main (packer required) is said in full in Bahasa Indonesia, not only summarised', async () => {
    const required: ErrorInfo = {
      kind: 'invalid_input',
      step: 'resolve',
      message: 'Nobody is packing on this bench: scan your badge before order ORD9.',
      action: 'Scan your badge.',
      retryable: false,
      requestId: null,
      httpStatus: null,
      messageKey: 'people.errors.required',
      messageValues: { code: 'ORD9' },
    };
    const i18n = initI18n({ language: 'id' });
    await i18n.changeLanguage('id');
    render(createElement(ErrorPanel, { error: required, orderCode: 'ORD9' }));
    expect(screen.getByTestId('error-message').textContent).toBe(
      'Belum ada yang mengemas di meja ini: scan badge Anda sebelum pesanan ORD9. Pesanan tidak diproses.',
    );
    expect(screen.getByText('Scan badge Anda atau pilih nama Anda, lalu scan pesanan lagi.')).toBeTruthy();
    expect(screen.queryByTestId('error-details')).toBeNull();
    await i18n.changeLanguage('en');
  });
});
