// English texts of main's printer and label-file errors (src/main/printing): what went wrong and what to
// do, with the printer's name and the order code as values. Merged into en.ts.

export const enErrorsPrinting = {
  printerErrors: {
    fileGone: 'The label file is gone before it could be printed.',
    fileGoneAction: 'Fetch the label again.',
    cupsDown: 'The printing service (CUPS) is not answering.',
    cupsDownAction: 'Start CUPS or restart the computer, then print again.',
    cupsMissing: 'Printing is not set up on this computer: the CUPS command "{{command}}" is missing.',
    cupsMissingAction: 'Install CUPS (Debian/Ubuntu: the cups-client package) and restart the station.',
    refused: 'Printer {{printer}} refused the job: {{why}}.',
    refusedAny: 'The printer refused the job: {{why}}.',
    unknownPrinter: 'Printer {{printer}} does not exist — choose one in Settings.',
    unknownPrinterAction: 'Choose an existing printer in Settings.',
    notAccepting: 'Printer {{printer}} is not accepting jobs — allow it to accept jobs, then print again.',
    notAcceptingAction:
      'Accept jobs on the printer in the system printer settings (cupsaccept {{printer}}), then print again.',
    outOfLabels: 'Printer {{printer}} is out of labels and paused — load labels, then resume it.',
    outOfLabelsAction: 'Load labels, resume the printer (cupsenable {{printer}}), then print again.',
    paused: 'Printer {{printer}} is paused — resume it, then print again.',
    pausedAction:
      'Resume the printer in the system printer settings (cupsenable {{printer}}), then print again.',
    pausedSaid: 'Printer {{printer}} is paused ({{said}}) — resume it, then print again.',
    pausedSaidAction:
      'Resume the printer in the system printer settings (cupsenable {{printer}}), then print again.',
    noJobNumber: 'Printer {{printer}} gave no job number back: {{said}}',
    windowsNotLoaded: 'Windows printing could not be loaded (pdf-to-printer).',
    windowsUnavailable: 'Windows printing is not available on this computer.',
    windowsRefused: 'Could not $t(printerErrors.windowsWhat.{{what}}): {{why}}.',
    windowsRefusedAction: 'Check the printer is on and connected, then print again.',
    windowsNoReason: 'Could not $t(printerErrors.windowsWhat.{{what}}): Windows gave no reason.',
    windowsNoReasonAction: 'Check the printer is on and connected, then print again.',
    windowsWhat: {
      load: 'load Windows printing',
      list: 'list the printers',
      default: 'find the default printer',
      print: 'print on {{printer}}',
    },
    fileMissing: {
      label: 'The label file for {{code}} is missing — fetch the label again.',
      saved: 'The saved label file for {{code}} is missing — fetch the label again.',
      other: 'The {{what}} file is missing — fetch the label again.',
    },
    notPdf: {
      label: 'The label for {{code}} is not a PDF, so it was not printed — fetch the label again.',
      saved: 'The saved label for {{code}} is not a PDF, so it was not printed — fetch the label again.',
      other: 'The {{what}} is not a PDF, so it was not printed — fetch the label again.',
    },
    pages: {
      too_many_pages:
        'The label PDF has {{pages}} pages; a label has at most {{max}}. Nothing was printed — check the label with the marketplace or the carrier.',
      no_pages: 'The label PDF has no pages. Nothing was printed — fetch the label again.',
      unreadable: 'The label PDF cannot be read ({{why}}). Nothing was printed — fetch the label again.',
    },
    noSavedLabel: 'No saved label for {{code}} on this station — fetch it from the API again.',
  },
};
