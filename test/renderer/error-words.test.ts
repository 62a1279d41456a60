// @vitest-environment jsdom
// Main's errors carry a message key with values: every screen says their specific words in its own
// language — the Pack error panel, the Orders notes, and the one-line places (errorMessage) — while an
// unkeyed error keeps main's English words as before.
import { createElement } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorInfo } from '../../src/shared/errors';
import { initI18n } from '../../src/renderer/src/i18n';
import { errorMessage, errorWords } from '../../src/renderer/src/errors/error-words';
import { ErrorPanel } from '../../src/renderer/src/pack/ErrorPanel';
import { ErrorNote } from '../../src/renderer/src/orders/ErrorNote';

vi.mock('../../src/renderer/src/app/station', () => ({ station: {} }));

/** As main's pausedError() makes it for a paused CUPS queue. */
const paused: ErrorInfo = {
  kind: 'printer',
  step: 'print',
  message: 'Printer PAUSED is paused — resume it, then print again.',
  action: 'Resume the printer in the system printer settings (cupsenable PAUSED), then print again.',
  retryable: true,
  requestId: null,
  httpStatus: null,
  messageKey: 'printerErrors.paused',
  messageValues: { printer: 'PAUSED' },
};

/** As main's withCurrentStatus() makes it: the status travels as a value and is said in each language. */
const conflict: ErrorInfo = {
  kind: 'conflict',
  step: 'supervisor',
  message: 'Order ORD1 is Packed now; this step is not allowed from there.',
  action: 'Put the box aside and ask a supervisor.',
  retryable: false,
  requestId: 'rq-409',
  httpStatus: 409,
  currentStatus: 'packed',
  messageKey: 'apiErrors.conflictNow',
  messageValues: { code: 'ORD1', status: 'packed' },
  actionKey: 'apiErrors.action.conflict',
};

/** As main's unknownOutcome() wraps a cut connection: the inner error's key is said inside the outer one. */
const unknownOutcome: ErrorInfo = {
  kind: 'network',
  step: 'supervisor',
  message:
    'The outcome of the cancellation of ORD1 is unknown: Cannot reach the Orders API: the connection was cut. It may or may not have been applied.',
  action: 'Check order ORD1 (reload its detail and history) before trying again, so it is not done twice.',
  retryable: false,
  requestId: null,
  httpStatus: null,
  messageKey: 'supervisorErrors.unknownOutcome',
  messageValues: {
    service: 'api',
    why: 'cut',
    code: 'ECONNRESET',
    inner: 'apiErrors.network',
    what: 'cancel',
    orderCode: 'ORD1',
  },
};

const unkeyed: ErrorInfo = {
  kind: 'internal',
  message: 'Disk full while writing the pack log.',
  retryable: false,
  requestId: null,
  httpStatus: null,
};

async function inLanguage(language: 'en' | 'id') {
  const i18n = initI18n({ language });
  await i18n.changeLanguage(language);
  return i18n;
}

afterEach(async () => {
  cleanup();
  await inLanguage('en');
});

describe("main's keyed errors on screen", () => {
  it('the Pack error panel says a paused printer in Bahasa Indonesia, with its name', async () => {
    await inLanguage('id');
    render(createElement(ErrorPanel, { error: paused, orderCode: 'ORD1' }));
    expect(screen.getByTestId('error-message').textContent).toBe(
      'Printer PAUSED dijeda — lanjutkan printernya, lalu cetak lagi.',
    );
    expect(
      screen.getByText(
        'Lanjutkan printer di pengaturan printer sistem (cupsenable PAUSED), lalu cetak lagi.',
      ),
    ).toBeTruthy();
    // Translated in full: no English details underneath.
    expect(screen.queryByTestId('error-details')).toBeNull();
  });

  it('the same error in English reads as main wrote it', async () => {
    await inLanguage('en');
    render(createElement(ErrorPanel, { error: paused, orderCode: 'ORD1' }));
    expect(screen.getByTestId('error-message').textContent).toBe(paused.message);
    expect(screen.getByText(paused.action ?? '')).toBeTruthy();
  });

  it('an Orders screen note says the order and its current status in Bahasa Indonesia', async () => {
    await inLanguage('id');
    render(createElement(ErrorNote, { error: conflict }));
    const note = screen.getByTestId('orders-error');
    expect(note.textContent).toContain(
      'Pesanan ORD1 sekarang berstatus Sudah Dikemas; langkah ini tidak boleh dari status itu.',
    );
    expect(note.textContent).toContain('Sisihkan kardusnya dan tanya supervisor.');
    expect(note.textContent).toContain('rq-409');
  });

  it('and in English', async () => {
    await inLanguage('en');
    render(createElement(ErrorNote, { error: conflict }));
    const note = screen.getByTestId('orders-error');
    expect(note.textContent).toContain('Order ORD1 is Packed now; this step is not allowed from there.');
    expect(note.textContent).toContain('Put the box aside and ask a supervisor.');
  });

  it('a wrapped error says its inner words in the same language', async () => {
    const id = await inLanguage('id');
    expect(errorWords(unknownOutcome, id.t)).toEqual({
      message:
        'Hasil pembatalan untuk ORD1 tidak diketahui: Tidak bisa menghubungi Orders API: koneksi terputus. Mungkin sudah diterapkan, mungkin belum.',
      action:
        'Periksa pesanan ORD1 (muat ulang rincian dan riwayatnya) sebelum mencoba lagi, supaya tidak terjadi dua kali.',
    });
    const en = await inLanguage('en');
    expect(errorMessage(unknownOutcome, en.t)).toBe(unknownOutcome.message);
  });

  it('an unkeyed error keeps main’s own words in every language', async () => {
    const id = await inLanguage('id');
    expect(errorWords(unkeyed, id.t)).toEqual({ message: 'Disk full while writing the pack log.' });
    expect(errorMessage({ ...unkeyed, messageKey: 'no.such.key' }, id.t)).toBe(unkeyed.message);
  });
});
