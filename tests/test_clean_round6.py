"""Search-engine style gambling promotion and more site furniture (paywalls, tags, buttons)."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import furniture_kind
from warta.clean.normalize import fold
from warta.clean.spam_features import ArticleContext, seo_promotion
from warta.clean.stage import CleanOptions, clean_steps
from warta.document import Document
from warta.pipeline import Pipeline

ARTICLE = [
    "Banjir Rendam Ribuan Rumah di Kabupaten Bandung",
    "Banjir merendam ribuan rumah di tiga kecamatan di Kabupaten Bandung, Jawa Barat, setelah "
    "hujan deras mengguyur sejak Minggu sore.",
    "Badan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai 1,5 meter di "
    "beberapa titik permukiman warga.",
    "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di "
    "kantor kecamatan.",
    "Hingga Senin pagi, banjir belum surut dan warga diminta tetap waspada terhadap hujan susulan.",
]


def _clean(extra: str, at: int = 3) -> Document:
    lines = [*ARTICLE[:at], extra, *ARTICLE[at:]]
    doc = Document(id="t", raw="\n\n".join(lines))
    list(Pipeline(clean_steps(CleanOptions(language=False))).run([doc]))
    return doc


def _removed_reasons(doc: Document) -> dict[str, str]:
    return {doc.lines[s.line][s.start : s.end]: s.reason for s in doc.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Bocoran RTP live slot gacor hari ini pragmatic play paling lengkap",
        "Link alternatif v88 login terbaru anti blokir, deposit pulsa tanpa potongan",
        "Prediksi togel SGP malam ini angka jitu 4D dijamin akurat",
        "Daftar akun pro Kamboja server luar negeri winrate tertinggi",
        "Keluaran Sydney hari ini, paito warna lengkap dan result tercepat",
        "Live casino roulette dan baccarat dengan dealer asli 24 jam",
        "Best trusted online casino, grab your free spins today",
        "KAPALTOTO",
        "Cashback mingguan 5%, rollingan 0,7% tanpa syarat, bonus new member 50",
        "Situs toto macau resmi diskon 66% TERBAIK",
        "Min, link yang gak kena internet positif apa ya?",
        "Login Alternatif",
        "Klaim Bonus Sekarang",
        "Klaim Bonus 100%",
        "Pasang mix parlay malam ini di ELANGSPORT, minimal bet 10 ribu, hadiah Rp1 miliar",
        "Min, link alternatif yang baru apa? yang lama diblokir kominfo nih, gak bisa dibuka",
        "Rekomendasi RTP live 97% jam 14.00 WIB, pola 20x manual lalu 50x turbo",
        "Heboh! Pemuda asal Medan ini lunasi utang dari hasil main slot di situs SUMATRAWIN.",
        "Sedulur, nek arep gacor yo mlebu neng JOGLOHOKI, wis kebukti mbayar, ra ribet.",
        "Taruhan bola: handicap, over/under, odd/even, bayar lunas di BOLAKITA",
        "Saya, Ibu Ratna asal Depok, mengucapkan terima kasih kepada MERAPIPLAY atas kemenangan "
        "Rp 20 juta.",
        "Menang besar setiap hari bersama CAHAYA777, pengeluaran pantas dalam masa 3 minit",
        "Live chat 24/7 | WA: 0812-5550-1234 | Telegram: @slotraya_cs",
    ],
)
def test_search_engine_promotion_goes(line: str) -> None:
    doc = _clean(line)
    assert _removed_reasons(doc).get(line) == "spam"
    assert len(doc.removed) == 1  # no line of the article goes with it


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menangkap pengelola situs judi online yang menawarkan bonus new member kepada "
        "para pemainnya.",
        "Maskapai meminta tambahan slot penerbangan dan daftar kru cadangan selama libur Natal.",
        "Panitia menyebut bahwa hadiah utama undian itu kini menjadi jackpot senilai Rp 1 miliar.",
        "Tiket dijual melalui agen terpercaya, antara lain www.tiketkita.com dan loket stadion.",
        "Kominfo telah memblokir ribuan link alternatif situs slot sepanjang tahun lalu.",
        "Kominfo langsung memblokir link alternatif situs judi itu.",
        "Striker itu mencetak gol pada menit 88 dan membawa timnya menang 2-1.",
        "Kemenangan tersebut mengantar PERSIB Bandung kembali ke puncak klasemen sementara.",
        "Polda Jawa Timur membongkar jaringan promosi situs judi daring BOS88 yang memanfaatkan "
        "ratusan akun selebgram.",
        'Psikolog menjelaskan, iming-iming "pola jam hoki" dan bocoran RTP membuat pemain merasa '
        "bisa mengendalikan hasil.",
        "Klub itu pernah memenangi Piala Intertoto pada 2006, tapi hadiahnya bukan trofi, "
        "melainkan tiket lolos ke putaran final.",
        "Dalam lomba burung kicau di Alun-alun Kebumen, cucak hijau milik Pak Darto tampil "
        "paling gacor dan menjadi juara umum.",
        '"Gaji sebulan habis buat depo slot, nyesel banget saya," ujarnya pelan.',
        'Bagi pemain, "scatter" berarti simbol pemicu putaran gratis, sedangkan "WD" singkatan '
        "dari withdraw.",
        'Sementara "maxwin" merujuk pada kemenangan maksimal yang bisa diperoleh dalam satu '
        "putaran.",
        "BANDUNG, Warta - Persib meraih kemenangan 2-1 atas Persija di Stadion GBLA, Minggu.",
        "Warga yang ingin melapor dapat menghubungi WhatsApp pengaduan 0811-2233-4455.",
        '"Semoga tim kita menang, kami semua berdoa dari kampung," tulis pengguna budi_88.',
    ],
)
def test_news_with_gambling_words_stays(line: str) -> None:
    for at in range(1, len(ARTICLE) + 1):  # anywhere, the last line included
        doc = _clean(line, at)
        assert doc.removed == [], at


def test_one_promotion_term_needs_a_call_or_a_brand() -> None:
    lines = [fold(x).lower() for x in ARTICLE]
    ctx = ArticleContext.build(lines, ARTICLE)
    alone = "Ada juga permainan mahjong di acara itu"
    with_call = "Main mahjong ways sekarang, klik link di bio"
    assert not seo_promotion(alone, fold(alone).lower(), ctx)
    assert seo_promotion(with_call, fold(with_call).lower(), ctx)


def test_promotion_terms_in_a_story_about_gambling_are_left_to_the_model() -> None:
    story = [
        "Polisi Bongkar Jaringan Judi Online",
        "Polisi membongkar jaringan judi online yang dikendalikan dari luar negeri.",
        "Jaringan judi itu memakai puluhan rekening penampung.",
    ]
    lines = [fold(x).lower() for x in story]
    ctx = ArticleContext.build(lines, story)
    text = "Situs togel dan slot gacor itu memakai server Kamboja"
    assert not seo_promotion(text, fold(text).lower(), ctx)


def test_promotional_sentence_before_appended_spam_goes_with_it() -> None:
    line = "The most trusted online casino in Asia. Claim 50 free spins now at goldlion.bet"
    doc = _clean(line)
    assert _removed_reasons(doc).get(line) == "spam"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tag: banjir bandung, bpbd, cuaca ekstrem", "related"),
        ("Topik: Pilkada Jawa Barat", "related"),
        ("Tulis komentar Anda di bawah ini", "comments"),
        ("Konten Promosi", "ad"),
        ("Berlangganan untuk membaca artikel selengkapnya", "paywall"),
        (
            "Berlangganan untuk membaca artikel selengkapnya. Mulai Rp 25.000 per bulan, "
            "batalkan kapan saja.",
            "paywall",
        ),
        ("Saksikan Live DetikSore:", "video"),
        ("Masuk atau daftar untuk melanjutkan membaca.", "paywall"),
        ("Lihat Foto", "embed"),
        (
            "Dilarang mengambil dan/atau menayangkan ulang artikel ini tanpa seizin redaksi.",
            "copyright",
        ),
        (
            'Baca artikel detikjateng, "Jembatan Putus Diterjang Banjir" selengkapnya '
            "https://www.detik.com/jateng/berita/d-1/jembatan-putus.",
            "source-note",
        ),
        ("Pilihan Untukmu", "related"),
        ("Tautan berhasil disalin", "share"),
        ("Bagikan artikel ini: Facebook Twitter WhatsApp", "share"),
        ("Anda sedang membaca konten eksklusif. Langganan untuk lanjut membaca.", "paywall"),
        ("Silakan login untuk berkomentar", "comments"),
        ("Bagaimana reaksi Anda setelah membaca artikel ini?", "reactions"),
        ("Bangga Terharu Lucu Kaget Marah Sedih", "reactions"),
        ("Hal: 1 2 3 4 Berikutnya ›", "pagination"),
        ("Isi artikel ini sepenuhnya tanggung jawab penulis, bukan redaksi.", "author-note"),
        ("View this post on Instagram", "embed"),
        ("A post shared by Dinas Pariwisata (@dispar_jabar)", "embed"),
        ("Daftar Isi [Sembunyikan]", "toc"),
        ("Fakta atau Hoaks? Kirim WhatsApp ke nomor Cek Fakta kami.", "follow"),
        ("— Persebaya (@persebaya) April 2, 2025", "embed"),
        ("♬ original sound - kulinerbandung", "embed"),
        ("Tonton di YouTube", "embed"),
        ("Dengarkan artikel ini", "embed"),
        ("Estimasi baca: 4 menit", "embed"),
        ("Ikuti polling: Siapa juara Liga 1 musim ini?", "poll"),
        ("Update 09.15 WIB", "timestamp"),
        ("Untuk melanjutkan membaca, silakan login atau berlangganan.", "paywall"),
        ("Konten ini khusus untuk pelanggan premium. Sudah berlangganan? Masuk", "paywall"),
        ("Bagaimana perasaan Anda tentang berita ini? Senang Sedih Kaget", "reactions"),
        ("Unduh aplikasi Warta Kota gratis di Google Play", "follow"),
        ("(ANTARA FOTO/Rivan Awal Lingga/nym.)", "credit"),
        ("Dengarkan artikel ini · 4 menit", "embed"),
        ("Baca 15 detik", "embed"),
        ("View this post on Instagram A post shared by Detikcom (@detikcom)", "embed"),
        ("Komentar (3) Tulis komentar Anda...", "comments"),
        (
            "Untuk membaca artikel selengkapnya, silakan login atau berlangganan Harian Premium.",
            "paywall",
        ),
        (
            'Artikel ini sudah lebih dulu tayang di Suarabogor.id dengan judul "Jalan Ambles"',
            "source-note",
        ),
        ("Polling: Siapa calon bupati pilihan Anda? Lihat hasil polling", "poll"),
        ("Tonton selengkapnya di kanal YouTube Warta Kini.", "video"),
        ("Jangan lewatkan update berita kami, follow Instagram @wartakini", "follow"),
        ("pic.twitter.com/Zx81kQ — Humas Polres Garut (@humaspolresgarut) May 2, 2024", "embed"),
        ("Posted by Dinas Kominfo Jabar on Monday, June 3, 2024", "embed"),
        ("Silakan login untuk melanjutkan membaca artikel ini.", "paywall"),
        ("Halaman: 1 2 Selanjutnya › Tampilkan Semua", "pagination"),
        ("Komentar (2) — Tulis komentar Anda", "comments"),
        ("Dengarkan artikel ini ▶ 00:00 / 03:41", "embed"),
        (
            "Konten ini disajikan oleh advertiser. Redaksi tidak terlibat dalam materi konten ini.",
            "ad",
        ),
        ("Loading...", "embed"),
        ("Anda sedang membaca versi AMP. Kembali ke versi desktop", "embed"),
        ("Update terakhir: 03/09/2024, 09:15 WIB", "timestamp"),
        ("« Sebelumnya 1 2 3 Berikutnya »", "pagination"),
        ("Jangan lewatkan berita lainnya, follow kanal WhatsApp Warta Kini", "follow"),
        (
            "Konten ini merupakan kerja sama dengan mitra. Isi di luar tanggung jawab redaksi.",
            "ad",
        ),
        ("Komentar (0) — Jadilah yang pertama berkomentar", "comments"),
        ("Dengarkan artikel ini 🔊 00:00 / 02:30", "embed"),
        ("Lihat Semua Berita Olahraga →", "pagination"),
        ("Halaman: 1 2 Show All", "pagination"),
        ("Redaksi | Pedoman Media Siber | Info Iklan | Karir | Kontak", "navigation"),
        (
            "Konten berikut adalah iklan platform mitra. Kami tidak terkait dengan materi konten.",
            "ad",
        ),
        ("Promo Berlangganan: nikmati akses tanpa batas ke semua artikel premium", "paywall"),
        (
            "Update berita terkini langsung di ponselmu, gabung saluran WhatsApp Warta Kini.",
            "follow",
        ),
    ],
)
def test_more_furniture_is_recognised(line: str, kind: str) -> None:
    assert furniture_kind(fold(line).lower()) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Topik pembicaraan kedua pemimpin itu adalah perdagangan dan keamanan kawasan.",
        "Masuk ke ruang sidang, terdakwa langsung membaca nota pembelaannya.",
        "Lihat foto-foto itu, warga langsung teringat banjir besar tahun 2010.",
        "Warga diminta mendaftar untuk membaca ulang data pemilih di kantor kelurahan.",
        "Proses pembayaran pajak royalti itu menjadi tanggung jawab penulis.",
        '"Itu sepenuhnya tanggung jawab penulis artikel," kata kuasa hukumnya.',
        "Bagaimana reaksi pasar setelah pengumuman itu masih harus ditunggu.",
        "Update data korban akan disampaikan BNPB pukul 16.00 WIB.",
        "Dengarkan artikel ini kata guru itu kepada murid-muridnya sebelum ujian dimulai.",
    ],
)
def test_sentences_that_open_like_furniture_are_kept(line: str) -> None:
    assert furniture_kind(fold(line).lower()) is None


def test_a_call_to_action_in_the_articles_own_words_is_kept() -> None:
    lines = [
        "Pendaftaran CPNS Dibuka, Daftar Sekarang Lewat Portal Resmi",
        "Pemerintah membuka pendaftaran CPNS hingga akhir bulan.",
        "Pelamar bisa daftar sekarang melalui portal resmi pemerintah.",
        "Daftar Sekarang",
        "Pelamar wajib mengunggah ijazah dan KTP.",
    ]
    doc = Document(id="t", raw="\n\n".join(lines))
    list(Pipeline(clean_steps(CleanOptions(language=False))).run([doc]))
    assert doc.removed == []


def test_promotion_glued_after_a_closed_quotation_in_lower_case() -> None:
    line = (
        'Kepala Dinas Pendidikan mengatakan, "Pendaftaran PPDB jalur zonasi dibuka mulai 10 '
        'Juni." login KAPALJP anti rungkad gampang maxwin'
    )
    doc = _clean(line)
    (span,) = doc.removed
    assert span.reason == "spam: inline"
    assert doc.lines[span.line][span.start :].startswith("login KAPALJP")


def test_lower_case_words_after_a_closed_quotation_stay() -> None:
    line = (
        'Panitia menyebut, "Pendaftaran lomba dibuka besok pagi." daftar lengkap syaratnya bisa '
        "dilihat di laman resmi kabupaten."
    )
    assert _clean(line).removed == []
