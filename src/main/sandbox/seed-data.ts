// Realistic Indonesian reference data for seeded orders: people, places with real postal codes,
// couriers and their services, a product catalogue whose barcodes are the SKUs, and stores.
import type { StorePlatform } from './types';

export const FIRST_NAMES = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rizky',
  'Putri',
  'Andi',
  'Rina',
  'Hendra',
  'Wulan',
  'Fajar',
  'Indah',
  'Yusuf',
  'Ayu',
  'Dimas',
  'Nur',
  'Eko',
  'Sri',
  'Bayu',
  'Lestari',
  'Teguh',
  'Maya',
  'Arif',
  'Fitri',
  'Made',
  'Ketut',
  'Wayan',
  'Nyoman',
  'Ucok',
  'Butet',
  'Andi',
  'Ilham',
  'Reza',
  'Citra',
  'Gilang',
  'Nadia',
];

export const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Saputra',
  'Lestari',
  'Pratama',
  'Hidayat',
  'Nasution',
  'Siregar',
  'Kusuma',
  'Setiawan',
  'Rahmawati',
  'Gunawan',
  'Sihombing',
  'Wibowo',
  'Harahap',
  'Susanto',
  'Purnama',
  'Hakim',
  'Mahendra',
  'Sulistyo',
  'Daeng',
  'Pangaribuan',
  'Suryadi',
  'Anggraini',
];

export const STREETS = [
  'Jl. Merdeka',
  'Jl. Sudirman',
  'Jl. Gatot Subroto',
  'Jl. Diponegoro',
  'Jl. Ahmad Yani',
  'Jl. Pemuda',
  'Jl. Gajah Mada',
  'Jl. Hayam Wuruk',
  'Jl. Imam Bonjol',
  'Jl. Pahlawan',
  'Jl. Veteran',
  'Jl. Kartini',
  'Jl. Cendrawasih',
  'Jl. Melati',
  'Jl. Kenanga',
  'Jl. Mawar',
  'Gg. Masjid',
  'Jl. Raya Bogor',
];

export const REMARKS = ['', '', '', 'Titip di security', 'Rumah pagar hitam', 'Samping warung', 'Telp dulu'];

export interface Region {
  state: string;
  city: string;
  district: string;
  subDistrict: string;
  postalCode: string;
}

// state | city | district | sub-district | postal code (real ones)
const REGION_ROWS = `
  DKI Jakarta|Jakarta Pusat|Kemayoran|Kebon Kosong|10630
  DKI Jakarta|Jakarta Selatan|Kebayoran Baru|Senayan|12190
  DKI Jakarta|Jakarta Barat|Grogol Petamburan|Tanjung Duren Utara|11470
  DKI Jakarta|Jakarta Timur|Cakung|Pulo Gebang|13950
  DKI Jakarta|Jakarta Utara|Kelapa Gading|Kelapa Gading Barat|14240
  Jawa Barat|Kota Bandung|Coblong|Dago|40135
  Jawa Barat|Kota Bekasi|Bekasi Selatan|Kayuringin Jaya|17144
  Jawa Barat|Kota Bogor|Bogor Tengah|Paledang|16122
  Jawa Barat|Kota Depok|Beji|Kukusan|16425
  Jawa Barat|Kabupaten Tasikmalaya|Sariwangi|Sariwangi|46465
  Jawa Tengah|Kota Semarang|Tembalang|Tembalang|50275
  Jawa Tengah|Kota Surakarta|Laweyan|Sondakan|57147
  DI Yogyakarta|Kota Yogyakarta|Gondokusuman|Terban|55223
  Jawa Timur|Kota Surabaya|Gubeng|Airlangga|60286
  Jawa Timur|Kota Malang|Lowokwaru|Ketawanggede|65145
  Jawa Timur|Kabupaten Sidoarjo|Waru|Tropodo|61256
  Banten|Kota Tangerang Selatan|Serpong|Lengkong Gudang|15321
  Bali|Kota Denpasar|Denpasar Selatan|Sanur|80228
  Bali|Kabupaten Badung|Kuta|Legian|80361
  Sumatera Utara|Kota Medan|Medan Baru|Padang Bulan|20155
  Sumatera Utara|Kota Pematangsiantar|Siantar Barat|Proklamasi|21111
  Sumatera Barat|Kota Padang|Padang Utara|Air Tawar Barat|25132
  Sumatera Selatan|Kota Palembang|Ilir Timur I|20 Ilir D I|30128
  Sulawesi Selatan|Kota Makassar|Panakkukang|Pandang|90231
  Sulawesi Utara|Kota Manado|Wenang|Wenang Utara|95111
  Kalimantan Timur|Kota Balikpapan|Balikpapan Kota|Klandasan Ilir|76113
  Kalimantan Barat|Kota Pontianak|Pontianak Kota|Darat Sekip|78117
  Nusa Tenggara Barat|Kota Mataram|Cakranegara|Cakranegara Barat|83231
`;

export const REGIONS: readonly Region[] = REGION_ROWS.trim()
  .split('\n')
  .map((row) => {
    const [state, city, district, subDistrict, postalCode] = row.trim().split('|');
    return { state, city, district, subDistrict, postalCode };
  });

export interface Courier {
  provider: string;
  service: string;
  delivery: string;
  /** Tracking number prefix and digit count, as the courier issues them. */
  prefix: string;
  digits: number;
}

export const COURIERS: readonly Courier[] = [
  { provider: 'JNE', service: 'REG', delivery: 'REGULER', prefix: 'CGK', digits: 12 },
  { provider: 'JNE', service: 'YES', delivery: 'EXPRESS', prefix: 'CGK', digits: 12 },
  { provider: 'J&T', service: 'EZ', delivery: 'REGULER', prefix: 'JP', digits: 10 },
  { provider: 'SiCepat', service: 'REG', delivery: 'REGULER', prefix: '00', digits: 10 },
  { provider: 'SiCepat', service: 'BEST', delivery: 'EXPRESS', prefix: '00', digits: 10 },
  { provider: 'ID EXPRESS', service: 'iDlite', delivery: 'REGULER', prefix: 'IDS', digits: 9 },
  { provider: 'Dethix', service: 'Reguler', delivery: 'REGULER', prefix: 'DTX', digits: 7 },
  { provider: 'AnterAja', service: 'Reguler', delivery: 'REGULER', prefix: '10', digits: 11 },
];

export interface Product {
  id: number;
  name: string;
  sku: string;
  price: number;
  weight: number;
}

export const PRODUCTS: readonly Product[] = [
  { id: 101, name: 'Kaos Polos Cotton Combed 30s Hitam L', sku: 'KPC30S-BLK-L', price: 45000, weight: 0.2 },
  { id: 102, name: 'Kaos Polos Cotton Combed 30s Putih M', sku: 'KPC30S-WHT-M', price: 45000, weight: 0.2 },
  { id: 103, name: 'Kemeja Flanel Kotak Merah XL', sku: 'KMF-RED-XL', price: 129000, weight: 0.35 },
  { id: 104, name: 'Celana Chino Slim Fit Khaki 32', sku: 'CHN-KHK-32', price: 159000, weight: 0.5 },
  { id: 105, name: 'Hijab Voal Motif Sakura', sku: 'HJB-VOAL-SKR', price: 35000, weight: 0.1 },
  { id: 106, name: 'Handuk Mandi Microfiber 70x140', sku: 'HDK-MF-70140', price: 15000, weight: 0.3 },
  { id: 107, name: 'Sandal Jepit Karet Hitam 42', sku: 'SDL-JPT-42', price: 25000, weight: 0.25 },
  { id: 108, name: 'Tumbler Stainless 500ml Navy', sku: 'TMB-SS500-NVY', price: 89000, weight: 0.4 },
  { id: 109, name: 'Kopi Arabika Gayo 250g', sku: 'KOPI-GAYO-250', price: 95000, weight: 0.27 },
  { id: 110, name: 'Teh Hijau Celup 25 Sachet', sku: 'TEH-HJU-25', price: 18000, weight: 0.1 },
  { id: 111, name: 'Sambal Bawang Botol 150ml', sku: 'SMB-BWG-150', price: 27000, weight: 0.25 },
  { id: 112, name: 'Keripik Singkong Balado 200g', sku: 'KRP-BLD-200', price: 22000, weight: 0.22 },
  { id: 113, name: 'Kabel Data USB-C 1m', sku: 'KBL-USBC-1M', price: 39000, weight: 0.05 },
  { id: 114, name: 'Charger Adaptor 20W PD', sku: 'CHG-PD-20W', price: 119000, weight: 0.12 },
  { id: 115, name: 'Earphone TWS Bluetooth 5.3', sku: 'TWS-BT53-BLK', price: 199000, weight: 0.15 },
  { id: 116, name: 'Powerbank 10000mAh Putih', sku: 'PB-10K-WHT', price: 175000, weight: 0.3 },
  { id: 117, name: 'Casing HP Silikon Bening', sku: 'CASE-SIL-CLR', price: 19000, weight: 0.04 },
  { id: 118, name: 'Lampu LED 12W E27', sku: 'LED-12W-E27', price: 32000, weight: 0.1 },
  { id: 119, name: 'Sabun Cuci Piring Refill 780ml', sku: 'SCP-REF-780', price: 16500, weight: 0.8 },
  { id: 120, name: 'Minyak Kayu Putih 60ml', sku: 'MKP-60ML', price: 24000, weight: 0.09 },
  { id: 121, name: 'Buku Tulis 58 Lembar (isi 10)', sku: 'BKT-58-10', price: 42000, weight: 0.9 },
  { id: 122, name: 'Pulpen Gel 0.5 Hitam (isi 12)', sku: 'PLP-GEL05-12', price: 36000, weight: 0.15 },
  { id: 123, name: 'Tas Ransel Laptop 15 inch', sku: 'TAS-RNS-15', price: 249000, weight: 0.9 },
  { id: 124, name: 'Sepatu Sneakers Kanvas Putih 40', sku: 'SPT-KNV-WHT-40', price: 185000, weight: 0.8 },
  { id: 125, name: 'Masker Medis 3 Ply (50 pcs)', sku: 'MSK-3PLY-50', price: 28000, weight: 0.2 },
  { id: 126, name: 'Serum Wajah Niacinamide 20ml', sku: 'SRM-NIA-20', price: 69000, weight: 0.06 },
  { id: 127, name: 'Mainan Balok Kayu 50 pcs', sku: 'MNB-KAYU-50', price: 79000, weight: 0.7 },
  { id: 128, name: 'Panci Presto 20cm', sku: 'PNC-PRS-20', price: 289000, weight: 2.1 },
];

export interface Store {
  id: number;
  platform: StorePlatform;
  name: string;
  channelId: string;
}

export const STORES: readonly Store[] = [
  { id: 1, platform: 'offline', name: 'Toko Offline', channelId: 'VWXYZAIUC' },
  { id: 2, platform: 'shopee', name: 'Rumah Rapi Official Shop', channelId: 'SHP-88213407' },
  { id: 3, platform: 'tokopedia', name: 'Rumah Rapi Tokopedia', channelId: 'TKP-1290554' },
  { id: 4, platform: 'lazada', name: 'Rumah Rapi LazMall', channelId: 'LZD-500177312' },
  { id: 5, platform: 'tiktok', name: 'Rumah Rapi TikTok Shop', channelId: 'TTS-7494021185' },
  { id: 6, platform: 'offline', name: 'Gudang Pusat - Penjualan Langsung', channelId: 'OFFLINE-GDP' },
];

export interface Warehouse {
  id: number;
  code: string;
  city: string;
}

export const WAREHOUSES: readonly Warehouse[] = [
  { id: 1, code: 'WH-JKT-01', city: 'Jakarta Utara' },
  { id: 2, code: 'WH-SBY-01', city: 'Surabaya' },
];

/** Sorting hubs a parcel passes through, for plausible delivery histories. */
export const HUBS = [
  'Jakarta Gateway',
  'Bandung Hub',
  'Semarang Hub',
  'Surabaya Gateway',
  'Makassar Hub',
  'Medan Hub',
];

export const PAYMENT_VIA = ['TRANSFER BANK', 'VIRTUAL ACCOUNT', 'QRIS', 'E-WALLET', 'CREDIT CARD'];
