// Bahasa Indonesia: galat seputar pekerjaan supervisor dari main (perubahan pesanan, pengaturan, PIN,
// koneksi). Digabung ke id.ts, bentuknya mengikuti en.ts.
import type { Messages } from './en';

export const idErrorsSupervisor: Pick<Messages, 'supervisorErrors'> = {
  supervisorErrors: {
    what: {
      cancel: 'pembatalan',
      return: 'retur',
      complete: 'penyelesaian',
      create: 'pesanan baru',
      update: 'perubahan',
      approveCancel: 'persetujuan pembatalan',
      rejectCancel: 'penolakan pembatalan',
    },
    needsOnline:
      'Orders API tidak bisa dihubungi: $t(supervisorErrors.what.{{what}}) untuk {{orderCode}} perlu koneksi. Tidak ada yang dikirim dan tidak ada yang berubah.',
    needsOnlineAction:
      'Tindakan supervisor tidak pernah disimpan untuk nanti: coba lagi saat stasiun menunjukkan Daring.',
    unknownOutcome:
      'Hasil $t(supervisorErrors.what.{{what}}) untuk {{orderCode}} tidak diketahui: $t({{inner}}) Mungkin sudah diterapkan, mungkin belum.',
    unknownOutcomeAction:
      'Periksa pesanan {{orderCode}} (muat ulang rincian dan riwayatnya) sebelum mencoba lagi, supaya tidak terjadi dua kali.',
    updateNothing: 'Perubahan untuk {{code}} tidak mengubah apa pun, jadi tidak dikirim.',
    updateNothingAction: 'Ubah paling sedikit satu kolom, lalu simpan.',
    pinAlreadySet: 'PIN supervisor sudah dipasang: ganti di bagian PIN supervisor.',
    pinWithConnection:
      'Pasang PIN supervisor (6 sampai 12 angka) bersama koneksi API: setelah stasiun memakai Orders API sungguhan, Pengaturan dan tindakan supervisor memerlukannya.',
    pinWithConnectionAction: 'Masukkan PIN supervisor baru bersama koneksinya, lalu simpan lagi.',
    currentPinFirst: 'Masukkan PIN supervisor yang sekarang terlebih dulu.',
    keyProvisioned:
      'API key diatur oleh lingkungan komputer ini (PACKING_API_KEY) dan tidak bisa diubah di sini.',
    addressBeforeKey:
      'Masukkan alamat Orders API sebelum API key: key hanya disimpan untuk alamat itu dan tidak pernah dikirim ke tempat lain.',
    settingsDamaged:
      'Tindakan supervisor dikunci: file pengaturan stasiun rusak, jadi PIN supervisor tidak bisa dibaca.',
    settingsDamagedAction:
      'Tutup stasiun dan hapus settings.json di folder datanya (salinan file yang rusak disimpan di sebelahnya); lalu masukkan koneksi dan PIN baru di Pengaturan.',
    noPin:
      'Tindakan supervisor dikunci: stasiun ini memakai Orders API sungguhan dan belum ada PIN supervisor.',
    noPinAction: 'Pasang PIN supervisor minimal 6 angka di Pengaturan, lalu coba lagi.',
    unknownRequest: 'Permintaan tidak dikenal.',
    needsSupervisor: 'Ini perlu supervisor. Masukkan PIN supervisor terlebih dulu.',
    needsSupervisorAction: 'Minta supervisor memasukkan PIN, lalu coba lagi.',
    wrongSender: 'Ditolak: permintaan ini tidak datang dari jendela stasiun.',
    keyUnreadable: 'Stasiun tidak bisa membaca API key-nya di komputer ini.',
    keyUnreadableAction: 'Minta supervisor memasukkan API key di Pengaturan.',
    notConnected: 'Stasiun belum tersambung ke Orders API.',
    notConnectedAction: 'Minta supervisor memasukkan API key di Pengaturan.',
    keyNotSaved:
      'API key tidak disimpan: $t(supervisorErrors.keyNotSavedWhy.{{why}}). Stasiun tidak pernah menyimpannya sebagai teks biasa.',
    keyNotSavedAction: 'Jalankan keyring komputer, atau atur key lewat PACKING_API_KEY.',
    keyNotSavedWhy: {
      none: 'komputer ini tidak punya penyimpanan terenkripsi',
      noKeyring:
        'tidak ada keyring (GNOME Keyring atau KWallet) yang berjalan, jadi key hanya bisa disimpan sebagai teks biasa',
    },
  },
};
