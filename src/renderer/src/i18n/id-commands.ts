// Teks Bahasa Indonesia: kartu perintah dan daftar label tertunda (digabung ke id.ts).

export const idTrayList = {
  trayList: {
    title: 'Label tertunda',
    printAll: 'Cetak semua label tertunda',
    print: 'Cetak',
    discard: 'Buang…',
    discardConfirm: 'Buang label ini',
    state: { ready: 'label siap', waiting_label: 'label belum diambil' },
  },
};

export const idCommands = {
  title: 'Kartu perintah',
  hint: 'Scan kartu, tidak perlu memakai mouse.',
  ACK: 'OK / lanjutkan',
  REPRINT_LAST: 'Cetak ulang label terakhir',
  FINISH_VERIFY: 'Selesai cek barang',
  CANCEL_CURRENT: 'Sisihkan pesanan ini',
  NEXT_PICKUP: 'Jadwal pickup berikutnya',
  PRINT_TRAY: 'Cetak label tertunda',
  END_SESSION: 'Akhiri sesi mengemas saya',
  RETURNS: 'Meja retur (aktif / nonaktif)',
  RETURN_CUSTOMER_REQUEST: 'Retur: permintaan pelanggan',
  RETURN_DAMAGED: 'Retur: rusak',
  RETURN_WRONG_ITEM: 'Retur: barang salah',
  RETURN_COURIER_FAILED: 'Retur: kurir gagal kirim',
  RETURN_OTHER: 'Retur: lainnya',
  unknown: 'Kartu perintah tidak dikenal',
};
