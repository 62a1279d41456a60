// Real producers give their words a message key and the dynamic parts as values, while the English words
// (logs, support) stay exactly as before.
import { describe, expect, it } from 'vitest';
import { withCurrentStatus } from '../../src/main/api/conflict-status';
import { httpError } from '../../src/main/api/error-mapping';
import { pausedError } from '../../src/main/printing/cups-errors';
import { createSettingsService } from '../../src/main/settings/settings-service';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import { StationError } from '../../src/main/errors/station-error';
import { memoryLogger } from '../hosts/fakes';

const ctx = {
  method: 'POST',
  path: '/api/partner/v1/orders/fulfillment/set-packed',
  subject: { code: 'ORD1' },
};

describe('keyed producers', () => {
  it('a 409 says which order in keyed words, with the API’s own words as a value', () => {
    const err = httpError(ctx, 409, { requestId: 'rq-9', apiMessage: 'Order ORD1 is Packed' });
    const info = err.toInfo('set_packed');
    expect(info.message).toBe(
      'Order ORD1 is not in a status that allows this step. The API said: "Order ORD1 is Packed".',
    );
    expect(info.messageKey).toBe('apiErrors.conflictSaid');
    expect(info.messageValues).toEqual({
      subject: 'order',
      code: 'ORD1',
      apiMessage: 'Order ORD1 is Packed',
    });
    expect(info.action).toBe('Put the box aside and ask a supervisor.');
    expect(info.actionKey).toBe('apiErrors.action.conflict');
    expect(info.requestId).toBe('rq-9');
  });

  it('a 409 with the current status from tracking names the status as a value', async () => {
    const err = httpError(ctx, 409, { requestId: 'rq-9', apiMessage: null });
    const api = { track: async () => ({ order_status: 'packed' }) as never };
    const info = (await withCurrentStatus(api, err, 'ORD1')).toInfo();
    expect(info.message).toBe('Order ORD1 is Packed now; this step is not allowed from there.');
    expect(info.currentStatus).toBe('packed');
    expect(info.messageKey).toBe('apiErrors.conflictNow');
    expect(info.messageValues).toEqual({ code: 'ORD1', status: 'packed' });
    expect(info.actionKey).toBe('apiErrors.action.conflict');
  });

  it('a paused CUPS queue names the printer as a value, for the message and its action', () => {
    const status = {
      name: 'PAUSED',
      state: 'paused' as const,
      printingJob: null,
      message: 'Paused',
      reasons: [],
    };
    const info = pausedError(status).toInfo();
    expect(info.message).toBe('Printer PAUSED is paused — resume it, then print again.');
    expect(info.action).toBe(
      'Resume the printer in the system printer settings (cupsenable PAUSED), then print again.',
    );
    expect(info.messageKey).toBe('printerErrors.paused');
    expect(info.messageValues).toEqual({ printer: 'PAUSED' });
    const why = pausedError({ ...status, message: 'Cover open' }).toInfo();
    expect(why.messageKey).toBe('printerErrors.pausedSaid');
    expect(why.messageValues).toEqual({ printer: 'PAUSED', said: 'Cover open' });
  });

  it('Settings refuses a key it cannot take, in keyed words', async () => {
    const settings = (provisioning: { apiKey?: string }) =>
      createSettingsService({
        store: createMemoryStore(),
        vault: createMemoryVault(),
        provisioning,
        log: memoryLogger().log,
      });
    const refusal = async (p: Promise<unknown>) => {
      const err: unknown = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StationError);
      return (err as StationError).toInfo();
    };
    const provisioned = await refusal((await settings({ apiKey: 'sk-env' })).setApiKey('sk-new'));
    expect(provisioned.message).toMatch(/set by this computer’s environment \(PACKING_API_KEY\)/);
    expect(provisioned.messageKey).toBe('supervisorErrors.keyProvisioned');
    expect(provisioned.step).toBe('settings');
    const noAddress = await refusal((await settings({})).setApiKey('sk-new'));
    expect(noAddress.messageKey).toBe('supervisorErrors.addressBeforeKey');
    expect(noAddress.messageValues).toEqual({});
  });
});
