import { describe, expect, it } from 'vitest';
import { createMemorySink } from '../../src/main/log/logger';
import { createLogger } from '../../src/main/log/redact';
import type { FollowResult } from '../../src/main/printing/print-service';
import { followedPrinter } from '../../src/main/station/followed-printer';
import type { ErrorInfo } from '../../src/shared/errors';

function printerThatEnds(result: FollowResult) {
  const failed: Array<{ orderCode: string; error: ErrorInfo }> = [];
  const printer = followedPrinter(
    { print: async () => ({ jobId: 'J-7', printer: 'LABELS' }) },
    {
      follow: async () => result,
      log: createLogger(createMemorySink().sink),
      onFailed: (orderCode, error) => failed.push({ orderCode, error }),
    },
  );
  return { printer, failed };
}

describe('followedPrinter', () => {
  it('a label that never came out is told as an ErrorInfo of the print step, not as a string', async () => {
    const { printer, failed } = printerThatEnds({ state: 'failed', reason: 'media-empty' });
    const job = await printer.print({ orderCode: 'ORD-1', file: '/tmp/x.pdf', kind: 'label' });
    expect(job).toEqual({ jobId: 'J-7', printer: 'LABELS' });
    await new Promise((r) => setTimeout(r, 0));
    expect(failed).toEqual([
      {
        orderCode: 'ORD-1',
        error: {
          kind: 'printer',
          step: 'print',
          message: 'The label of ORD-1 did not print (job J-7 on LABELS): media-empty',
          messageKey: 'stationErrors.jobFailed',
          messageValues: { code: 'ORD-1', job: 'J-7', printer: 'LABELS', reason: 'media-empty' },
          retryable: true,
          requestId: null,
          httpStatus: null,
        },
      },
    ]);
  });

  it('a completed job says nothing', async () => {
    const { printer, failed } = printerThatEnds({ state: 'completed' });
    await printer.print({ orderCode: 'ORD-2', file: '/tmp/x.pdf', kind: 'label' });
    await new Promise((r) => setTimeout(r, 0));
    expect(failed).toEqual([]);
  });
});
