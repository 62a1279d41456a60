// The printer check ahead of the print (printer.prepare): made once per scan that goes on to print, while
// its label is fetched (after the items are verified, when they are), and never for a stop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { control, newOrder, nextStep, startFlowRig, type FlowRig } from './harness';

let rig: FlowRig;
beforeEach(async () => {
  rig = await startFlowRig();
});
afterEach(async () => {
  await rig.close();
});

/** The steps of `code` already ended at each prepare(). */
function stepsAtPrepare(b: FlowRig, code: string): string[][] {
  const seen: string[][] = [];
  b.printer.onPrepare = () =>
    seen.push(b.events.filter((e) => e.orderCode === code && e.state !== 'running').map((e) => e.step));
  return seen;
}

describe('pack flow: the printer is checked ahead', () => {
  it('once, as the label is fetched, before the label is printed', async () => {
    const code = await newOrder(rig.api, 'PREP-ONE');
    const seen = stepsAtPrepare(rig, code);
    expect(await rig.flow.scan(code)).toMatchObject({ kind: 'printed' });
    expect(seen).toEqual([['resolve', 'set_process', 'verify', 'set_packed']]);
    expect(rig.printer.prepared).toEqual([0]);
    expect(rig.printer.labels()).toEqual([code]);
  });

  it('with verification on, not while the packer verifies', async () => {
    rig.settings.verification = 'required';
    const code = await newOrder(rig.api, 'PREP-VERIFY');
    const seen = stepsAtPrepare(rig, code);
    const verifying = nextStep(rig, (e) => e.step === 'verify' && e.state === 'running');
    const scan = rig.flow.scan(code);
    await verifying;
    expect(rig.printer.prepared).toEqual([]);
    expect(rig.flow.finishVerification(code, { 'SKU-001': 1 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'printed' });
    expect(seen).toEqual([['resolve', 'set_process', 'verify', 'set_packed']]);
  });

  it('never for a scan that stops', async () => {
    const code = await newOrder(rig.api, 'PREP-STOP');
    await control(rig.sb, '/cancel-request', { order_code: code });
    expect(await rig.flow.scan(code)).toMatchObject({ kind: 'stop', reason: 'cancel_requested' });
    expect(rig.printer.prepared).toEqual([]);
    expect(rig.printer.jobs).toEqual([]);
  });
});
