// Written in Indonesian (formal, "Anda").
import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const pemasaranDigitalUntukUmkm: CourseSpec = {
  slug: "pemasaran-digital-untuk-umkm",
  title: "Pemasaran Digital untuk UMKM",
  teacher: "teacher@example.com",
  category: "business-marketing",
  priceIDR: 149000,
  daysAgo: 75,
  description: `Jangkau lebih banyak pelanggan secara daring dengan anggaran kecil. Kursus ini disusun untuk pemilik usaha yang menginginkan langkah praktis, bukan teori.

## Yang akan Anda pelajari
- Mengenali pelanggan ideal dan merumuskan pesan utama usaha Anda
- Menyiapkan Google Business Profile agar usaha Anda mudah ditemukan
- Membuat konten media sosial yang membantu penjualan tanpa terkesan memaksa
- Mengukur hasil dengan beberapa angka sederhana

## Untuk siapa kursus ini
Pemilik warung, kedai kopi, toko daring, studio, dan usaha jasa yang mengelola pemasarannya sendiri. Contoh-contohnya diambil dari usaha kecil di berbagai kota di Indonesia.`,
  modules: [
    {
      title: "Mengenal pelanggan Anda",
      description: "Pemasaran yang efektif dimulai dari memahami siapa yang Anda layani.",
      contents: [
        lesson(
          "Siapa pelanggan ideal Anda?",
          `## Mengapa tidak "semua orang"
Usaha kecil tidak memiliki anggaran untuk menjangkau semua orang. Dengan memilih **satu kelompok pelanggan utama**, setiap rupiah dan setiap unggahan Anda bekerja lebih keras.

## Menyusun profil pelanggan sederhana
Jawablah pertanyaan berikut berdasarkan pelanggan terbaik Anda saat ini, bukan berdasarkan tebakan:
- **Siapa mereka?** Usia, pekerjaan, dan lokasi. Contoh: karyawan kantor berusia 25–35 tahun yang bekerja dalam radius 2 km dari kedai.
- **Apa kebutuhan mereka?** Contoh: kopi yang enak dan cepat disajikan sebelum jam masuk kantor.
- **Di mana mereka mencari informasi?** Contoh: Google Maps, Instagram, dan grup WhatsApp kantor.
- **Apa yang membuat mereka ragu membeli?** Contoh: antrean yang panjang dan harga yang tidak dicantumkan.

## Bertanyalah langsung
Ajak lima pelanggan tetap berbincang selama sepuluh menit. Tanyakan bagaimana mereka pertama kali mengenal usaha Anda dan mengapa mereka kembali. Jawaban mereka sering kali berbeda dari dugaan Anda.`,
        ),
        lesson(
          "Pesan utama yang jelas",
          `## Satu kalimat yang menjelaskan usaha Anda
Calon pelanggan hanya memberi Anda beberapa detik. Rumuskan pesan utama dengan pola berikut:

> Kami membantu **[pelanggan]** yang ingin **[kebutuhan]** dengan **[keunggulan Anda]**.

Contoh: *"Kami membantu karyawan di kawasan Sudirman menikmati kopi susu gula aren yang siap dalam tiga menit."*

## Ciri pesan yang baik
- **Spesifik**: "siap dalam tiga menit" lebih meyakinkan daripada "pelayanan cepat".
- **Berpusat pada pelanggan**: bicarakan manfaat bagi mereka, bukan sejarah usaha Anda.
- **Konsisten**: gunakan pesan yang sama di profil Google, bio Instagram, spanduk, dan kemasan.

## Uji pesan Anda
Tunjukkan pesan Anda kepada tiga orang yang belum mengenal usaha Anda, lalu minta mereka menjelaskan kembali dengan kata-kata sendiri. Jika penjelasan mereka keliru, perbaiki pesannya, bukan pendengarnya.`,
        ),
        video(
          "Simon Sinek: How great leaders inspire action (TEDx)",
          "https://www.youtube.com/watch?v=u4ZoJKF_VuA",
          "Ceramah berbahasa Inggris tentang pentingnya menjelaskan \"mengapa\" sebelum \"apa\". Perhatikan bagaimana gagasan ini dapat diterapkan pada pesan utama usaha Anda.",
        ),
      ],
    },
    {
      title: "Mudah ditemukan secara daring",
      description: "Pastikan pelanggan di sekitar Anda dapat menemukan dan memercayai usaha Anda.",
      contents: [
        lesson(
          "Google Business Profile",
          `## Mengapa pencarian lokal didahulukan
Sebagian besar pelanggan usaha kecil berasal dari sekitar lokasi usaha. Ketika seseorang mencari "kedai kopi terdekat", Google menampilkan profil bisnis di peta sebelum situs web mana pun. Profil ini gratis.

## Lengkapi profil Anda
- **Nama usaha** persis seperti yang tertulis di papan nama, tanpa tambahan kata kunci.
- **Kategori utama** yang paling tepat, misalnya "Kedai Kopi", bukan "Restoran".
- **Jam buka** yang akurat, termasuk jam khusus saat hari libur nasional.
- **Foto asli**: tampak depan, suasana di dalam, dan produk terlaris. Perbarui setiap bulan.
- **Nomor WhatsApp** dan tautan pemesanan, jika ada.

## Tanggapi setiap ulasan
Balas ulasan positif dengan ucapan terima kasih yang tulus. Balas ulasan negatif dengan tenang: akui masalahnya, jelaskan perbaikan yang Anda lakukan, dan tawarkan penyelesaian. Calon pelanggan membaca balasan Anda sama cermatnya dengan ulasannya.`,
        ),
        link(
          "Bantuan Google Business Profile",
          "https://support.google.com/business/?hl=id",
          "Panduan resmi Google dalam bahasa Indonesia untuk membuat, memverifikasi, dan mengelola profil bisnis.",
        ),
        lesson(
          "Konten media sosial dengan aturan 80/20",
          `## Beri dulu, baru menawarkan
Akun yang isinya hanya promosi cepat ditinggalkan pengikut. Gunakan aturan **80/20**: sekitar empat dari lima unggahan memberi manfaat atau hiburan, dan satu dari lima mengajak membeli.

## Jenis konten yang bermanfaat
- **Edukasi**: cara menyeduh kopi di rumah, tips merawat produk yang dibeli pelanggan.
- **Di balik layar**: proses memanggang biji kopi, persiapan sebelum toko buka.
- **Cerita pelanggan**: ulasan atau foto pelanggan, tentu dengan izin mereka.
- **Penawaran**: menu baru, promo jam tertentu, atau paket hemat, lengkap dengan harga dan cara memesan.

## Konsisten lebih penting daripada sering
Tiga unggahan yang terencana setiap minggu lebih baik daripada sepuluh unggahan dalam seminggu lalu tidak ada kabar selama sebulan. Susun kalender konten untuk empat minggu ke depan dan siapkan bahannya sekaligus.`,
        ),
        handout("Templat kalender konten", "Templat empat minggu untuk merencanakan unggahan media sosial dengan aturan 80/20.", {
          fileName: "templat-kalender-konten.pdf",
          title: "Kalender konten 4 minggu",
          sections: [
            {
              heading: "Cara menggunakan templat ini",
              lines: [
                "Isi satu baris untuk setiap unggahan. Rencanakan tiga unggahan per minggu: dua bermanfaat, satu penawaran.",
                "Siapkan foto dan teks untuk seluruh minggu pada satu hari yang sama.",
              ],
            },
            {
              heading: "Minggu 1",
              lines: [
                "Senin - Edukasi: ______________________________________________",
                "Rabu - Di balik layar: ________________________________________",
                "Jumat - Penawaran: ____________________________________________",
              ],
            },
            {
              heading: "Minggu 2",
              lines: [
                "Senin - Cerita pelanggan: _____________________________________",
                "Rabu - Edukasi: _______________________________________________",
                "Jumat - Penawaran: ____________________________________________",
              ],
            },
            {
              heading: "Minggu 3 dan 4",
              lines: ["Ulangi pola yang sama. Ganti jenis konten yang paling sedikit mendapat tanggapan pada minggu 1 dan 2."],
            },
            {
              heading: "Evaluasi akhir bulan",
              lines: [
                "- Unggahan dengan tanggapan terbanyak: ____________________________",
                "- Jumlah pesanan atau pertanyaan melalui media sosial: ______________",
                "- Yang akan saya ubah bulan depan: ________________________________",
              ],
            },
          ],
        }),
        quiz(
          "Kuis dasar pemasaran digital",
          "Empat pertanyaan tentang modul ini dan modul sebelumnya. Nilai kelulusan 70% dan Anda memiliki tiga kali kesempatan.",
          [
            question("Dari mana sebagian besar pelanggan baru sebuah usaha kecil biasanya berasal?", [
              ["Iklan televisi nasional", false],
              ["Pencarian lokal dan peta di sekitar lokasi usaha", true],
              ["Panggilan telepon kepada orang yang tidak dikenal", false],
            ]),
            question("Menurut aturan 80/20, berapa bagian unggahan yang sebaiknya langsung mengajak membeli?", [
              ["Sekitar satu dari lima unggahan", true],
              ["Semua unggahan", false],
              ["Tidak ada sama sekali", false],
            ]),
            question("Pesan utama manakah yang paling baik?", [
              ["Kami adalah kedai kopi terbaik dengan pelayanan prima.", false],
              ["Kami membantu karyawan di sekitar Sudirman menikmati kopi susu yang siap dalam tiga menit.", true],
              ["Kedai kami berdiri sejak 2019 dan memiliki dua cabang.", false],
            ]),
            question(
              "Manakah yang sebaiknya dicantumkan di Google Business Profile?",
              [
                ["Jam buka yang akurat, termasuk saat hari libur", true],
                ["Foto asli tampak depan dan produk terlaris", true],
                ["Kata kunci tambahan di dalam nama usaha", false],
                ["Kategori utama yang paling tepat", true],
              ],
              2,
            ),
          ],
          { maxAttempts: 3 },
        ),
      ],
    },
    {
      title: "Mengukur dan merencanakan",
      description: "Ketahui apa yang berhasil, lalu susun rencana untuk bulan berikutnya.",
      contents: [
        lesson(
          "Angka yang perlu Anda pantau",
          `## Jangan terpaku pada jumlah suka
Jumlah suka dan pengikut mudah dilihat, tetapi belum tentu menghasilkan penjualan. Pantaulah angka yang berhubungan langsung dengan pendapatan.

## Tiga angka utama
- **Biaya per pelanggan baru**: total biaya promosi dibagi jumlah pelanggan baru. Jika Anda menghabiskan Rp500.000 untuk iklan dan mendapat 20 pelanggan baru, biayanya Rp25.000 per pelanggan.
- **Tingkat pembelian ulang**: persentase pelanggan yang kembali membeli dalam 30 hari. Pelanggan yang kembali jauh lebih murah daripada pelanggan baru.
- **Sumber pelanggan**: tanyakan "Dari mana Anda mengetahui kami?" saat transaksi, lalu catat jawabannya.

## Catat secara sederhana
Lembar kerja dengan satu baris per minggu sudah cukup: biaya promosi, jumlah pelanggan baru, dan sumbernya. Setelah empat minggu, Anda akan melihat saluran mana yang layak dipertahankan.`,
        ),
        assignment(
          "Susun rencana pemasaran 30 hari",
          `Susunlah rencana pemasaran satu halaman untuk usaha Anda sendiri atau usaha yang Anda kenal baik.

## Isi rencana
- **Pelanggan ideal**: profil singkat berdasarkan modul pertama.
- **Pesan utama**: satu kalimat dengan pola yang telah dipelajari.
- **Saluran**: satu saluran utama (misalnya Google Business Profile atau Instagram) beserta alasannya.
- **Kalender konten**: rencana unggahan empat minggu dengan aturan 80/20.
- **Anggaran dan angka yang dipantau**: berapa yang akan Anda keluarkan dan bagaimana Anda mengukur hasilnya.

## Yang dikumpulkan
Tuliskan rencana Anda langsung di kolom teks atau unggah berkas PDF. Kalender konten dari templat kursus ini boleh dilampirkan.`,
          { submissionKinds: ["TEXT", "FILE"], dueInDays: 21 },
        ),
      ],
    },
  ],
};
