// Bahasa Indonesia: jawaban Orders API yang datang tetapi tidak bisa dibaca (digabung ke id.ts).
import type { Messages } from './en';

export const idUnreadable: Pick<Messages, 'unreadable'> = {
  unreadable: {
    title: '{{step}}: jawabannya tidak bisa dibaca',
    read: {
      summary:
        'Orders API menjawab dengan sesuatu yang tidak bisa dibaca stasiun. Tidak ada yang dikemas atau dicetak dari salinan lama.',
      action: 'Scan ulang pesanan. Jika terus terjadi, berikan ID permintaan kepada supervisor.',
    },
    write: {
      summary:
        'Orders API menjawab langkah ini dengan sesuatu yang tidak bisa dibaca stasiun: belum diketahui apakah langkah ini sudah dijalankan. Stasiun menanyakannya sendiri ke API dan tidak pernah mengirimnya dua kali.',
      action: 'Tidak ada yang dicetak. Sisihkan kardusnya dan scan ulang sebentar lagi.',
    },
    tray: 'Label tidak tercetak: {{code}} menunggu di Label tertunda sampai stasiun selesai mengecek ke Orders API.',
    stepNote: 'Jawaban tidak bisa dibaca · ID permintaan {{requestId}}',
  },
};
