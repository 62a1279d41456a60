// English texts: why a scan was refused before it reached the station (merged into en.ts).

export const enScan = {
  scanProblem: {
    empty: 'The code is empty.',
    emptyAction: 'Scan the code again.',
    too_long: 'The code is too long to be a barcode.',
    too_longAction: 'Scan again, one barcode at a time.',
    invisible: 'The scan had an invisible character ({{char}}), so it is not an exact code.',
    invisibleAction:
      "Scan again. If it keeps happening, check the scanner's settings (prefix, suffix, encoding).",
    not_barcode: 'The code has a character a barcode cannot have ({{char}}).',
    not_barcodeAction: "Scan the order's own barcode, or type the code as printed on the label.",
  },
};
