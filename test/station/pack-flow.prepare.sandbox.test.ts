// The printer check ahead of the print (printer.prepare): made once per scan that goes on to print, while
// its label is fetched (after the items are verified, when they are), and never for a stop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control, newOrder, nextStep, startBench, type Bench } from './harness';

let bench: Bench;
beforeEach(async () => {
  bench = await startBench();
});
afterEach(async () => {
  await bench.close();
});

/** The steps of `code` already ended at each prepare(). */
function stepsAtPrepare(b: Bench, code: string): string[][] {
  const seen: string[][] = [];
  b.printer.onPrepare = () =>
    seen.push(b.events.filter((e) => e.orderCode === code && e.state !== 'running').map((e) => e.step));
  return seen;
}

describe('pack flow: the printer is checked ahead', () => {
  it('once, as the label is fetched, before the label is printed', async () => {
    const code = await newOrder(bench.api, 'PREP-ONE');
    const seen = stepsAtPrepare(bench, code);
    expect(await bench.flow.scan(code)).toMatchObject({ kind: 'printed' });
    expect(seen).toEqual([['resolve', 'set_process', 'verify', 'set_packed']]);
    expect(bench.printer.prepared).toEqual([0]);
    expect(bench.printer.labels()).toEqual([code]);
  });

  it('with verification on, not while the packer verifies', async () => {
    bench.settings.verification = 'required';
    const code = await newOrder(bench.api, 'PREP-VERIFY');
    const seen = stepsAtPrepare(bench, code);
    const verifying = nextStep(bench, (e) => e.step === 'verify' && e.state === 'running');
    const scan = bench.flow.scan(code);
    await verifying;
    expect(bench.printer.prepared).toEqual([]);
    expect(bench.flow.finishVerification(code, { 'SKU-001': 1 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'printed' });
    expect(seen).toEqual([['resolve', 'set_process', 'verify', 'set_packed']]);
  });

  it('never for a scan that stops', async () => {
    const code = await newOrder(bench.api, 'PREP-STOP');
    await control(bench.sb, '/cancel-request', { order_code: code });
    expect(await bench.flow.scan(code)).toMatchObject({ kind: 'stop', reason: 'cancel_requested' });
    expect(bench.printer.prepared).toEqual([]);
    expect(bench.printer.jobs).toEqual([]);
  });
});
