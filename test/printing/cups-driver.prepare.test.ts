// The queue check made ahead (prepare) and remembered per printer: submit uses a fresh "ready" instead of
// its own; anything else — stale, another printer, a check that found a problem, a failed print — looks again.
import { describe, expect, it } from 'vitest';
import {
  createCupsDriver,
  PREPARED_CHECK_MAX_AGE_MS,
  READY_CHECK_MAX_AGE_MS,
  READY_CHECK_REFRESH_MS,
} from '../../src/main/printing/cups-driver';
import { PrinterError } from '../../src/main/printing/errors';
import { fakeRunner } from './fake-runner';

const ready = (name: string) => ({
  stdout:
    `printer ${name} is idle.  enabled since Fri Nov 27 04:35:37 2026\n\tForm mounted:\n\tAlerts: none\n` +
    `${name} accepting requests since Fri Nov 27 04:35:37 2026\n`,
});
const paused = (name: string) => ({
  stdout:
    `printer ${name} disabled since Fri Nov 27 04:31:57 2026 -\n\tPaused\n\tForm mounted:\n` +
    `${name} accepting requests since Fri Nov 27 04:31:57 2026\n`,
});
const CHECK = 'lpstat -l -p CAPTURE -a CAPTURE';
const LP = 'lp -d CAPTURE -t t -n 1 -o media=Custom.4x6in -o print-scaling=none -- /l.pdf';
const ACCEPTED = { stdout: 'request id is CAPTURE-7 (1 file(s))\n' };
const REQ = { file: '/l.pdf', printer: 'CAPTURE', media: '4x6in', title: 't' } as const;

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

const commands = (calls: { cmd: string }[]) => calls.map((c) => c.cmd);

describe('CUPS driver: the queue check made ahead', () => {
  it('a fresh check stands in for submit’s own: lpstat once, then lp', async () => {
    const fake = fakeRunner({ [CHECK]: ready('CAPTURE'), [LP]: ACCEPTED });
    const c = clock();
    const driver = createCupsDriver({ run: fake.run, now: c.now });
    driver.prepare('CAPTURE');
    c.advance(PREPARED_CHECK_MAX_AGE_MS);
    expect(await driver.submit(REQ)).toEqual({ jobId: 'CAPTURE-7', printer: 'CAPTURE' });
    expect(commands(fake.calls)).toEqual(['lpstat', 'lp']);
  });

  it('a ready check is remembered per printer while fresh; a stale one or another printer looks again', async () => {
    const fake = fakeRunner({
      [CHECK]: ready('CAPTURE'),
      [LP]: ACCEPTED,
      'lpstat -l -p OTHER -a OTHER': ready('OTHER'),
    });
    const c = clock();
    const driver = createCupsDriver({ run: fake.run, now: c.now });
    driver.prepare('CAPTURE');
    await driver.submit(REQ);
    await driver.submit(REQ); // the ready check still stands
    driver.prepare('CAPTURE'); // fresh: nothing to refresh
    c.advance(READY_CHECK_MAX_AGE_MS + 1);
    await driver.submit(REQ); // too old: looked at again
    c.advance(READY_CHECK_REFRESH_MS);
    driver.prepare('CAPTURE'); // older than the refresh age: refreshed ahead, off the print
    await driver.submit(REQ);
    driver.prepare('OTHER');
    await driver.submit(REQ); // another printer's check says nothing about this one
    expect(commands(fake.calls)).toEqual([
      'lpstat',
      'lp',
      'lp',
      'lpstat',
      'lp',
      'lpstat',
      'lp',
      'lpstat',
      'lp',
    ]);
  });

  it('a failed print or a job that cannot go on forgets the check: the next print looks again', async () => {
    const fake = fakeRunner({
      [CHECK]: ready('CAPTURE'),
      [LP]: [{ stdout: '', stderr: 'lp: Unable to print', code: 1 }, ACCEPTED],
    });
    const driver = createCupsDriver({ run: fake.run });
    await expect(driver.submit(REQ)).rejects.toBeInstanceOf(PrinterError);
    await driver.submit(REQ);
    driver.forget('CAPTURE');
    await driver.submit(REQ);
    expect(commands(fake.calls)).toEqual(['lpstat', 'lp', 'lpstat', 'lp', 'lpstat', 'lp']);
  });

  it('a check that found the queue paused is looked at again: still paused refuses, resumed prints', async () => {
    const stillPaused = fakeRunner({ [CHECK]: paused('CAPTURE'), [LP]: ACCEPTED });
    const driver = createCupsDriver({ run: stillPaused.run });
    driver.prepare('CAPTURE');
    const error = await driver.submit(REQ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as PrinterError).code).toBe('paused');
    expect(commands(stillPaused.calls)).toEqual(['lpstat', 'lpstat']);

    const resumed = fakeRunner({ [CHECK]: [paused('CAPTURE'), ready('CAPTURE')], [LP]: ACCEPTED });
    const again = createCupsDriver({ run: resumed.run });
    again.prepare('CAPTURE');
    expect(await again.submit(REQ)).toEqual({ jobId: 'CAPTURE-7', printer: 'CAPTURE' });
    expect(commands(resumed.calls)).toEqual(['lpstat', 'lpstat', 'lp']);
  });

  it('a name that could read as an option is never passed on by prepare', async () => {
    const fake = fakeRunner({});
    const driver = createCupsDriver({ run: fake.run });
    driver.prepare('-oevil');
    const error = await driver.submit({ ...REQ, printer: '-oevil' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as PrinterError).code).toBe('unknown_printer');
    expect(fake.calls).toEqual([]);
  });
});
