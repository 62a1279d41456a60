// Teks Bahasa Indonesia: pengemasan massal per batch (digabung ke id.ts).
import type { enBatches } from './en-batches';

export const idBatches: typeof enBatches = {
  batches: {
    title: 'Kemas satu batch (kemas massal, satu cetakan label)',
    filters: 'Pilih pesanan To Process',
    any: 'Semua',
    courier: 'Kurir',
    channel: 'Kanal',
    delivery: 'Pengiriman (jadwal pickup)',
    find: 'Cari pesanan yang cocok',
    matching: '{{count}} pesanan To Process cocok · {{selected}} dipilih',
    truncated: 'Hanya 2.000 yang terlama ditampilkan: persempit filter.',
    selectAll: 'Pilih semua {{count}} yang cocok',
    fake: 'pesanan palsu',
    byMarketplace: 'dikirim oleh marketplace',
    start: 'Kemas {{count}} pesanan dan cetak labelnya',
    limit: 'hasil tiap pesanan ditunggu sampai {{seconds}} dtk',
    progressLabel: 'Kemajuan batch',
    counts:
      '{{settled}} dari {{total}} selesai · {{packed}} dikemas · {{refused}} ditolak · {{failed}} gagal · {{unknown}} tidak pasti · {{shipped}} dikirim',
    job: 'Satu cetakan label {{jobId}} di {{printer}}: {{pages}} halaman',
    printUnknown:
      'Stasiun berhenti saat cetakan label dikirim: mungkin sudah tercetak. Periksa printer, lalu cetak ulang batch dengan sengaja bila belum.',
    shipped: 'dikirim',
    stopped: 'Batch berhenti: {{reason}} Tidak ada yang dikirim dua kali saat dilanjutkan.',
    resume: 'Lanjutkan batch ini',
    reprintOne: 'Cetak ulang label ini',
    reprint: 'Cetak ulang seluruh batch',
    csv: 'Unduh {{count}} kegagalan (CSV)',
    phase: {
      screening: 'Memeriksa pesanan…',
      sending: 'Mengirim ke API…',
      confirming: 'Memastikan tiap pesanan sudah dikemas…',
      labels: 'Mengambil label…',
      printing: 'Mencetak label…',
      shipping: 'Tercetak: menandai tercetak dan mengirim…',
      done: 'Batch selesai',
      print_unknown: 'Cetakan label: hasil tidak pasti',
      print_failed: 'Cetakan label tidak tercetak',
    },
    state: {
      waiting: 'menunggu',
      refused: 'ditolak stasiun',
      sent: 'terkirim, memastikan…',
      packed: 'dikemas',
      failed: 'tidak dikemas',
      unknown: 'tidak pasti — periksa',
    },
  },
};
