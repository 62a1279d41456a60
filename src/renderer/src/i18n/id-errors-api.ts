// Bahasa Indonesia: galat Orders API dari main (src/main/api). Kata-kata API sendiri ({{apiMessage}}) tetap
// seperti yang dikirim API. Digabung ke id.ts, bentuknya mengikuti en.ts.
import type { Messages } from './en';

export const idErrorsApi: Pick<Messages, 'apiErrors'> = {
  apiErrors: {
    subject: {
      any: 'Pesanan ini',
      list: 'Daftar pesanan',
      order: 'Pesanan {{code}}',
      orderId: 'Pesanan #{{id}}',
    },
    service: { api: 'Orders API', labelServer: 'server label' },
    why: {
      dns: 'nama server tidak ditemukan (DNS)',
      dnsLookup: 'nama server tidak bisa dicari (DNS)',
      refused: 'koneksi ditolak',
      cut: 'koneksi terputus',
      closed: 'koneksi ditutup',
      network: 'jaringan tidak terjangkau',
      host: 'server tidak terjangkau',
      tls: 'koneksi aman gagal ({{code}})',
      other: 'koneksi gagal ({{code}})',
    },
    authKey: 'Orders API menolak API key (401).',
    authTenant: 'Orders API menolak tenant ID untuk API key ini (403).',
    notFound: '$t(apiErrors.subject.{{subject}}) tidak dikenal oleh API.',
    conflict: '$t(apiErrors.subject.{{subject}}) tidak dalam status yang membolehkan langkah ini.',
    conflictSaid:
      '$t(apiErrors.subject.{{subject}}) tidak dalam status yang membolehkan langkah ini. Kata API: "{{apiMessage}}".',
    conflictNow:
      'Pesanan {{code}} sekarang berstatus $t(status.{{status}}); langkah ini tidak boleh dari status itu.',
    rejectedFields: 'Orders API menolak permintaan ({{fields}}).',
    rejected: 'Orders API menolak permintaan.',
    rejectedSaid: 'Orders API menolak permintaan. Kata API: "{{apiMessage}}".',
    busy: 'Orders API sedang sibuk (terlalu banyak permintaan). Coba lagi sebentar lagi.',
    server: 'Orders API sedang bermasalah di sisinya (HTTP {{status}}).',
    unexpected: 'Orders API menjawab dengan HTTP {{status}} yang tidak terduga.',
    unexpectedSaid:
      'Orders API menjawab dengan HTTP {{status}} yang tidak terduga. Kata API: "{{apiMessage}}".',
    unreadable: 'Orders API mengirim jawaban yang tidak bisa dibaca stasiun: {{what}}.',
    timeout: 'Tidak ada jawaban dari $t(apiErrors.service.{{service}}) dalam {{seconds}} detik.',
    timeoutConnect: 'Tidak bisa menghubungi $t(apiErrors.service.{{service}}) dalam {{seconds}} detik.',
    network: 'Tidak bisa menghubungi $t(apiErrors.service.{{service}}): $t(apiErrors.why.{{why}}).',
    cancelled: 'Permintaan ke $t(apiErrors.service.{{service}}) dibatalkan.',
    badQuery: 'Filter daftar pesanan tidak valid: {{issues}}.',
    badOrderId: 'ID pesanan {{id}} tidak valid.',
    badAddress:
      'Alamat Orders API "{{address}}" tidak bisa dipakai: $t(apiErrors.badAddressWhy.{{why}}). Gunakan https://host[:port].',
    badAddressWhy: {
      notUrl: 'ini bukan alamat web',
      notHttp: 'hanya http(s) yang bisa',
      plainHttp:
        'http:// biasa hanya boleh untuk komputer ini (localhost, 127.0.0.1, ::1): API key akan lewat jaringan tanpa enkripsi',
      credentials: 'tidak boleh berisi nama pengguna atau kata sandi',
      query: 'tidak boleh berisi ? atau #',
      path: 'path-nya harus kosong atau {{prefix}}',
    },
    keyElsewhere: 'Stasiun menolak mengirim API key ke alamat lain.',
    action: {
      network: 'Periksa kabel jaringan atau Wi-Fi, lalu coba lagi.',
      timeout: 'Coba lagi. Jika terus terjadi, beri tahu supervisor.',
      auth: 'Periksa API key di Pengaturan, atau tanya supervisor.',
      auth_tenant: 'Periksa tenant ID di Pengaturan, atau tanya supervisor.',
      not_found: 'Periksa kode pesanan di kardus, lalu scan ulang.',
      conflict: 'Sisihkan kardusnya dan tanya supervisor.',
      validation: 'Perbaiki kolom yang ditandai, lalu coba lagi.',
      server: 'Tunggu sebentar, lalu coba lagi.',
      bad_response: 'Coba lagi. Jika terus terjadi, beri tahu supervisor dan berikan ID permintaannya.',
      label: 'Ambil label lagi. Jika terus terjadi, beri tahu supervisor.',
    },
    label: {
      notUrl: 'Alamat label dari API bukan alamat web.',
      notHttp: 'Alamat label dari API bukan http(s); stasiun tidak akan membukanya.',
      password: 'Alamat label berisi kata sandi; ditolak.',
      hopRefused: 'Mengunduh label: {{why}}. Ditolak; tidak ada yang diambil dari sana.',
      server: 'Server label sedang bermasalah di sisinya (HTTP {{status}}).',
      status: 'Server label menjawab HTTP {{status}}, bukan label.',
      tooLarge: 'Label lebih besar dari {{mib}} MiB; ditolak.',
      notSaved: 'Label tidak bisa disimpan di komputer ini ({{why}}).',
      notPdf: 'File label bukan PDF; tidak disimpan.',
      empty: 'File label kosong atau terpotong.',
    },
  },
};
