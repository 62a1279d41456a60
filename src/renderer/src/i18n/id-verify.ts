// Bahasa Indonesia texts: checking the items into the box (merged into id.ts).

export const idVerify = {
  verify: {
    title: 'Cek barang',
    progress: '{{counted}} dari {{expected}} barang',
    countFor: 'Jumlah untuk {{sku}}',
    finish: 'Selesai cek',
    requiredHint: 'Semua barang harus di-scan sebelum pesanan bisa dikemas.',
    complete: 'Semua barang sudah dicek',
    itemOk: '{{sku}}: {{counted}} dari {{expected}}',
    wrong_item: 'Barang salah: {{code}} tidak ada di pesanan ini. Keluarkan dari kardus.',
    over_count: 'Kelebihan: {{code}} sudah lengkap. Keluarkan satu dari kardus.',
    invalid_quantity: 'Ketik bilangan bulat dari 0 sampai jumlah yang dipesan.',
    unknown_line: 'Baris itu tidak ada di pesanan ini.',
    nothingToVerify: 'Semua baris pesanan ini dibatalkan: tidak ada yang perlu dikemas.',
  },
};
