// Teks Bahasa Indonesia: meja retur (digabung ke id.ts).

export const idReturns = {
  returns: {
    title: 'Meja retur',
    open: 'Retur (F4)',
    leave: 'Kembali ke pengemasan (F4)',
    hint: 'Pindai AWB pada paket retur, atau ketik kode pesanannya.',
    code: 'AWB atau kode pesanan',
    find: 'Cari',
    looking: 'Mencari {{code}}…',
    order: 'Pesanan {{code}}',
    awb: 'AWB',
    status: 'Status',
    shipped: 'Dikirim',
    courier: 'Kurir',
    recipient: 'Penerima',
    items: 'Barang',
    qty: '× {{count}}',
    fromCache: 'Dari salinan di stasiun ini (offline): retur dicek ke Orders API sebelum dikirim.',
    reasonAsk: 'Kenapa paket kembali? Tekan 1–5 atau pindai kartu alasan.',
    reasonChosen: 'Alasan: {{reason}}. Tambahkan catatan bila perlu, lalu tekan Enter.',
    reason: {
      customer_request: 'Permintaan pelanggan',
      damaged: 'Rusak',
      wrong_item: 'Barang salah',
      courier_failed: 'Kurir gagal mengantar',
      other: 'Lainnya',
    },
    note: 'Catatan (opsional)',
    record: 'Catat retur (Enter)',
    saving: 'Mencatat retur {{code}}…',
    saved: 'Retur {{code}} tercatat ({{reason}}). Masukkan slip ke wadah bersama paketnya.',
    savedQueued:
      'Retur {{code}} tersimpan di stasiun ini ({{reason}}): akan dikirim saat Orders API tersambung lagi.',
    slipFailed: 'Slip retur tidak tercetak: {{message}}',
    refused: {
      unknown:
        'Tidak ada pesanan dengan AWB atau kode pesanan “{{code}}”. Cek labelnya, atau ketik kode pesanan.',
      unknownOffline:
        'Salinan di stasiun ini tidak punya pesanan dengan AWB atau kode pesanan “{{code}}”, dan Orders API tidak bisa dihubungi: sisihkan paketnya dan pindai lagi saat stasiun kembali online.',
      wrong_status:
        'Pesanan {{orderCode}} berstatus {{status}}: hanya pesanan Dikirim atau Selesai yang bisa diretur.',
      already_returned: 'Pesanan {{orderCode}} sudah berstatus Retur: tidak ada yang perlu dicatat.',
      already_recorded: 'Retur pesanan {{orderCode}} sudah dicatat di sini pukul {{time}}.',
    },
    ack: 'OK (Esc)',
    today: 'Retur hari ini',
    reasonColumn: 'Alasan',
    stateColumn: 'Terkirim?',
    none: 'Belum ada retur hari ini.',
    time: 'Waktu',
    who: 'Oleh',
    state: {
      queued: 'Tersimpan, akan dikirim',
      sending: 'Mengirim',
      done: 'Diretur',
      failed: 'Ditolak: perlu supervisor',
      stopped: 'Dihentikan: perlu supervisor',
      discarded: 'Dibuang',
    },
    reprint: 'Cetak ulang slip',
    notice: {
      onlyInReturns: 'Kartu alasan hanya berlaku di meja retur: pindai kartu RETUR dulu.',
      chooseFirst: 'Pindai paket retur dulu.',
      reasonFirst: 'Pilih alasan dulu (1–5).',
    },
  },
};
