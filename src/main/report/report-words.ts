// The printed report's words in the station's language (the screen has its own in the renderer's i18n).
export interface ReportWords {
  title: string;
  shift: string;
  running: string;
  bench: string;
  noPacker: string;
  headers: readonly string[];
  stops: string;
  errors: string;
  couriers: string;
  slowest: string;
  none: string;
}

const en: ReportWords = {
  title: 'Shift report',
  shift: 'Shift',
  running: '(still running)',
  bench: 'Whole bench',
  noPacker: 'No badge',
  headers: ['Packer', 'Orders', 'Per hour', 'Median s', 'p90 s', 'Reprints', 'Returns'],
  stops: 'Stops',
  errors: 'Errors',
  couriers: 'Labels per courier',
  slowest: 'Slowest steps',
  none: 'none',
};

const id: ReportWords = {
  title: 'Laporan shift',
  shift: 'Shift',
  running: '(masih berjalan)',
  bench: 'Seluruh meja',
  noPacker: 'Tanpa badge',
  headers: ['Pengemas', 'Pesanan', 'Per jam', 'Median dtk', 'p90 dtk', 'Cetak ulang', 'Retur'],
  stops: 'Berhenti',
  errors: 'Galat',
  couriers: 'Label per kurir',
  slowest: 'Langkah paling lambat',
  none: 'tidak ada',
};

export function reportWords(language: string): ReportWords {
  return language === 'id' ? id : en;
}
