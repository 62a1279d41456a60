// The queue check made ahead (prepare): submit uses it instead of its own when it is fresh and for the
// same printer, once; anything else — stale, another printer, a check that found a problem — looks again.
import { describe, expect, it } from 'vitest';
import { createCupsDriver, PREPARED_CHECK_MAX_AGE_MS } from '../../src/main/printing/cups-driver';
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

  it('is used once, and a stale one or one for another printer is not used', async () => {
    const fake = fakeRunner({
      [CHECK]: ready('CAPTURE'),
      [LP]: ACCEPTED,
      'lpstat -l -p OTHER -a OTHER': ready('OTHER'),
    });
    const c = clock();
    const driver = createCupsDriver({ run: fake.run, now: c.now });
    driver.prepare('CAPTURE');
    await driver.submit(REQ);
    await driver.submit(REQ); // the check was used up
    driver.prepare('CAPTURE');
    c.advance(PREPARED_CHECK_MAX_AGE_MS + 1);
    await driver.submit(REQ); // too old
    driver.prepare('OTHER');
    await driver.submit(REQ); // another printer
    expect(commands(fake.calls)).toEqual([
      'lpstat',
      'lp',
      'lpstat',
      'lp',
      'lpstat',
      'lpstat',
      'lp',
      'lpstat',
      'lpstat',
      'lp',
    ]);
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
