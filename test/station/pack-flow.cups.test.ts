// The production printing wiring: the flow prints through the print service into the real CUPS queue
// CAPTURE (scripts/test-machine-setup.sh), which keeps every job's bytes.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import { createPrintService } from '../../src/main/printing/print-service';
import { printServicePrinter } from '../../src/main/station/print-service-printer';
import { auditOf, FULL_PATH, newOrder, onceStep, startFlowRig, type FlowRig } from './harness';

const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';

async function captured(jobId: string): Promise<{ prn: Buffer; meta: string }> {
  const n = /-(\d+)$/.exec(jobId)?.[1];
  const prn = join(CAPTURE_DIR, `job-${n}.prn`);
  const meta = join(CAPTURE_DIR, `job-${n}.meta`);
  for (let i = 0; i < 150; i++) {
    const [p, m] = await Promise.all([stat(prn).catch(() => null), stat(meta).catch(() => null)]);
    if (p && m) return { prn: await readFile(prn), meta: await readFile(meta, 'utf8') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`CUPS wrote no ${prn}`);
}

let rig: FlowRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

function cupsRig(): Promise<FlowRig> {
  return startFlowRig({
    printing: (dataDir) => {
      const driver = createCupsDriver();
      const service = createPrintService({ driver, labelsDir: join(dataDir, 'labels') });
      const printer = printServicePrinter({
        service,
        driver,
        target: () => ({ printer: 'CAPTURE', media: '4x6in' }),
      });
      return { printer, labels: service.labels };
    },
  });
}

describe('pack flow printing through CUPS', () => {
  it('one scan puts the order’s own label, byte for byte, on the bench printer', async () => {
    const b = (rig = await cupsRig());
    const code = await newOrder(b.api, `CUPS-${Date.now()}`);
    const outcome = await b.flow.scan(code);
    expect(outcome).toMatchObject({ kind: 'printed', job: { printer: 'CAPTURE' } });
    if (outcome.kind !== 'printed') return;

    const { prn, meta } = await captured(outcome.job.jobId);
    const kept = await b.flow.labelPath(code);
    expect(kept).not.toBeNull();
    expect(prn.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(prn.equals(await readFile(kept ?? ''))).toBe(true);
    expect(meta).toContain(`title=label ${code}\n`);
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
  });

  it('the tray prints a separator slip, then the label, on the bench printer', async () => {
    const b = (rig = await cupsRig());
    const first = await newOrder(b.api, `CUPS-T-${Date.now()}`);
    const second = await newOrder(b.api, `CUPS-U-${Date.now()}`);
    onceStep(
      b,
      (e) => e.orderCode === first && e.step === 'label' && e.state === 'running',
      () => {
        void b.flow.scan(second);
      },
    );
    expect(await b.flow.scan(first)).toMatchObject({ kind: 'to_tray' });
    const printed = await b.flow.printTray();
    expect(printed).toEqual({ printed: [first], held: [] });
    const jobs = b.events
      .filter((e) => e.orderCode === first && e.step === 'print' && e.state === 'done')
      .map((e) => ({ jobId: String(e.detail?.jobId), separator: e.detail?.separator === true }));
    expect(jobs.map((j) => j.separator)).toEqual([true, false]);
    const slip = await captured(jobs[0].jobId);
    expect(slip.meta).toContain(`title=labels pending: ${first}\n`);
    expect(slip.prn.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const label = await captured(jobs[1].jobId);
    expect(label.meta).toContain(`title=label ${first}\n`);
  });
});
