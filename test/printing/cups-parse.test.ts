import { describe, expect, it } from 'vitest';
import {
  blockingReason,
  parseAccepting,
  parseDefaultDestination,
  parseDestinationNames,
  parseJobList,
  parsePrinterStatuses,
  parseRequestId,
  statusLooksFailed,
} from '../../src/main/printing/cups-parse';

// Outputs copied from CUPS 2.4 (Debian 12) in the C locale.
const LPSTAT_P = [
  'printer CAPTURE is idle.  enabled since Fri Nov 27 04:35:37 2026',
  'printer FAILING is idle.  enabled since Fri Nov 27 04:37:07 2026',
  '\tThe printer is out of labels (media-empty)',
  'printer PAUSED disabled since Fri Nov 27 04:37:07 2026 -',
  '\tPaused',
  'printer ZEBRA-GK420 now printing ZEBRA-GK420-31.  enabled since Fri Nov 27 04:38:00 2026',
  '',
].join('\n');

const LPSTAT_LP = [
  'printer FAILING is idle.  enabled since Fri Nov 27 04:37:07 2026',
  '\tThe printer is out of labels (media-empty)',
  '\tForm mounted:',
  '\tContent types: any',
  '\tDescription: FAILING',
  '\tAlerts: media-empty-error',
  '\tLocation: ',
  'printer CAPTURE is idle.  enabled since Fri Nov 27 04:35:37 2026',
  '\tForm mounted:',
  '\tAlerts: none',
  '\tUsers allowed:',
  '\t\t(all)',
  'CAPTURE accepting requests since Fri Nov 27 04:35:37 2026',
  'PAUSED not accepting requests since Fri Nov 27 04:31:57 2026 -',
  '\tRejecting Jobs',
].join('\n');

describe('lpstat -p', () => {
  it('reads state, message and the job being printed per printer', () => {
    expect(parsePrinterStatuses(LPSTAT_P)).toEqual([
      { name: 'CAPTURE', state: 'idle', printingJob: null, message: null, reasons: [] },
      {
        name: 'FAILING',
        state: 'idle',
        printingJob: null,
        message: 'The printer is out of labels (media-empty)',
        reasons: [],
      },
      { name: 'PAUSED', state: 'paused', printingJob: null, message: 'Paused', reasons: [] },
      { name: 'ZEBRA-GK420', state: 'printing', printingJob: 'ZEBRA-GK420-31', message: null, reasons: [] },
    ]);
  });

  it('with -l reads the Alerts reasons and does not take headings for the message', () => {
    const [failing, capture] = parsePrinterStatuses(LPSTAT_LP);
    expect(failing.reasons).toEqual(['media-empty-error']);
    expect(failing.message).toBe('The printer is out of labels (media-empty)');
    expect(capture.message).toBeNull();
    expect(capture.reasons).toEqual([]);
  });

  it('treats "reason unknown" under a disabled queue as no message', () => {
    const [p] = parsePrinterStatuses(
      'printer P disabled since Fri Nov 27 04:37:07 2026 -\n\treason unknown\n',
    );
    expect(p).toMatchObject({ state: 'paused', message: null });
  });
});

describe('other lpstat and lp outputs', () => {
  it('lpstat -a: accepting or not', () => {
    expect([...parseAccepting(LPSTAT_LP)]).toEqual([
      ['CAPTURE', true],
      ['PAUSED', false],
    ]);
  });

  it('lpstat -e and -d', () => {
    expect(parseDestinationNames('CAPTURE\nFAILING\nPAUSED\n')).toEqual(['CAPTURE', 'FAILING', 'PAUSED']);
    expect(parseDefaultDestination('system default destination: CAPTURE\n')).toBe('CAPTURE');
    expect(parseDefaultDestination('no system default destination\n')).toBeNull();
  });

  it('lp: the request id, including printers with dashes in their name', () => {
    expect(parseRequestId('request id is CAPTURE-12 (1 file(s))\n')).toBe('CAPTURE-12');
    expect(parseRequestId('request id is ZEBRA-GK420-7 (1 file(s))\n')).toBe('ZEBRA-GK420-7');
    expect(parseRequestId('lp: Error - no default destination available.\n')).toBeNull();
  });

  it('lpstat -l -o: job ids exactly (CAPTURE-1 is not CAPTURE-12) with their Status line', () => {
    const out = [
      'CAPTURE-12              root              1024   Fri Nov 27 04:35:37 2026',
      '\tStatus: ',
      '\tAlerts: processing-to-stop-point',
      '\tqueued for CAPTURE',
      'FAILING-9               root              1024   Fri Nov 27 04:37:07 2026',
      '\tStatus: The printer is out of labels (media-empty)',
      '\tAlerts: processing-to-stop-point',
    ].join('\n');
    expect(parseJobList(out)).toEqual([
      { jobId: 'CAPTURE-12', status: null, reasons: ['processing-to-stop-point'] },
      {
        jobId: 'FAILING-9',
        status: 'The printer is out of labels (media-empty)',
        reasons: ['processing-to-stop-point'],
      },
    ]);
    expect(parseJobList(out).some((j) => j.jobId === 'CAPTURE-1')).toBe(false);
  });

  it('lpstat -l -o P -p P (one call, as seen on CUPS 2.4): the job keeps its own alerts, the printer its own', () => {
    const out = [
      'PAUSED-23816            root              1024   Thu Dec  3 07:48:24 2026',
      '\tAlerts: none',
      '\tqueued for PAUSED',
      'printer PAUSED disabled since Thu Dec  3 07:37:22 2026 -',
      '\tPaused',
      '\tForm mounted:',
      '\tDescription: PAUSED',
      '\tAlerts: paused',
      '\tConnection: direct',
    ].join('\n');
    expect(parseJobList(out)).toEqual([{ jobId: 'PAUSED-23816', status: null, reasons: [] }]);
    expect(parsePrinterStatuses(out)).toEqual([
      { name: 'PAUSED', state: 'paused', printingJob: null, message: 'Paused', reasons: ['paused'] },
    ]);
  });
});

describe('reasons', () => {
  it('blocking reasons are errors, not warnings or reports', () => {
    expect(blockingReason(['media-empty-error'])).toBe('media-empty');
    expect(blockingReason(['media-low-warning', 'media-empty-warning'])).toBeNull();
    expect(blockingReason(['cover-open'])).toBe('cover-open');
    expect(blockingReason(['none'])).toBeNull();
  });

  it('a finished job with an error message counts as failed, an empty one does not', () => {
    expect(statusLooksFailed('The printer is out of labels (media-empty)')).toBe(true);
    expect(statusLooksFailed(null)).toBe(false);
    expect(statusLooksFailed('Ready to print.')).toBe(false);
  });
});
