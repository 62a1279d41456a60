// Bahasa Indonesia: galat dari meja di samping pengemasan (retur, batch, serah terima kurir, klip video,
// dokumen). Digabung ke id.ts, bentuknya mengikuti en.ts.
import type { Messages } from './en';

export const idErrorsBench: Pick<Messages, 'benchErrors'> = {
  benchErrors: {
    slipNotPrinted: 'Slip retur tidak tercetak: {{why}}',
    noSuchReturn: 'Retur itu tidak ada di meja ini.',
    returnRefused: {
      unknown:
        'Tidak ada pesanan dengan AWB atau kode pesanan "{{code}}". Periksa labelnya, atau ketik kode pesanan.',
      unknownOffline:
        'Salinan stasiun ini tidak punya pesanan dengan AWB atau kode pesanan "{{code}}", dan Orders API tidak bisa dihubungi: sisihkan paketnya dan scan ulang setelah stasiun daring lagi.',
      wrong_status:
        'Pesanan {{orderCode}} berstatus $t(status.{{status}}): hanya pesanan Dikirim atau Selesai yang bisa diretur.',
      already_returned: 'Pesanan {{orderCode}} sudah Dikembalikan: tidak ada yang perlu dicatat.',
      already_recorded: 'Retur pesanan {{orderCode}} sudah dicatat di meja ini.',
    },
    noBatch: 'Tidak ada batch {{id}} di stasiun ini.',
    batchRunning: 'Masih ada batch yang berjalan: tunggu sampai selesai sebelum memulai yang lain.',
    batchStillRunning: 'Batch masih berjalan: cetak lagi setelah selesai.',
    nothingWaits: 'Sudah tidak ada yang menunggu untuk {{courier}}.',
    nothingWaitsAction: 'Muat ulang daftar serah terima.',
    nothingWaitsPickup: 'Sudah tidak ada yang menunggu untuk {{courier}} ($t(pickup.{{pickup}})).',
    nothingWaitsPickupAction: 'Muat ulang daftar serah terima.',
    handedOver: 'Kardus-kardus untuk {{courier}} ini sudah diserahterimakan.',
    handedOverAction: 'Muat ulang daftar serah terima.',
    noHandover: 'Tidak ada serah terima {{id}} di stasiun ini.',
    clip: {
      chunkOrder: 'Potongan video {{seq}} yang datang, padahal yang ditunggu {{expected}}.',
      tooLong: 'Klip ini sudah mencapai panjang maksimum.',
      fullPath: 'Berikan path lengkap folder tujuan ekspor.',
      noFolder: 'Tidak ada folder di {{folder}}.',
      exists: '{{file}} sudah ada di folder itu.',
      gone: 'Klip itu sudah tidak ada di stasiun ini.',
      notRecording: 'Klip itu tidak sedang direkam (sudah selesai, atau stasiun dijalankan ulang).',
    },
    recordingOff: 'Perekaman dimatikan di stasiun ini.',
    cameraRequired:
      'Perekaman wajib di meja ini dan kameranya belum siap, jadi pesanan tidak bisa di-scan. Sambungkan kamera (Pengaturan → Kamera), atau minta supervisor membuat perekaman opsional.',
    cameraRequiredAction: 'Sambungkan kamera, atau jadikan perekaman opsional di Pengaturan.',
    orderNotFound: 'Pesanan {{code}} tidak ditemukan.',
    noDocumentPrinter: 'Belum ada printer dokumen yang dipilih dan komputer ini tidak punya printer bawaan.',
    noDocumentPrinterAction: 'Pilih printer dokumen di Pengaturan.',
    noSlip: 'Slip pengemasan tidak bisa dibuat: {{list}}',
  },
};
