// Bahasa Indonesia: why a scan was refused before it reached the station (merged into id.ts, typed by en.ts).
import type { Messages } from './en';

export const idScan: Pick<Messages, 'scanProblem'> = {
  scanProblem: {
    empty: 'Kodenya kosong.',
    emptyAction: 'Pindai kodenya lagi.',
    too_long: 'Kodenya terlalu panjang untuk sebuah barcode.',
    too_longAction: 'Pindai lagi, satu barcode saja.',
    invisible: 'Hasil pindai berisi karakter tak terlihat ({{char}}), jadi kodenya tidak persis.',
    invisibleAction:
      'Pindai lagi. Jika terus terjadi, periksa pengaturan scanner (prefiks, sufiks, encoding).',
    not_barcode: 'Kodenya berisi karakter yang tidak mungkin ada di barcode ({{char}}).',
    not_barcodeAction: 'Pindai barcode pesanan itu sendiri, atau ketik kodenya persis seperti di label.',
  },
};
