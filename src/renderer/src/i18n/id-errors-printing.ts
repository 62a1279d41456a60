// Bahasa Indonesia: galat printer dan file label dari main (src/main/printing). Digabung ke id.ts,
// bentuknya mengikuti en.ts.
import type { Messages } from './en';

export const idErrorsPrinting: Pick<Messages, 'printerErrors'> = {
  printerErrors: {
    fileGone: 'File label sudah hilang sebelum sempat dicetak.',
    fileGoneAction: 'Ambil label lagi.',
    cupsDown: 'Layanan cetak (CUPS) tidak menjawab.',
    cupsDownAction: 'Jalankan CUPS atau nyalakan ulang komputer, lalu cetak lagi.',
    cupsMissing: 'Pencetakan belum disiapkan di komputer ini: perintah CUPS "{{command}}" tidak ada.',
    cupsMissingAction: 'Pasang CUPS (Debian/Ubuntu: paket cups-client) lalu jalankan ulang stasiun.',
    refused: 'Printer {{printer}} menolak pekerjaan cetak: {{why}}.',
    refusedAny: 'Printer menolak pekerjaan cetak: {{why}}.',
    unknownPrinter: 'Printer {{printer}} tidak ada — pilih printer di Pengaturan.',
    unknownPrinterAction: 'Pilih printer yang ada di Pengaturan.',
    notAccepting: 'Printer {{printer}} tidak menerima pekerjaan cetak — izinkan dulu, lalu cetak lagi.',
    notAcceptingAction:
      'Izinkan printer menerima pekerjaan di pengaturan printer sistem (cupsaccept {{printer}}), lalu cetak lagi.',
    outOfLabels: 'Printer {{printer}} kehabisan label dan dijeda — isi label, lalu lanjutkan printernya.',
    outOfLabelsAction: 'Isi label, lanjutkan printer (cupsenable {{printer}}), lalu cetak lagi.',
    paused: 'Printer {{printer}} dijeda — lanjutkan printernya, lalu cetak lagi.',
    pausedAction: 'Lanjutkan printer di pengaturan printer sistem (cupsenable {{printer}}), lalu cetak lagi.',
    pausedSaid: 'Printer {{printer}} dijeda ({{said}}) — lanjutkan printernya, lalu cetak lagi.',
    pausedSaidAction:
      'Lanjutkan printer di pengaturan printer sistem (cupsenable {{printer}}), lalu cetak lagi.',
    noJobNumber: 'Printer {{printer}} tidak memberi nomor job: {{said}}',
    windowsNotLoaded: 'Pencetakan Windows tidak bisa dimuat (pdf-to-printer).',
    windowsUnavailable: 'Pencetakan Windows tidak tersedia di komputer ini.',
    windowsRefused: 'Gagal $t(printerErrors.windowsWhat.{{what}}): {{why}}.',
    windowsRefusedAction: 'Pastikan printer menyala dan tersambung, lalu cetak lagi.',
    windowsNoReason: 'Gagal $t(printerErrors.windowsWhat.{{what}}): Windows tidak memberi alasan.',
    windowsNoReasonAction: 'Pastikan printer menyala dan tersambung, lalu cetak lagi.',
    windowsWhat: {
      load: 'memuat pencetakan Windows',
      list: 'mengambil daftar printer',
      default: 'mencari printer bawaan',
      print: 'mencetak di {{printer}}',
    },
    fileMissing: {
      label: 'File label untuk {{code}} tidak ada — ambil label lagi.',
      saved: 'File label tersimpan untuk {{code}} tidak ada — ambil label lagi.',
      other: 'File {{what}} tidak ada — ambil label lagi.',
    },
    notPdf: {
      label: 'Label untuk {{code}} bukan PDF, jadi tidak dicetak — ambil label lagi.',
      saved: 'Label tersimpan untuk {{code}} bukan PDF, jadi tidak dicetak — ambil label lagi.',
      other: '{{what}} bukan PDF, jadi tidak dicetak — ambil label lagi.',
    },
    pages: {
      too_many_pages:
        'PDF label ini {{pages}} halaman; satu label paling banyak {{max}} halaman. Tidak ada yang dicetak — periksa labelnya dengan marketplace atau kurir.',
      no_pages: 'PDF label tidak punya halaman. Tidak ada yang dicetak — ambil label lagi.',
      unreadable: 'PDF label tidak bisa dibaca ({{why}}). Tidak ada yang dicetak — ambil label lagi.',
    },
    noSavedLabel: 'Tidak ada label tersimpan untuk {{code}} di stasiun ini — ambil lagi dari API.',
  },
};
