// Bahasa Indonesia: galat alur pengemasan, label tertunda dan daftar Menunggu dikirim dari main (src/main/station,
// src/main/outbox, src/main/errors). Digabung ke id.ts, bentuknya mengikuti en.ts.
import type { Messages } from './en';

export const idErrorsStation: Pick<Messages, 'stationErrors' | 'outboxErrors'> = {
  stationErrors: {
    english: '{{english}}',
    internal: 'Terjadi kesalahan di dalam stasiun. Rinciannya ada di log.',
    internalAction: 'Coba lagi. Jika terus terjadi, jalankan ulang stasiun dan beri tahu supervisor.',
    invalidInput: 'Stasiun menolak permintaan ke {{channel}}: ada isian yang tidak valid.',
    unknownOutcome: {
      set_process:
        '$t({{inner}}) Belum diketahui apakah {{step}} sudah terjadi: stasiun menanyakannya sendiri ke Orders API (tracking) dan tidak pernah mengirimnya dua kali.',
      set_processAction: 'Sisihkan kardusnya dan scan ulang pesanan sebentar lagi.',
      set_packed:
        '$t({{inner}}) Belum diketahui apakah {{step}} sudah terjadi: stasiun menanyakannya sendiri ke Orders API (tracking) dan tidak pernah mengirimnya dua kali.',
      set_packedAction:
        'Taruh kardus bersama Label tertunda: labelnya tercetak saat Anda scan ulang pesanannya.',
    },
    retryHintAction:
      'Scan ulang pesanan untuk mencoba lagi, atau buang langkah ini di daftar Menunggu dikirim.',
    labelLeftTray: 'Label yang tertunda sudah keluar dari daftar tunggu.',
    labelWaitsOffline:
      'Pesanan {{code}} menunggu di Label tertunda: labelnya diambil saat Orders API tersambung lagi. Tidak ada yang dicetak.',
    labelWaitsOfflineAction: 'Taruh kardus bersama label tertunda; scan ulang setelah stasiun daring lagi.',
    verifyOffline: 'Barang tidak bisa dicek tanpa rincian pesanan.',
    verifyOfflineAction: 'Perbarui pesanan, lalu scan ulang.',
    notVerifying: 'Pesanan {{code}} tidak sedang menunggu cek barang.',
    itemsMismatch: 'Barang tidak cocok dengan pesanan: {{problems}}.',
    itemsMismatchAction: 'Periksa isi kardus.',
    notInTray: 'Pesanan {{code}} tidak ada di Label tertunda.',
    labelNotHereYet: 'Label pesanan {{code}} belum ada: labelnya diambil saat Orders API tersambung lagi.',
    noLabelWaiting: 'Pesanan {{code}} tidak punya label yang tertunda.',
    noLabelWaitingAction: 'Muat ulang daftar: mungkin labelnya sudah dicetak atau dibuang.',
    unknownOffline: 'Pesanan {{code}} tidak ada di daftar stasiun ini dan Orders API tidak bisa dihubungi.',
    unknownOfflineAction: 'Periksa kode pesanan, atau sisihkan kardusnya sampai stasiun daring lagi.',
    jobFailed: 'Label {{code}} tidak tercetak (job {{job}} di {{printer}}): {{reason}}',
    notAwaitingConfirm: 'Tidak ada label pesanan {{code}} yang menunggu konfirmasi.',
    wrongTracking: 'Barcode itu bukan nomor resi pesanan {{code}}.',
    wrongTrackingAction: 'Scan barcode resi pada label kardus ini.',
    syncFailed: 'Pesanan tidak bisa diperbarui: {{why}}',
    queueNotSaved: 'Daftar pesanan terbuka tidak bisa disimpan di komputer ini ({{code}}).',
    queueNotSavedAction:
      'Stasiun tetap bekerja dari memori; sinkronisasi berikutnya menyimpannya lagi. Pastikan disk tidak penuh.',
    stepNotSaved: 'Langkah “$t(steps.{{step}})” tidak bisa disimpan: {{why}}',
  },
  outboxErrors: {
    savedOffline:
      'Orders API sedang tidak bisa dihubungi; langkah ini disimpan dan dikirim saat tersambung lagi.',
    changedElsewhere:
      'Pesanan {{code}} sekarang berstatus $t(status.{{status}}): sudah diubah di tempat lain.',
    changedElsewhereBefore: 'Pesanan {{code}} sudah diubah di tempat lain.',
    changedElsewhereAction:
      'Sisihkan kardusnya dan tanya supervisor. Cetak ulang labelnya jika pesanan masih membutuhkannya.',
    changedElsewherePacked:
      'Pesanan {{code}} sekarang berstatus $t(status.{{status}}): sudah diubah di tempat lain (dikemas di stasiun lain?).',
    changedElsewherePackedAction:
      'Sisihkan kardusnya dan tanya supervisor. Cetak ulang labelnya jika pesanan masih membutuhkannya.',
    refused:
      'Orders API menolak langkah ini untuk pesanan {{code}}, yang berstatus $t(status.{{status}}) (mungkin ada permintaan pembatalan).',
    refusedAction: 'Minta supervisor memeriksa pesanan, lalu coba lagi atau buang langkah ini.',
    notReturnable:
      'Pesanan {{code}} sekarang berstatus $t(status.{{status}}): hanya pesanan yang sudah dikirim atau selesai yang bisa diretur.',
    notReturnableAction: 'Sisihkan paketnya dan tanya supervisor.',
    notSent: 'Stasiun tidak bisa mengirim langkah ini: {{why}}',
    unknownStatus: 'Tracking menunjukkan status tidak dikenal "{{status}}" untuk pesanan {{code}}.',
    unreachable: 'Orders API tidak bisa dihubungi: {{why}}',
    notRetryable:
      'Langkah {{id}} tidak bisa dikirim ulang sekarang: langkah ini tidak ditolak atau dihentikan.',
    notRetryableAction: 'Muat ulang daftar Menunggu dikirim; mungkin sudah terkirim atau dibuang.',
    notDiscardable: 'Langkah {{id}} tidak bisa dibuang sekarang ($t(outbox.states.{{state}})).',
    notDiscardableAction: 'Muat ulang daftar Menunggu dikirim; mungkin sudah terkirim atau dibuang.',
    notDiscardableMissing:
      'Langkah {{id}} tidak bisa dibuang sekarang (tidak ada di daftar Menunggu dikirim).',
    notDiscardableMissingAction: 'Muat ulang daftar Menunggu dikirim; mungkin sudah terkirim atau dibuang.',
    gone: 'Langkah itu sudah tidak ada di daftar Menunggu dikirim.',
  },
};
