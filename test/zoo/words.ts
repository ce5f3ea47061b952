/** Indonesian labels as they appear in regional planning and budget tables. */

export const OPD = [
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Perumahan Rakyat dan Kawasan Permukiman',
  'Dinas Sosial',
  'Dinas Tenaga Kerja dan Transmigrasi',
  'Dinas Koperasi, Usaha Kecil dan Menengah',
  'Dinas Lingkungan Hidup',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Pemberdayaan Masyarakat dan Desa',
  'Dinas Perhubungan',
  'Dinas Komunikasi dan Informatika',
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'Dinas Kepemudaan dan Olahraga',
  'Dinas Pariwisata',
  'Dinas Perpustakaan dan Kearsipan',
  'Dinas Kelautan dan Perikanan',
  'Dinas Pertanian dan Ketahanan Pangan',
  'Dinas Perindustrian dan Perdagangan',
  'Badan Perencanaan Pembangunan Daerah',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Badan Penanggulangan Bencana Daerah',
  'Satuan Polisi Pamong Praja',
  'Inspektorat Daerah',
  'Sekretariat DPRD',
  'RSUD dr. Soedarso',
  'Kecamatan Kota Timur',
];

export const URUSAN = [
  'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
  'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR',
  'URUSAN PEMERINTAHAN PILIHAN',
  'UNSUR PENDUKUNG URUSAN PEMERINTAHAN',
  'UNSUR PENUNJANG URUSAN PEMERINTAHAN',
];

export const BIDANG = [
  'Urusan Pemerintahan Bidang Pendidikan',
  'Urusan Pemerintahan Bidang Kesehatan',
  'Urusan Pemerintahan Bidang Pekerjaan Umum dan Penataan Ruang',
  'Urusan Pemerintahan Bidang Sosial',
  'Urusan Pemerintahan Bidang Tenaga Kerja',
  'Urusan Pemerintahan Bidang Koperasi, Usaha Kecil dan Menengah',
  'Urusan Pemerintahan Bidang Lingkungan Hidup',
  'Urusan Pemerintahan Bidang Perhubungan',
  'Urusan Pemerintahan Bidang Komunikasi dan Informatika',
  'Urusan Pemerintahan Bidang Pertanian',
  'Urusan Pemerintahan Bidang Kelautan dan Perikanan',
];

export const PROGRAM = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Pengelolaan Pendidikan',
  'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
  'Program Pengelolaan Sumber Daya Air (SDA)',
  'Program Penyelenggaraan Jalan',
  'Program Pengembangan Permukiman',
  'Program Rehabilitasi Sosial',
  'Program Perlindungan dan Jaminan Sosial',
  'Program Pelatihan Kerja dan Produktivitas Tenaga Kerja',
  'Program Penempatan Tenaga Kerja',
  'Program Hubungan Industrial',
  'Program Pengawasan dan Pemeriksaan Koperasi',
  'Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)',
  'Program Pengembangan UMKM',
  'Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup',
  'Program Pengelolaan Persampahan',
  'Program Pendaftaran Penduduk',
  'Program Pengelolaan Informasi dan Komunikasi Publik',
  'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)',
  'Program Penyediaan dan Pengembangan Sarana Pertanian',
  'Program Pengelolaan Perikanan Tangkap',
  'Program Peningkatan Daya Tarik Destinasi Pariwisata',
  'Program Pengembangan Kapasitas Daya Saing Kepemudaan',
  'Program Penanggulangan Bencana',
  'Program Peningkatan Ketenteraman dan Ketertiban Umum',
  'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
  'Program Pengelolaan Keuangan Daerah',
  'Program Kepegawaian Daerah',
  'Program Penyelenggaraan Pengawasan',
  'Program Pembinaan Perpustakaan',
];

export const KEGIATAN = [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Kepegawaian Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
  'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
  'Pengelolaan Pendidikan Sekolah Dasar',
  'Pengelolaan Pendidikan Sekolah Menengah Pertama',
  'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
  'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
  'Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai',
  'Penyelenggaraan Jalan Kabupaten/Kota',
  'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar',
  'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
  'Pelaksanaan Pelatihan berdasarkan Unit Kompetensi',
  'Pelayanan Antarkerja di Daerah Kabupaten/Kota',
  'Pemeriksaan dan Pengawasan Koperasi',
  'Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan',
  'Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil',
  'Pencegahan Pencemaran Lingkungan Hidup Dilaksanakan Terhadap Media Lingkungan Hidup',
  'Pengelolaan Sampah',
  'Pelayanan Pendaftaran Penduduk',
  'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota',
  'Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota',
  'Pengawasan Penggunaan Sarana Pertanian',
  'Pengelolaan Penangkapan Ikan di Wilayah Sungai, Danau, Waduk, Rawa',
  'Pengelolaan Daya Tarik Wisata Kabupaten/Kota',
  'Pelayanan Informasi Rawan Bencana Kabupaten/Kota',
  'Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota',
  'Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia',
  'Penyelenggaraan Akuntansi dan Pelaporan Keuangan Daerah',
];

export const SUBKEGIATAN = [
  'Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
  'Evaluasi Kinerja Perangkat Daerah',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Administrasi Pelaksanaan Tugas ASN',
  'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
  'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi',
  'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
  'Penyediaan Peralatan dan Perlengkapan Kantor',
  'Penyediaan Bahan Logistik Kantor',
  'Penyediaan Barang Cetakan dan Penggandaan',
  'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
  'Pengadaan Kendaraan Dinas Operasional atau Lapangan',
  'Pengadaan Mebel',
  'Penyediaan Jasa Surat Menyurat',
  'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  'Penyediaan Jasa Pelayanan Umum Kantor',
  'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas',
  'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
  'Pembangunan Ruang Kelas Baru',
  'Rehabilitasi Sedang/Berat Ruang Kelas Sekolah',
  'Pengadaan Alat Praktik dan Peraga Siswa',
  'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
  'Pengelolaan Pelayanan Kesehatan Balita',
  'Pengelolaan Pelayanan Kesehatan Orang dengan Tuberkulosis',
  'Rehabilitasi Jalan',
  'Pemeliharaan Berkala Jalan',
  'Pembangunan Jembatan',
  'Operasi dan Pemeliharaan Jaringan Irigasi Permukaan',
  'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
  'Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja',
  'Pengukuran Produktivitas Tenaga Kerja Tingkat Daerah Kabupaten/Kota',
  'Penyuluhan dan Bimbingan Jabatan',
  'Pemeriksaan dan Pengawasan Kelembagaan Koperasi',
  'Pendataan Potensi dan Pengembangan Usaha Mikro',
  'Fasilitasi Usaha Mikro Menjadi Wirausaha Pemula',
  'Pelaksanaan Kebijakan Pengendalian Pencemaran Lingkungan Hidup',
  'Penyediaan Sarana dan Prasarana Pengelolaan Sampah',
  'Pelayanan Pencatatan Kelahiran dan Kematian',
  'Pengelolaan Media Komunikasi Publik',
  'Pengadaan Rambu Lalu Lintas',
  'Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak',
  'Pemberdayaan Kelompok Nelayan Kecil',
  'Penyelenggaraan Festival Budaya Daerah',
  'Sosialisasi Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana',
  'Penyusunan Laporan Keuangan Pemerintah Daerah',
  'Pengelolaan Data dan Informasi Kepegawaian',
  'Pelaksanaan Pengawasan Internal secara Berkala',
];

/** Lowest tier of a budget (rincian belanja). */
export const BELANJA = [
  'Belanja Pegawai',
  'Belanja Barang dan Jasa',
  'Belanja Modal Peralatan dan Mesin',
  'Belanja Modal Gedung dan Bangunan',
  'Belanja Modal Jalan, Irigasi dan Jaringan',
  'Belanja Perjalanan Dinas Dalam Daerah',
  'Belanja Jasa Tenaga Ahli',
  'Belanja Honorarium',
  'Belanja Alat Tulis Kantor',
  'Belanja Makanan dan Minuman Rapat',
  'Belanja Bahan Bakar Minyak',
  'Belanja Sewa Gedung',
];

export const SUMBER_DANA = [
  'Dana Alokasi Umum (DAU)',
  'Dana Alokasi Khusus (DAK) Fisik',
  'Dana Bagi Hasil (DBH)',
  'Pendapatan Asli Daerah (PAD)',
  'Dana Insentif Daerah',
  'Bantuan Keuangan Provinsi',
];

/** APBN / RKA-K/L tiers. */
export const APBN_PROGRAM = [
  'Program Dukungan Manajemen',
  'Program Pendidikan Vokasi',
  'Program Penempatan dan Pelindungan Pekerja Migran',
  'Program Pembinaan Pelatihan Vokasi dan Produktivitas',
  'Program Kewirausahaan dan UMKM',
];
export const APBN_KEGIATAN = [
  'Penyelenggaraan Pelatihan Vokasi dan Pemagangan',
  'Pembinaan Penempatan Tenaga Kerja Dalam Negeri',
  'Dukungan Manajemen Internal',
  'Pengembangan Sistem Informasi Ketenagakerjaan',
  'Peningkatan Produktivitas Tenaga Kerja',
];
export const APBN_OUTPUT = [
  'Pelatihan Berbasis Kompetensi',
  'Layanan Perkantoran',
  'Sarana Bidang Ketenagakerjaan',
  'Fasilitasi dan Pembinaan Lembaga',
  'Sistem Informasi Pasar Kerja',
  'Layanan Dukungan Manajemen Satker',
  'Bantuan Peralatan Pelatihan',
];
export const APBN_KOMPONEN = [
  'Gaji dan Tunjangan',
  'Operasional dan Pemeliharaan Kantor',
  'Penyelenggaraan Pelatihan',
  'Monitoring dan Evaluasi',
  'Koordinasi Pelaksanaan Kegiatan',
  'Pengadaan Peralatan',
  'Rapat Teknis',
];
export const APBN_SUB = ['Persiapan', 'Pelaksanaan', 'Pelaporan', 'Honor Instruktur', 'Bahan Pelatihan', 'Perjalanan Dinas'];
export const KRO = ['AEH', 'BDF', 'QDC', 'EBA', 'RAB', 'UBA', 'SCM'];

/** Group titles without a hierarchy keyword. */
export const GROUP_TITLES = [
  'Sekretariat',
  'Bidang Pelatihan dan Produktivitas',
  'Bidang Penempatan dan Perluasan Kerja',
  'UPTD Balai Latihan Kerja',
  'Bidang Hubungan Industrial',
  'UPT Puskesmas',
  'Bidang Bina Marga',
  'Bidang Cipta Karya',
];

export interface Indicator {
  name: string;
  satuan: string;
  /** true: lower is better. */
  lower?: boolean;
  /** typical target range */
  lo: number;
  hi: number;
  dec: number;
}

export const INDICATORS: Indicator[] = [
  { name: 'Persentase tenaga kerja yang ditempatkan', satuan: '%', lo: 40, hi: 90, dec: 2 },
  { name: 'Jumlah pencari kerja yang dilatih', satuan: 'orang', lo: 100, hi: 900, dec: 0 },
  { name: 'Persentase koperasi aktif', satuan: '%', lo: 50, hi: 85, dec: 2 },
  { name: 'Jumlah UMKM yang difasilitasi', satuan: 'unit', lo: 50, hi: 500, dec: 0 },
  { name: 'Indeks kepuasan masyarakat', satuan: 'indeks', lo: 70, hi: 90, dec: 2 },
  { name: 'Persentase jalan kabupaten dalam kondisi mantap', satuan: '%', lo: 55, hi: 85, dec: 2 },
  { name: 'Cakupan pelayanan kesehatan ibu hamil', satuan: '%', lo: 80, hi: 100, dec: 2 },
  { name: 'Angka partisipasi murni SD', satuan: '%', lo: 90, hi: 99, dec: 2 },
  { name: 'Nilai SAKIP perangkat daerah', satuan: 'nilai', lo: 60, hi: 80, dec: 2 },
  { name: 'Jumlah dokumen perencanaan yang disusun', satuan: 'dokumen', lo: 3, hi: 12, dec: 0 },
  { name: 'Persentase sampah tertangani', satuan: '%', lo: 50, hi: 90, dec: 2 },
  { name: 'Jumlah wirausaha baru', satuan: 'orang', lo: 20, hi: 300, dec: 0 },
  { name: 'Tingkat pengangguran terbuka', satuan: '%', lower: true, lo: 3, hi: 8, dec: 2 },
  { name: 'Persentase angka kemiskinan', satuan: '%', lower: true, lo: 5, hi: 15, dec: 2 },
  { name: 'Jumlah kasus perselisihan hubungan industrial', satuan: 'kasus', lower: true, lo: 5, hi: 40, dec: 0 },
  { name: 'Angka kematian ibu', satuan: 'per 100.000 KH', lower: true, lo: 60, hi: 200, dec: 0 },
  { name: 'Prevalensi stunting', satuan: '%', lower: true, lo: 10, hi: 30, dec: 2 },
  { name: 'Jumlah kasus gangguan ketertiban umum', satuan: 'kasus', lower: true, lo: 10, hi: 80, dec: 0 },
];

export const SUMBER = [
  'Sumber: Bidang Perencanaan dan Keuangan, 2024',
  'Sumber : SIPD, diolah',
  'Sumber: Laporan Realisasi Anggaran SKPD',
  'Sumber : Sub Bagian Program dan Pelaporan',
  'Ket: data per 31 Desember',
];

export const TRIWULAN = ['TRIWULAN I', 'TRIWULAN II', 'TRIWULAN III', 'TRIWULAN IV'];
export const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const KAB = [
  'Kabupaten Belitung Timur',
  'Kabupaten Tabanan',
  'Provinsi Nusa Tenggara Timur',
  'Kota Kupang',
  'Kabupaten Sikka',
  'Kabupaten Lombok Barat',
  'Kota Pontianak',
  'Kabupaten Banyumas',
];

export function upper(s: string) {
  return s.toUpperCase();
}

/** Labels cut where a long label wraps onto a second row. */
export function splitLabel(s: string): [string, string] {
  const words = s.split(' ');
  const k = Math.max(2, Math.ceil(words.length * 0.55));
  return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
}
