// Written in Indonesian (formal, "Anda").
import { assignment, handout, lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

export const menulisEfektifBahasaIndonesia: CourseSpec = {
  slug: "menulis-efektif-bahasa-indonesia",
  title: "Menulis Efektif dalam Bahasa Indonesia",
  teacher: "teacher2@example.com",
  category: "languages",
  priceIDR: 0,
  daysAgo: 50,
  description: `Tulis surel, laporan, dan pengumuman yang jelas, santun, dan sesuai dengan kaidah bahasa Indonesia.

## Yang akan Anda pelajari
- Ciri kalimat efektif dan cara memperbaiki kalimat yang bertele-tele
- Kaidah Ejaan yang Disempurnakan (EYD) Edisi V: huruf kapital, tanda baca, dan penulisan kata depan
- Memilih kata baku dengan bantuan KBBI
- Menyusun surel kerja yang ringkas dan mudah ditindaklanjuti

## Untuk siapa kursus ini
Mahasiswa, pegawai, dan profesional yang menulis dalam bahasa Indonesia setiap hari dan ingin tulisannya lebih rapi dan meyakinkan.`,
  modules: [
    {
      title: "Kalimat efektif",
      description: "Kalimat yang menyampaikan maksud penulis dengan tepat kepada pembaca.",
      contents: [
        lesson(
          "Ciri kalimat efektif",
          `Kalimat efektif adalah kalimat yang menyampaikan gagasan penulis secara tepat sehingga pembaca memahaminya tanpa harus menebak.

## Lima ciri utama
- **Kesepadanan**: kalimat memiliki subjek dan predikat yang jelas.
- **Kehematan**: tidak ada kata yang berlebihan.
- **Kelogisan**: isi kalimat masuk akal.
- **Kecermatan**: pilihan kata tepat sehingga tidak menimbulkan makna ganda.
- **Kesejajaran**: unsur yang setara ditulis dalam bentuk yang setara.

## Subjek yang hilang
Kata depan di awal kalimat sering "menelan" subjek:

> ❌ *Di dalam rapat itu membahas anggaran tahun depan.*

Kalimat ini tidak memiliki subjek, karena *di dalam rapat itu* adalah keterangan tempat. Perbaikannya:

> ✅ *Rapat itu membahas anggaran tahun depan.*
>
> ✅ *Di dalam rapat itu, peserta membahas anggaran tahun depan.*

## Kesejajaran
> ❌ *Tugas panitia adalah mendata peserta, pencetakan sertifikat, dan menyiapkan ruangan.*
>
> ✅ *Tugas panitia adalah mendata peserta, mencetak sertifikat, dan menyiapkan ruangan.*

Ketiga tugas kini sama-sama berupa kata kerja berawalan *me-*.`,
        ),
        lesson(
          "Menghemat kata",
          `Kalimat yang hemat lebih cepat dibaca dan lebih meyakinkan. Periksalah tulisan Anda dari bentuk-bentuk mubazir berikut.

## Kata yang bermakna sama
| Mubazir | Cukup |
|---|---|
| agar supaya | agar *atau* supaya |
| adalah merupakan | adalah *atau* merupakan |
| demi untuk | demi *atau* untuk |
| sangat indah sekali | sangat indah *atau* indah sekali |
| naik ke atas | naik |

## Penanda jamak ganda
*Hadirin* sudah berarti banyak orang yang hadir, sehingga *para hadirin* berlebihan. Demikian pula *banyak buku-buku* cukup ditulis *banyak buku* atau *buku-buku*.

## Contoh perbaikan
> ❌ *Dalam rangka untuk meningkatkan kualitas pelayanan, maka kami akan mengadakan pelatihan bagi seluruh staf-staf.*
>
> ✅ *Untuk meningkatkan kualitas pelayanan, kami akan mengadakan pelatihan bagi seluruh staf.*

Kalimat kedua tiga kata lebih pendek, tetapi isinya sama.`,
        ),
      ],
    },
    {
      title: "Ejaan dan pilihan kata",
      description: "Kaidah EYD Edisi V dan kata baku yang sering keliru.",
      contents: [
        lesson(
          "Huruf kapital, kata depan, dan tanda koma",
          `## Huruf kapital
- Huruf pertama awal kalimat dan nama orang, tempat, serta lembaga: *Kementerian Keuangan*, *Surabaya*.
- Gelar dan jabatan yang diikuti nama orang: *Presiden Soekarno*, *Profesor Sutan*. Tanpa nama orang, huruf kecil: *seorang presiden*, *profesor itu*.
- Kata sapaan seperti *Bapak*, *Ibu*, dan *Saudara* yang dipakai untuk menyapa: *Terima kasih atas perhatian Bapak.*

## Kata depan dan awalan
*Di* dan *ke* sebagai **kata depan** ditulis terpisah; sebagai **awalan** ditulis serangkai.

- Kata depan: *di kantor*, *di atas meja*, *ke Bandung*, *ke luar negeri*
- Awalan: *dikirim*, *ditulis*, *ketua*, *kedua*

Cara mengujinya: jika kata berikutnya menunjukkan tempat atau arah, *di* dan *ke* adalah kata depan.

## Tanda koma
- Sebelum kata penghubung *tetapi*, *melainkan*, dan *sedangkan*: *Saya sudah menunggu, tetapi ia belum datang.*
- Setelah anak kalimat yang mendahului induk kalimat: *Kalau hujan, acara dipindahkan ke aula.* Jika induk kalimat di depan, koma tidak dipakai: *Acara dipindahkan ke aula kalau hujan.*
- Setelah ungkapan penghubung antarkalimat seperti *oleh karena itu*, *jadi*, dan *meskipun demikian*.`,
        ),
        lesson(
          "Kata baku dan KBBI",
          `Kata baku adalah bentuk kata yang sesuai dengan kaidah dan tercantum dalam Kamus Besar Bahasa Indonesia (KBBI). Dalam tulisan resmi, gunakan bentuk baku.

## Kata yang sering keliru
| Baku | Tidak baku |
|---|---|
| aktivitas | aktifitas |
| analisis | analisa |
| apotek | apotik |
| izin | ijin |
| jadwal | jadual |
| karier | karir |
| kualitas | kwalitas |
| praktik | praktek |
| risiko | resiko |
| silakan | silahkan |
| sistem | sistim |

## Mengubah, bukan merubah
Kata dasarnya *ubah*, sehingga bentuk berawalannya *mengubah*. *Rubah* adalah nama hewan.

## Memeriksa di KBBI Daring
Ketik kata yang Anda ragukan di KBBI Daring. Jika yang Anda cari bentuk tidak baku, KBBI biasanya menunjukkan bentuk bakunya dengan tanda panah.`,
        ),
        link(
          "KBBI Daring",
          "https://kbbi.kemdikbud.go.id/",
          "Kamus Besar Bahasa Indonesia versi daring dari Badan Pengembangan dan Pembinaan Bahasa. Gunakan untuk memeriksa ejaan dan makna kata.",
        ),
        link(
          "Ejaan yang Disempurnakan (EYD) Edisi V",
          "https://ejaan.kemdikbud.go.id/",
          "Pedoman ejaan resmi yang berlaku sejak 2022, lengkap dengan contoh untuk setiap kaidah.",
        ),
        handout("Daftar kata baku yang sering keliru", "Daftar ringkas untuk ditempel di dekat meja kerja Anda.", {
          fileName: "daftar-kata-baku.pdf",
          title: "Daftar kata baku yang sering keliru",
          sections: [
            {
              heading: "Kata baku (bukan bentuk tidak baku)",
              lines: [
                "- aktivitas (bukan aktifitas)",
                "- analisis (bukan analisa)",
                "- apotek (bukan apotik)",
                "- izin (bukan ijin)",
                "- jadwal (bukan jadual)",
                "- karier (bukan karir)",
                "- kualitas (bukan kwalitas)",
                "- memengaruhi (bukan mempengaruhi)",
                "- mengubah (bukan merubah)",
                "- nasihat (bukan nasehat)",
                "- objek (bukan obyek)",
                "- praktik (bukan praktek)",
                "- risiko (bukan resiko)",
                "- silakan (bukan silahkan)",
                "- sistem (bukan sistim)",
              ],
            },
            {
              heading: "Ungkapan mubazir dan perbaikannya",
              lines: [
                "- agar supaya -> agar atau supaya",
                "- adalah merupakan -> adalah atau merupakan",
                "- demi untuk -> demi atau untuk",
                "- para hadirin -> hadirin",
                "- naik ke atas -> naik",
                "- sangat indah sekali -> sangat indah atau indah sekali",
              ],
            },
            {
              heading: "Kata depan dan awalan",
              lines: ["- Kata depan, ditulis terpisah: di kantor, di atas meja, ke Bandung", "- Awalan, ditulis serangkai: dikirim, ditulis, ketua, kedua"],
            },
          ],
        }),
        quiz(
          "Kuis ejaan dan kalimat efektif",
          "Lima pertanyaan tentang kedua modul. Nilai kelulusan 80% dan Anda memiliki tiga kali kesempatan. Urutan pertanyaan diacak.",
          [
            question("Manakah penulisan yang benar?", [
              ["Surat itu sudah di kirim kekantor pusat.", false],
              ["Surat itu sudah dikirim ke kantor pusat.", true],
              ["Surat itu sudah dikirim kekantor pusat.", false],
              ["Surat itu sudah di kirim ke kantor pusat.", false],
            ]),
            question(
              "Pilih semua kata yang baku.",
              [
                ["praktik", true],
                ["resiko", false],
                ["analisis", true],
                ["silahkan", false],
                ["izin", true],
              ],
              2,
            ),
            question("Kalimat manakah yang efektif?", [
              ["Di dalam rapat itu membahas anggaran tahun depan.", false],
              ["Rapat itu membahas anggaran tahun depan.", true],
              ["Anggaran tahun depan adalah merupakan bahasan rapat itu.", false],
            ]),
            question("Kalimat manakah yang penggunaan tanda komanya benar?", [
              ["Kalau hujan, acara dipindahkan ke aula.", true],
              ["Acara dipindahkan ke aula, kalau hujan.", false],
              ["Kami sudah menunggu lama tetapi, ia belum datang.", false],
            ]),
            question(
              "Ungkapan manakah yang mubazir?",
              [
                ["agar supaya", true],
                ["adalah merupakan", true],
                ["sangat indah", false],
                ["naik ke atas", true],
              ],
              2,
            ),
          ],
          { passMark: 80, maxAttempts: 3, shuffleQuestions: true },
        ),
      ],
    },
    {
      title: "Surel kerja",
      description: "Surel yang ringkas, santun, dan mudah ditindaklanjuti.",
      contents: [
        lesson(
          "Menyusun surel kerja",
          `## Subjek yang menjelaskan isi
Subjek surel adalah ringkasan, bukan sekadar topik. Bandingkan *"Laporan"* dengan *"Mohon persetujuan laporan keuangan Maret paling lambat Jumat"*.

## Susunan isi
1. **Salam pembuka**: *Selamat pagi, Bapak Andi,*
2. **Maksud di kalimat pertama**: *Kami mohon persetujuan Bapak atas laporan keuangan bulan Maret paling lambat Jumat, 28 Maret.*
3. **Keterangan seperlunya**: hanya yang dibutuhkan pembaca untuk mengambil keputusan.
4. **Langkah berikutnya**: siapa melakukan apa dan kapan.
5. **Salam penutup**: *Terima kasih atas perhatian Bapak.* lalu *Hormat saya,* dan nama Anda.

## Santun tanpa bertele-tele
Gunakan *mohon* dan *terima kasih*, tetapi hindari kalimat pembuka yang panjang tanpa isi. Pembaca yang sibuk lebih menghargai surel yang langsung pada pokoknya.

## Periksa sebelum mengirim
Baca ulang dengan suara pelan. Periksa nama penerima, lampiran, tanggal, dan kata baku.`,
        ),
        assignment(
          "Perbaiki sebuah surel",
          `Pilih satu surel kerja yang pernah Anda kirim atau terima. Hapus nama dan informasi yang bersifat rahasia.

## Yang perlu Anda lakukan
- Tulis ulang surel tersebut dengan susunan yang dipelajari pada modul ini.
- Pastikan maksud surel terdapat pada kalimat pertama dan subjeknya menjelaskan isi.
- Perbaiki kalimat yang tidak efektif, ejaan, dan kata yang tidak baku.

## Yang dikumpulkan
Tempelkan surel asli dan hasil perbaikan Anda, lalu jelaskan dalam tiga sampai lima kalimat perubahan yang Anda lakukan dan alasannya.

Tugas ini dinyatakan selesai jika mendapat nilai 70 atau lebih.`,
          { submissionKinds: ["TEXT"], dueInDays: 14, passMark: 70 },
        ),
      ],
    },
  ],
};
