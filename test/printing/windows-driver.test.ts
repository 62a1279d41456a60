import { describe, expect, it } from 'vitest';
import { PrinterError } from '../../src/main/printing/errors';
import { createPrinterDriver } from '../../src/main/printing/index';
import { createWindowsDriver, type PdfToPrinterModule } from '../../src/main/printing/windows-driver';

type PrintCall = [string, Parameters<PdfToPrinterModule['print']>[1]];

function fakeModule(overrides: Partial<PdfToPrinterModule> = {}) {
  const printed: PrintCall[] = [];
  const mod: PdfToPrinterModule = {
    print: async (pdf, options) => {
      printed.push([pdf, options]);
    },
    getPrinters: async () => [
      { name: 'ZDesigner GK420d', deviceId: 'ZDesigner GK420d', paperSizes: ['4x6'] },
      { name: 'Office', deviceId: 'Office', paperSizes: ['A4'] },
    ],
    getDefaultPrinter: async () => ({ name: 'Office' }),
    ...overrides,
  };
  return { mod, printed };
}

async function rejection(promise: Promise<unknown>): Promise<PrinterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PrinterError);
  return error as PrinterError;
}

describe('Windows driver', () => {
  it('prints at true size (noscale) on the chosen printer, no paper size for label media', async () => {
    const { mod, printed } = fakeModule();
    const job = await createWindowsDriver({ module: mod }).submit({
      file: 'C:\\labels\\ORD1.pdf',
      printer: 'ZDesigner GK420d',
      media: '4x6in',
      title: 'label ORD1',
    });
    expect(printed).toEqual([['C:\\labels\\ORD1.pdf', { printer: 'ZDesigner GK420d', scale: 'noscale' }]]);
    expect(job.printer).toBe('ZDesigner GK420d');
    expect(job.jobId).toMatch(/^win-/);
  });

  it('fit-to-page, A4 paper and copies when asked', async () => {
    const { mod, printed } = fakeModule();
    await createWindowsDriver({ module: mod }).submit({
      file: 'a.pdf',
      printer: 'Office',
      media: 'A4',
      title: 't',
      fitToPage: true,
      copies: 3,
    });
    expect(printed).toEqual([['a.pdf', { printer: 'Office', scale: 'fit', paperSize: 'A4', copies: 3 }]]);
  });

  it('turns a plain string rejection into a PrinterError in words', async () => {
    const { mod } = fakeModule({
      print: () => Promise.reject('Printer ZDesigner GK420d is offline'),
    });
    const error = await rejection(
      createWindowsDriver({ module: mod }).submit({
        file: 'a.pdf',
        printer: 'ZDesigner GK420d',
        media: 'A6',
        title: 't',
      }),
    );
    expect(error.kind).toBe('printer');
    expect(error.message).toBe('Could not print on ZDesigner GK420d: Printer ZDesigner GK420d is offline.');
    expect(error.toInfo()).toMatchObject({
      kind: 'printer',
      step: 'print',
      requestId: null,
      httpStatus: null,
    });
  });

  it('maps "Operating System not supported" (a string) and undefined rejections', async () => {
    const unsupported = fakeModule({ getPrinters: () => Promise.reject('Operating System not supported') });
    const error = await rejection(createWindowsDriver({ module: unsupported.mod }).listPrinters());
    expect(error.code).toBe('not_installed');

    const silent = fakeModule({ getDefaultPrinter: () => Promise.reject(undefined) });
    const noReason = await rejection(createWindowsDriver({ module: silent.mod }).defaultPrinter());
    expect(noReason.message).toBe('Could not find the default printer: no reason given.');
  });

  it('refuses a printer Windows does not have, before printing', async () => {
    const { mod, printed } = fakeModule();
    const error = await rejection(
      createWindowsDriver({ module: mod }).submit({
        file: 'a.pdf',
        printer: 'Gone',
        media: 'A6',
        title: 't',
      }),
    );
    expect(error.code).toBe('unknown_printer');
    expect(error.message).toBe('Printer Gone does not exist — choose one in Settings.');
    expect(printed).toEqual([]);
  });

  it('lists printers with the default marked, and is honest about job state', async () => {
    const driver = createWindowsDriver({ module: fakeModule().mod });
    expect(await driver.listPrinters()).toEqual([
      { name: 'ZDesigner GK420d', isDefault: false, state: 'unknown' },
      { name: 'Office', isDefault: true, state: 'unknown' },
    ]);
    expect(await driver.defaultPrinter()).toBe('Office');
    expect(await driver.jobState({ jobId: 'win-1', printer: 'Office' })).toEqual({
      state: 'unknown',
      reason: 'Windows reports the job as spooled, not printed',
    });
  });

  it('loads the module lazily, once, and retries after a failed load', async () => {
    let loads = 0;
    const { mod } = fakeModule();
    const driver = createWindowsDriver({
      load: async () => {
        loads += 1;
        if (loads === 1) throw 'cannot load';
        return mod;
      },
    });
    expect(loads).toBe(0);
    await rejection(driver.defaultPrinter());
    expect(await driver.defaultPrinter()).toBe('Office');
    expect(await driver.defaultPrinter()).toBe('Office');
    expect(loads).toBe(2);
  });
});

describe('createPrinterDriver', () => {
  it('picks pdf-to-printer on win32 and CUPS elsewhere', () => {
    expect(createPrinterDriver('win32', { pdfToPrinter: fakeModule().mod }).platform).toBe('windows');
    expect(createPrinterDriver('linux').platform).toBe('cups');
    expect(createPrinterDriver('darwin').platform).toBe('cups');
  });

  it('the real pdf-to-printer loads on Linux and rejects as unsupported, in words', async () => {
    const error = await rejection(createPrinterDriver('win32').listPrinters());
    expect(error.code).toBe('not_installed');
    expect(error.message).toBe('Windows printing is not available on this computer.');
  });
});
