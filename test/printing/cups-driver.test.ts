import { describe, expect, it } from 'vitest';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import { PrinterError } from '../../src/main/printing/errors';
import { COMMAND_NOT_FOUND } from '../../src/main/printing/run-command';
import { fakeRunner } from './fake-runner';

const READY = {
  stdout:
    'printer CAPTURE is idle.  enabled since Fri Nov 27 04:35:37 2026\n\tForm mounted:\n\tAlerts: none\n' +
    'CAPTURE accepting requests since Fri Nov 27 04:35:37 2026\n',
};
const ACCEPTED = { stdout: 'request id is CAPTURE-12 (1 file(s))\n' };
const LP_ARGV = ['-d', 'CAPTURE', '-t', 'label ORD 1', '-n', '1', '-o', 'media=Custom.4x6in'];

async function rejection(promise: Promise<unknown>): Promise<PrinterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PrinterError);
  return error as PrinterError;
}

describe('CUPS driver: submit', () => {
  it('checks the queue, then runs lp with an argv array: media, no scaling, -- before the file', async () => {
    const fake = fakeRunner({
      'lpstat -l -p CAPTURE -a CAPTURE': READY,
      'lp -d CAPTURE -t label ORD 1 -n 1 -o media=Custom.4x6in -o print-scaling=none -- /labels/ORD 1.pdf':
        ACCEPTED,
    });
    const job = await createCupsDriver({ run: fake.run }).submit({
      file: '/labels/ORD 1.pdf',
      printer: 'CAPTURE',
      media: '4x6in',
      title: 'label ORD 1',
    });
    expect(job).toEqual({ jobId: 'CAPTURE-12', printer: 'CAPTURE' });
    expect(fake.calls).toEqual([
      { cmd: 'lpstat', args: ['-l', '-p', 'CAPTURE', '-a', 'CAPTURE'] },
      { cmd: 'lp', args: [...LP_ARGV, '-o', 'print-scaling=none', '--', '/labels/ORD 1.pdf'] },
    ]);
  });

  it.each([
    ['100x150mm', 'media=Custom.100x150mm'],
    ['A6', 'media=A6'],
    ['A4', 'media=A4'],
  ] as const)('sends %s as %s, fit-to-page and copies when asked', async (media, option) => {
    const fake = fakeRunner({
      'lpstat -l -p CAPTURE -a CAPTURE': READY,
      [`lp -d CAPTURE -t t -n 2 -o ${option} -o fit-to-page -- /l.pdf`]: ACCEPTED,
    });
    await createCupsDriver({ run: fake.run }).submit({
      file: '/l.pdf',
      printer: 'CAPTURE',
      media,
      title: 't',
      fitToPage: true,
      copies: 2,
    });
    expect(fake.calls[1].args).toEqual([
      '-d',
      'CAPTURE',
      '-t',
      't',
      '-n',
      '2',
      '-o',
      option,
      '-o',
      'fit-to-page',
      '--',
      '/l.pdf',
    ]);
  });

  it('refuses a paused queue before submitting, in words', async () => {
    const fake = fakeRunner({
      'lpstat -l -p PAUSED -a PAUSED': {
        stdout:
          'printer PAUSED disabled since Fri Nov 27 04:31:57 2026 -\n\tPaused\n\tForm mounted:\n' +
          'PAUSED accepting requests since Fri Nov 27 04:31:57 2026\n',
      },
    });
    const driver = createCupsDriver({ run: fake.run });
    const error = await rejection(
      driver.submit({ file: '/l.pdf', printer: 'PAUSED', media: 'A6', title: 't' }),
    );
    expect(error.code).toBe('paused');
    expect(error.message).toBe('Printer PAUSED is paused — resume it, then print again.');
    expect(error.toInfo()).toMatchObject({
      kind: 'printer',
      step: 'print',
      retryable: true,
      requestId: null,
    });
    expect(fake.calls.map((c) => c.cmd)).toEqual(['lpstat']);
  });

  it('says "out of labels" when the paused queue reports media-empty', async () => {
    const fake = fakeRunner({
      'lpstat -l -p Z -a Z': {
        stdout:
          'printer Z disabled since x -\n\tMedia empty\n\tAlerts: media-empty-error\nZ accepting requests since x\n',
      },
    });
    const error = await rejection(
      createCupsDriver({ run: fake.run }).submit({ file: '/l.pdf', printer: 'Z', media: 'A6', title: 't' }),
    );
    expect(error.code).toBe('media_empty');
    expect(error.message).toMatch(/Printer Z is out of labels/);
  });

  it('prints to a driverless printer CUPS lists but has no queue for yet', async () => {
    const fake = fakeRunner({
      'lpstat -l -p HP_Laser -a HP_Laser': {
        code: 1,
        stderr: 'lpstat: Invalid destination name in list "HP_Laser".\n',
      },
      'lpstat -e': { stdout: 'CAPTURE\nHP_Laser\n' },
      'lp -d HP_Laser -t t -n 1 -o media=A4 -o print-scaling=none -- /l.pdf': {
        stdout: 'request id is HP_Laser-3 (1 file(s))\n',
      },
    });
    const job = await createCupsDriver({ run: fake.run }).submit({
      file: '/l.pdf',
      printer: 'HP_Laser',
      media: 'A4',
      title: 't',
    });
    expect(job.jobId).toBe('HP_Laser-3');
    expect(fake.calls.map((c) => c.cmd)).toEqual(['lpstat', 'lpstat', 'lp']);
  });

  it('names an unknown printer and points to Settings', async () => {
    const fake = fakeRunner({
      'lpstat -l -p NOPE -a NOPE': { code: 1, stderr: 'lpstat: Invalid destination name in list "NOPE".\n' },
      'lpstat -e': { stdout: 'CAPTURE\nPAUSED\n' },
    });
    const error = await rejection(
      createCupsDriver({ run: fake.run }).submit({
        file: '/l.pdf',
        printer: 'NOPE',
        media: 'A6',
        title: 't',
      }),
    );
    expect(error.code).toBe('unknown_printer');
    expect(error.message).toBe('Printer NOPE does not exist — choose one in Settings.');
  });

  it('never passes a printer name that could read as an option', async () => {
    const fake = fakeRunner({});
    const error = await rejection(
      createCupsDriver({ run: fake.run }).submit({
        file: '/l.pdf',
        printer: '-oevil',
        media: 'A6',
        title: 't',
      }),
    );
    expect(error.code).toBe('unknown_printer');
    expect(fake.calls).toEqual([]);
  });

  it('reports a queue that rejects jobs and a missing lp', async () => {
    const rejecting = fakeRunner({
      'lpstat -l -p P -a P': {
        stdout: 'printer P is idle.  enabled since x\nP not accepting requests since x -\n',
      },
    });
    const notAccepting = await rejection(
      createCupsDriver({ run: rejecting.run }).submit({
        file: '/l.pdf',
        printer: 'P',
        media: 'A6',
        title: 't',
      }),
    );
    expect(notAccepting.code).toBe('not_accepting');

    const missing = fakeRunner({
      'lpstat -l -p P -a P': { code: COMMAND_NOT_FOUND, stderr: 'spawn lpstat ENOENT' },
    });
    const notInstalled = await rejection(
      createCupsDriver({ run: missing.run }).submit({
        file: '/l.pdf',
        printer: 'P',
        media: 'A6',
        title: 't',
      }),
    );
    expect(notInstalled.code).toBe('not_installed');
    expect(notInstalled.message).toMatch(/CUPS command "lpstat" is missing/);
  });

  it('strips control characters from the title', async () => {
    const fake = fakeRunner({
      'lpstat -l -p CAPTURE -a CAPTURE': READY,
      'lp -d CAPTURE -t a b -n 1 -o media=A6 -o print-scaling=none -- /l.pdf': ACCEPTED,
    });
    await createCupsDriver({ run: fake.run }).submit({
      file: '/l.pdf',
      printer: 'CAPTURE',
      media: 'A6',
      title: 'a\nb',
    });
    expect(fake.calls[1].args[3]).toBe('a b');
  });
});

describe('CUPS driver: printers', () => {
  it('lists printers from lpstat -e, -p and -d', async () => {
    const fake = fakeRunner({
      'lpstat -e': { stdout: 'CAPTURE\nPAUSED\n' },
      'lpstat -p': {
        stdout: 'printer CAPTURE is idle.  enabled since x\nprinter PAUSED disabled since x -\n\tPaused\n',
      },
      'lpstat -d': { stdout: 'system default destination: CAPTURE\n' },
    });
    const driver = createCupsDriver({ run: fake.run });
    expect(await driver.listPrinters()).toEqual([
      { name: 'CAPTURE', isDefault: true, state: 'idle' },
      { name: 'PAUSED', isDefault: false, state: 'paused', detail: 'Paused' },
    ]);
    expect(fake.calls.map((c) => [c.cmd, ...c.args])).toEqual([
      ['lpstat', '-e'],
      ['lpstat', '-p'],
      ['lpstat', '-d'],
    ]);
  });

  it('no printers and no default are empty answers, not errors', async () => {
    const fake = fakeRunner({
      'lpstat -e': { stdout: '' },
      'lpstat -p': { code: 1, stderr: 'lpstat: No destinations added.\n' },
      'lpstat -d': { stdout: 'no system default destination\n' },
    });
    const driver = createCupsDriver({ run: fake.run });
    expect(await driver.listPrinters()).toEqual([]);
    expect(await driver.defaultPrinter()).toBeNull();
  });
});

describe('CUPS driver: job state', () => {
  const job = { jobId: 'CAPTURE-12', printer: 'CAPTURE' };
  const open = 'lpstat -l -W not-completed -o CAPTURE -p CAPTURE';
  const openArgs = ['-l', '-W', 'not-completed', '-o', 'CAPTURE', '-p', 'CAPTURE'];
  const done = 'lpstat -l -W completed -o CAPTURE';
  const row = (id: string, status = '') =>
    `${id}  root  1024   Fri Nov 27 04:35:37 2026\n\tStatus: ${status}\n`;

  it('pending while queued, processing while CUPS prints it', async () => {
    // One lpstat for the open jobs and the printer's state: one process per look, not two.
    const queued = fakeRunner({
      [open]: { stdout: row('CAPTURE-12') + 'printer CAPTURE now printing CAPTURE-11.  enabled since x\n' },
    });
    expect(await createCupsDriver({ run: queued.run }).jobState(job)).toEqual({ state: 'pending' });
    expect(queued.calls.map((c) => c.args)).toEqual([openArgs]);
    const printing = fakeRunner({
      [open]: { stdout: row('CAPTURE-12') + 'printer CAPTURE now printing CAPTURE-12.  enabled since x\n' },
    });
    expect(await createCupsDriver({ run: printing.run }).jobState(job)).toEqual({ state: 'processing' });
  });

  it('held when CUPS holds the job, without asking about the printer', async () => {
    const held = fakeRunner({
      [open]: {
        stdout: 'CAPTURE-12  root  1024   x\n\tAlerts: job-hold-until-specified\n\tqueued for CAPTURE\n',
      },
    });
    expect(await createCupsDriver({ run: held.run }).jobState(job)).toEqual({
      state: 'held',
      reason: 'The label is held in the queue of printer CAPTURE — release it there or print it again.',
    });
    expect(held.calls).toHaveLength(1);
  });

  it('stopped, in words, when the queue was paused or runs out of labels under the job', async () => {
    const paused = fakeRunner({
      [open]: { stdout: row('CAPTURE-12') + 'printer CAPTURE disabled since x -\n\tPaused\n' },
    });
    expect(await createCupsDriver({ run: paused.run }).jobState(job)).toEqual({
      state: 'stopped',
      reason: 'Printer CAPTURE is paused — resume it, then print again.',
    });
    const empty = fakeRunner({
      [open]: {
        stdout:
          row('CAPTURE-12') +
          'printer CAPTURE now printing CAPTURE-12.  enabled since x\n\tAlerts: media-empty-error\n',
      },
    });
    expect(await createCupsDriver({ run: empty.run }).jobState(job)).toEqual({
      state: 'stopped',
      reason: 'Printer CAPTURE is out of labels — load labels.',
    });
  });

  it('completed when listed as completed with no error; failed with the reason otherwise', async () => {
    const ok = fakeRunner({
      [open]: { stdout: '' },
      [done]: { stdout: row('CAPTURE-1') + row('CAPTURE-12') },
    });
    expect(await createCupsDriver({ run: ok.run }).jobState(job)).toEqual({ state: 'completed' });
    expect(ok.calls.map((c) => c.args)).toEqual([openArgs, ['-l', '-W', 'completed', '-o', 'CAPTURE']]);
    const failed = fakeRunner({
      [open]: { stdout: row('CAPTURE-1') },
      [done]: { stdout: row('CAPTURE-12', 'The printer is out of labels (media-empty)') },
    });
    expect(await createCupsDriver({ run: failed.run }).jobState(job)).toEqual({
      state: 'failed',
      reason: 'Printer CAPTURE is out of labels — load labels and print again.',
    });
  });

  it('asks about the printer on its own when the combined answer has no printer block', async () => {
    const fake = fakeRunner({
      [open]: { stdout: row('CAPTURE-12') },
      'lpstat -l -p CAPTURE': { stdout: 'printer CAPTURE now printing CAPTURE-12.  enabled since x\n' },
    });
    expect(await createCupsDriver({ run: fake.run }).jobState(job)).toEqual({ state: 'processing' });
    expect(fake.calls.map((c) => c.args)).toEqual([openArgs, ['-l', '-p', 'CAPTURE']]);
  });

  it('unknown when CUPS no longer lists the job', async () => {
    const gone = fakeRunner({ [open]: { stdout: '' }, [done]: { stdout: row('CAPTURE-120') } });
    expect(await createCupsDriver({ run: gone.run }).jobState(job)).toMatchObject({ state: 'unknown' });
  });

  it('cancel runs cancel <job id>', async () => {
    const fake = fakeRunner({ 'cancel CAPTURE-12': {} });
    await createCupsDriver({ run: fake.run }).cancel(job);
    expect(fake.calls).toEqual([{ cmd: 'cancel', args: ['CAPTURE-12'] }]);
  });
});
