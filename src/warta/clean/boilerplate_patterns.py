"""Line patterns of Indonesian news-site furniture, one kind each, for the boilerplate filter.

Every pattern runs on the folded, lowercased line and is anchored on a furniture phrase
("baca juga", "editor :", "[gambas:…]", a photo credit at the end of a caption); a short line
alone is never enough, so section headings and titles match none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = r"^[\[(\s*»>\-–•]*"
_SEP = r"\s*[:\-–—»|]"
# News agencies, stock-photo houses and Indonesian outlets: the "who" of a credit or a source
# note. A domain ("kompas.com", "antaranews.com") counts as an outlet too.
_OUTLET = (
    r"(antara( ?foto| ?news)?|reuters|afp|ap( photo)?|xinhua|bernama|anadolu|bbc( indonesia)?"
    r"|kompas(\.com| tv)?|tribun[\w ]*|detik\w*|tempo(\.co)?|liputan6(\.com)?|okezone|cnn"
    r"( indonesia)?|cnbc( indonesia)?|kumparan|suara(\.com)?|republika|sindonews|bisnis(\.com)?"
    r"|katadata|idn ?times|merdeka(\.com)?|jpnn(\.com)?|viva(\.co\.id)?|jawa ?pos|antaranews"
    r"|berbagai sumber|diolah dari berbagai sumber|istimewa|dok\.?( pribadi| istimewa)?"
    r"|istock(photo)?|shutterstock|getty ?images|freepik|unsplash|pexels|pixabay"
    r"|[\w-]+(\.[\w-]+)*\.(com|co\.id|co|id|net|org|tv))"
)


_ROLE = (
    r"(editor|penyunting|pewarta|penulis|reporter|kontributor|redaktur|jurnalis|wartawan"
    r"|penerjemah|penerjemahan|editing|teks|laporan|laporan wartawan|liputan|writer|rep|red|oleh"
    r"|written by|ditulis oleh|diterbitkan oleh|uploader|author|fotografer|videografer)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One furniture pattern: `limit` is the longest line it may remove; a `soft` rule yields to
    a line that reports speech (", kata dia"), since its phrase also occurs in prose."""

    kind: str
    pattern: re.Pattern[str]
    limit: int
    soft: bool = False
    # An unanchored rule runs only on lines holding one of its needles, and only on the last
    # `tail` characters when set: the anchored ones share a single match at the line start.
    needles: tuple[str, ...] = ()
    tail: int = 0


def _rule(
    kind: str,
    pattern: str,
    limit: int,
    *,
    soft: bool = False,
    needles: tuple[str, ...] = (),
    tail: int = 0,
) -> Rule:
    return Rule(kind, re.compile(pattern), limit, soft, needles, tail)


RULES: tuple[Rule, ...] = (
    # "Baca juga: …", "[Baca Juga: …]", "BACA JUGA:", "Baca_Juga", "Pilihan Editor: …"
    _rule("baca-juga", _OPEN + r"baca[ _]juga\b", 300),
    _rule("baca-juga", _OPEN + r"(simak|lihat|cek|klik) juga" + _SEP, 300),
    _rule("baca-juga", _OPEN + r"(baca|read|baca selengkapnya|selengkapnya)" + _SEP, 300),
    _rule(
        "baca-juga",
        _OPEN
        + r"(berita|artikel|topik|konten|video) (terkait|lainnya|pilihan|menarik|terkini)"
        + _SEP,
        200,
    ),
    _rule(
        "baca-juga",
        _OPEN + r"(pilihan editor|pilihan redaksi|next article|artikel selanjutnya)"
        r"\b|" + _OPEN + r"(jangan lewatkan|jangan sampai ketinggalan)" + _SEP,
        200,
    ),
    _rule(
        "baca-juga",
        r"^(baca|simak|cek|lihat)( juga)? (berita|artikel)( dan artikel)?"
        r" (lainnya|lain|yang lain|terkini|terbaru|menarik)\b",
        160,
    ),
    _rule(
        "video",
        _OPEN + r"(simak|tonton|saksikan|lihat|play|jangan lewatkan)[!:]?( juga| pula)?"
        r" (video|videonya|vidio|live streaming|live|siaran)\b",
        200,
        soft=True,
    ),
    _rule("video", _OPEN + r"(tonton|saksikan)( juga| pula)?\s*[:\-–]", 200),
    _rule(
        "video",
        r"^(tonton|saksikan|simak) (selengkapnya|videonya|video lengkapnya|video selengkapnya)"
        r" (di|pada|melalui)\b.{0,80}$",
        140,
        soft=True,
    ),
    _rule("video", r"^video\s*[:\-–]\s*\S|^\[?video\]?$|^(embed|play) video$", 150),
    # Embed placeholders that survive extraction: "[Gambas:Video 20detik]", "[Gambas:Instagram]".
    _rule("embed", r"^\[\s*gambas\s*:[^\]]*\]$|^\[(video|embed|iframe)\]\S*\[/\1\]$", 200),
    # Script left in the text by extraction: "<!--//<![CDATA[", "//]]>".
    _rule("embed", r"^\W{0,6}(<!|//\s*\]\]|\]\]\s*>)|^\W*<!\s*\[?\s*cdata", 80),
    _rule(
        "ad",
        r"^[\-–—\s]*(advertisement|iklan|ads|sponsored|konten sponsor|advertorial|promoted"
        r"|konten promosi|sponsored content|paid content|konten berbayar|artikel sponsor"
        r"|scroll to continue with content|scroll to resume content|lanjutkan membaca[\w ]*"
        r"|(gulir|scroll)( ke bawah| down)?( untuk)? (melanjutkan|membaca|lanjut)[\w ]*"
        r"|scroll (ke bawah|down)[\w ]*|continue reading below|content continues below"
        r"|artikel berlanjut di bawah( ini)?)[\s.:!\-–—↓⬇>»]*$",
        80,
    ),
    _rule("ad", r"^(baca|nikmati)\b.{0,60}\btanpa iklan\b|^konten premium\b", 160),
    # Paywall and login prompts: "Berlangganan untuk membaca artikel selengkapnya", "Masuk atau
    # daftar untuk melanjutkan membaca".
    _rule(
        "paywall",
        r"^(silakan |silahkan )?(berlangganan|langganan|masuk|login|log in|daftar|register"
        r"|sign in)\b.{0,40}"
        r"\b(untuk|agar (bisa|dapat))\b.{0,30}\b(membaca|melanjutkan|lanjut|baca|mengakses)\b"
        r"[^.!?]{0,60}[.!?]?"
        # and its price: "… selengkapnya. Mulai Rp 25.000 per bulan, batalkan kapan saja."
        r"(\s+(mulai|hanya|cuma|gratis|diskon|harga)\b[^!?]{0,80}[.!?]?)?$",
        140,
    ),
    _rule(
        "paywall",
        r"^anda (sedang )?membaca (artikel|konten|berita) (premium|eksklusif|berbayar)\b"
        r"|^(artikel|konten|berita) ini (khusus|hanya) (untuk|bagi) (pelanggan|member|anggota)\b"
        r"|^promo (berlangganan|langganan)\b|^nikmati akses tanpa batas\b"
        r"|^untuk (membaca|melanjutkan|mengakses)\b.{0,40}\b(masuk|login|berlangganan|langganan)"
        r"\b[^.!?]{0,50}[.!?]?$",
        200,
    ),
    # "Gabung Kompas.com+", "Langganan kumparanPLUS", "Lanjut membaca konten eksklusif …?"
    _rule(
        "ad",
        r"^(gabung|bergabung|langganan|berlangganan)( (sekarang|di|ke|dengan))?"
        r" [\w.]+(\.com\+?|\.id|\+|plus)$|^lanjut(kan)? membaca konten (eksklusif|premium)",
        80,
    ),
    _rule(
        "share",
        r"^(share|bagikan|bagikan artikel( ini)?|share (this|artikel)( article| ini)?"
        r"|share on \w+|tweet|kirim|salin (link|tautan)|copy link|sebarkan|link (copied|disalin)"
        r"|tautan disalin|(link|tautan) berhasil (disalin|dicopy|disalin ke clipboard))\s*[:!.]*$",
        60,
    ),
    _rule(
        "share",
        r"^(share|bagikan)( (artikel|berita) ini)?\s*[:\-]?\s*(facebook|twitter|whatsapp|x|line"
        r"|telegram|linkedin|email|copy link)\b",
        150,
    ),
    _rule(
        "follow",
        r"^(ikuti|follow|gabung|bergabung|join|subscribe|langganan|berlangganan|dapatkan|pantau"
        r"|simak|jangan lewatkan|update berita)\b.*\b(google news|whatsapp channel|saluran whatsapp"
        r"|kanal whatsapp|channel whatsapp"
        r"|wa channel|grup telegram|channel telegram|kanal telegram|instagram|twitter|facebook"
        r"|tiktok|youtube|update berita|berita terkini|berita terbaru|breaking news|notifikasi"
        r"|newsletter)\b",
        300,
        soft=True,
    ),
    _rule(
        "follow",
        r"^(download|unduh|install|pasang)\b.*\b(aplikasi|apps?)\b.*"
        r"\b(kami|berita|news|[a-z]+\.(com|id)|play ?store|app ?store|google play)\b",
        200,
        soft=True,
    ),
    _rule("follow", r"^(follow|ikuti) (us|kami)\b", 120),
    _rule("follow", r"^(follow|ikuti) [\w.]+ untuk\b.*\b(berita|update|info)\b", 150),
    _rule(
        "newsletter",
        r"\b(newsletter|buletin)\b.*\b(daftar|berlangganan|subscribe|email)\b"
        r"|\b(daftar|daftarkan|berlangganan|langganan|subscribe)\b.{0,50}\b(newsletter|buletin)\b",
        200,
        needles=("newsletter", "buletin"),
    ),
    _rule("newsletter", r"^klik (di ?sini|link|tautan)\b", 150),
    _rule(
        "newsletter",
        r"^(baca|simak|cek|lihat|tonton|dapatkan|unduh|download)\b[^.]{0,80}\b(klik )?(di ?sini)"
        r"\W*$",
        120,
        soft=True,
    ),
    _rule(
        "comments",
        r"^(komentar|tulis komentar|berikan komentar|kirim komentar|lihat komentar|komentari"
        r"|login untuk (berkomentar|komentar)|\d+ komentar|komentar \(\d+\))[\s.:…]*$"
        r"|^komentar \(\d+\)\s*[—–-]?\s*(tulis|berikan|kirim|lihat|tinggalkan|jadilah)\b.{0,50}$",
        60,
    ),
    _rule(
        "comments",
        r"^(silakan |silahkan )?(login|log in|masuk|daftar) (terlebih dahulu )?untuk"
        r" (memberikan |menulis |mengirim )?(berkomentar|komentar|tanggapan)[\s.!]*$",
        80,
    ),
    # The reactions widget: "Bagaimana reaksi Anda?" and its row of feelings.
    _rule(
        "reactions",
        r"^bagaimana (reaksi|perasaan|tanggapan) (anda|kamu|mu)( (setelah|tentang|usai)"
        r"( membaca)? (artikel|berita) ini)?\s*[?:]?(\s+[a-z]+){0,10}$",
        150,
    ),
    _rule(
        "reactions",
        r"^((senang|bahagia|gembira|terhibur|terinspirasi|inspiratif|bangga|terharu|suka|cinta"
        r"|lucu|kaget|terkejut|marah|kesal|sedih|takut|khawatir|tidak peduli|biasa saja|wow"
        r"|haha|\d+)\s*){4,}$",
        150,
    ),
    _rule(
        "comments",
        r"^(tulis|berikan|kirim|sampaikan|tinggalkan) (komentar|tanggapan)( anda| kamu)?"
        r"( (di|pada) (bawah|kolom)[\w ]{0,20})?[\s.:!…]*$",
        60,
    ),
    _rule(
        "consent",
        r"\b(kami|situs ini|website ini|situs kami) menggunakan (cookie|kuki)"
        r"|\bmenyetujui penggunaan (cookie|kuki)|^(terima|izinkan) semua (cookie|kuki)",
        300,
        needles=("cookie", "kuki"),
    ),
    _rule(
        "copyright",
        r"^(copyright|hak cipta|\(c\)|©)"
        r"|^dilarang (keras )?(mengambil|mengutip|menyalin|memperbanyak|menyebarluaskan"
        r"|menayangkan|menerbitkan)\b.*\btanpa (izin|seizin|ijin|seijin)",
        300,
    ),
    _rule(
        "copyright",
        r"©\s*(\d{4}|[a-z])|all rights reserved|hak cipta dilindungi",
        300,
        needles=("©", "all rights", "hak cipta"),
    ),
    _rule(
        "credit",
        _OPEN + r"(foto|photo|gambar|image|ilustrasi foto|sumber foto|sumber gambar"
        r"|kredit foto|dok|dokumentasi|grafis|infografis|video|ilustrasi)\s*[:|]\s*\S",
        160,
    ),
    _rule("credit", r"^(foto|photo|dok)\s*/\s*\S", 100),
    # A press release's contact block: "Kontak Media:", "Telp. (021) 5245000", "Email: …"
    _rule(
        "contact",
        r"^(kontak media|kontak pers|media contact|press contact|contact person|narahubung)"
        r"\s*(:.{0,60})?$"
        r"|^(telp|tel|telepon|phone|fax|faks|e-?mail|surel|hp|whatsapp|wa)\.?\s*[:.]?\s*"
        r"([(+]?\d[\d ()+\-.]{5,20}|[\w.+-]+@[\w.-]+)$",
        80,
    ),
    # A button left by extraction: "Lihat Foto", "Buka Galeri".
    _rule("embed", r"^(lihat|buka|tampilkan) (foto|galeri|gallery|video|infografis)$", 30),
    # Tag and topic lists: "Tag: banjir jakarta, bmkg", "Topik: Pilkada 2024".
    _rule(
        "related",
        r"^[#\s]*(tags?|topik|topik terkait|topik pilihan|kata kunci|keywords?|label)\s*[:|]\s*\S",
        200,
    ),
    # A source note closing an article: "Sumber: Antara", "Sumber : Tribun Medan".
    _rule("source-note", r"^sumber\s*:\s*" + _OUTLET + r"\b[^.]{0,30}$", 60),
    # ("(Penulis: Dewi Lestari | Editor: Andi Saputra)": in brackets too)
    _rule("byline", rf"^[\[(]?\s*{_ROLE}(\s*(&|dan|/|,)\s*{_ROLE})*\s*[:|]\s*\S", 120),
    # A credit or site name alone: "IDN Times/Larasati Rey", "(Tribunpekanbaru.com/R Armanda)",
    # "VIVA.co.id".
    _rule(
        "credit",
        r"^\(?" + _OUTLET + r"\s*/\s*[^/]{2,50}(/\s*[^/]{1,20})?\)?$"
        r"|^[\w-]+(\.[\w-]+)*\.(com|co\.id|id|co)$",
        70,
    ),
    # "Laporan Wartawan Tribunnews.com, Abdul Majid", "Kontributor Yogyakarta, Wijaya Kusuma"
    _rule(
        "byline",
        r"^laporan (wartawan|reporter|kontributor|koresponden|jurnalis|tim)\b(?!.*[.!?]\s)"
        r"|^laporan langsung [^.,]{2,60} dari [^.,]{2,40}$"
        r"|^(kontributor|koresponden) [\w .]{2,30}, [\w .']{2,40}$",
        120,
    ),
    # Editor initials closing an article: "(ard)", "(res/res)", "[sau]", "(mdk/fik)".
    _rule("byline", r"^[\[(]\s*[a-z0-9.\- ]{2,12}(\s*/\s*[a-z0-9.\- ]{2,12}){0,3}\s*[\])]$", 40),
    _rule("byline", r"^(editorial team|tim redaksi|tim editor)$", 30),
    # A bare contact address ("research@cnbcindonesia.com").
    _rule("byline", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", 80),
    # Opinion pieces: "*) Penulis adalah dosen …", "Tulisan ini adalah kiriman pembaca …".
    _rule(
        "author-note",
        r"^\*+\)?\s*(penulis|tulisan ini|artikel ini|opini ini|isi tulisan)\b"
        r"|^(penulis|tulisan ini) (adalah|merupakan)\b"
        r"|^(disclaimer|catatan redaksi)\s*:",
        300,
    ),
    _rule("author-note", r"\bisi tulisan menjadi tanggung jawab\b", 300, needles=("tulisan",)),
    # "Konten ini sepenuhnya merupakan tanggung jawab penulis …", UGC platform notes.
    _rule(
        "author-note",
        r"\b(konten|artikel|tulisan|isi|opini|materi)\b.{0,80}"
        r"\b(merupakan|menjadi|adalah|sepenuhnya) (karya tulis pengguna|karya pembaca"
        r"|tanggung ?jawab (penulis|pengirim|kontributor"
        r"|pembuat konten))\b(?!.*[\"“”])",
        300,
        soft=True,
        needles=("tanggung", "karya"),
    ),
    # Fact-check hotlines closing an article ("Fakta atau Hoaks? … WhatsApp ke nomor Cek Fakta").
    _rule(
        "follow",
        r"^\W*fakta atau hoaks\b|\b(whatsapp|wa|hubungi)\b.{0,30}\bnomor cek fakta\b",
        300,
        needles=("fakta",),
    ),
    # Instagram and X embeds as text: "View this post on Instagram", "A post shared by …".
    _rule(
        "embed",
        r"^(view this post on instagram|lihat postingan ini di instagram)\b.{0,100}$"
        r"|^(view this post on instagram|lihat postingan ini di instagram"
        r"|view (more )?on (instagram|twitter|x|tiktok|youtube))$"
        r"|^(a post shared by|postingan yang dibagikan oleh|sebuah kiriman dibagikan oleh)"
        r" .{1,80}$",
        120,
    ),
    # X/Twitter, TikTok and YouTube embeds: "— PSSI (@PSSI) March 21, 2024", "♬ suara asli - …",
    # "Watch on YouTube".
    _rule(
        "embed",
        r"^(pic\.twitter\.com/\S+\s*)?[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[a-z]{3,9}\.? \d{1,2},?"
        r" \d{4}$|^posted by .{1,80} on ([a-z]+day, )?[a-z]+ \d{1,2}, \d{4}$"
        r"|^♬\s*\S.{0,100}$|^(watch|tonton) (on|di) (youtube|tiktok|instagram|x|twitter)$",
        130,
    ),
    # Audio and reading-time widgets: "Dengarkan artikel ini", "Waktu baca 3 menit".
    _rule(
        "embed",
        r"^(dengarkan|putar|play|listen to) (artikel|berita|this article)( ini)?\b"
        r"[\w\s:.()·•|/▶►🔊🎧-]{0,24}$"
        r"|^(waktu baca|estimasi (waktu )?baca|lama baca|reading time)\s*:?\s*\d+\s*(menit|min)\w*"
        r"\.?$|^\d+\s*(menit|min) (membaca|baca|read)$|^baca \d+ (detik|menit)$",
        60,
    ),
    # Polls: "Ikuti polling: Siapa calon gubernur pilihan Anda?"
    _rule(
        "poll",
        r"^(ikuti|ikut|isi|berikan suara di) (polling|jajak pendapat|voting)\b"
        r"|^(polling|jajak pendapat|voting)\s*:",
        150,
    ),
    # Sponsored-content disclosures; loaders and AMP notices left by extraction.
    _rule(
        "ad",
        r"\b(disajikan|dipersembahkan|dibuat) oleh (advertiser|pengiklan|mitra)\b"
        r"|\btidak terlibat dalam (materi|pembuatan|penulisan) (konten|artikel)\b"
        r"|^(konten|artikel) ini (merupakan|adalah) kerja ?sama dengan\b"
        r"|\b(di luar|bukan) tanggung ?jawab redaksi\b"
        r"|^konten berikut (adalah|merupakan) iklan\b|\btidak terkait dengan materi konten\b",
        250,
        needles=(
            "advertiser",
            "pengiklan",
            "tidak terlibat",
            "mitra",
            "kerja",
            "redaksi",
            "iklan",
            "tidak terkait",
        ),
    ),
    _rule(
        "embed",
        r"^(loading|memuat)\s*(\.{2,3}|…)?$|^anda sedang membaca versi (amp|mobile|lite)\b",
        90,
    ),
    # A site's footer links in one line: "Redaksi | Pedoman Media Siber | Info Iklan | …".
    _rule(
        "navigation",
        r"^([\w .&-]{2,30}\s*[|•·]\s*){2,}[\w .&-]{2,30}$",
        200,
        needles=(
            "pedoman media siber",
            "kebijakan privasi",
            "tentang kami",
            "info iklan",
            "redaksi",
            "kontak kami",
        ),
    ),
    # A table of contents header: "Daftar Isi [Tampilkan]".
    _rule("toc", r"^daftar isi\s*(\[?\s*(tampilkan|sembunyikan|show|hide)\s*\]?)?$", 40),
    _rule(
        "pagination",
        r"^((baca|lihat|lanjut ke) )?(halaman|hal\.?|page)"
        r" (selanjutnya|berikutnya|sebelumnya|\d+)\b"
        r"|^(selanjutnya|berikutnya|sebelumnya|next|prev|previous)\s*[»>›]*$"
        r"|^(halaman|hal\.?|page)\s*:?\s*(\d+\s*)*(selanjutnya|berikutnya|next)?\s*[»›>]*"
        r"(\s*(tampilkan semua|lihat semua|show all|view all))?$"
        r"|^(\d+\s+){1,}(selanjutnya|berikutnya|next|»|›|>)$"
        r"|^(\d{1,2}\s+){1,9}\d{1,2}$"  # the page numbers alone: "1 2", "1 2 3 4"
        r"|^(selanjutnya|berikutnya|next)\s*[»›>]?\s*(\d+\s*){1,}$"
        r"|^[«‹<]?\s*(sebelumnya|prev|previous)\s*(\d+\s*)+(berikutnya|selanjutnya|next)\s*[»›>]?$"
        r"|^lihat semua (berita|artikel|video|foto)\b[^.!?]{0,40}[→›»>]?$"
        r"|^(load more|tampilkan semua"
        r"|show all|lihat semua)$",
        60,
    ),
    # "Kompas.com - 14/03/2025, 10:15 WIB", "Senin, 10 Februari 2025 | 14:30 WIB"
    _rule(
        "timestamp",
        r"^(update|updated|pembaruan|diperbarui)\s*:?\s*(pukul\s*)?\d{1,2}[.:]\d{2}"
        r"(\s*(wib|wita|wit))?$"
        r"|^(update terakhir|terakhir diperbarui|diperbarui|dipublikasikan|diterbitkan|published"
        r"|updated)\s*:?\s*\d{1,2}[/. -]\w{2,9}[/. -]\d{2,4}[, ]*(\d{1,2}[.:]\d{2})?"
        r"(\s*(wib|wita|wit))?$",
        60,
    ),
    _rule(
        "timestamp",
        r"^([\w.]+(\s+[\w.]+){0,2}\s*[-–—|]\s*|[\w.]+\s*,\s*)?"
        r"((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*)?"
        r"\d{1,2}[ /.\-](\d{1,2}|[a-z]{3,9})[ /.\-]\d{4}\s*[,|\-–]?\s*(pukul\s*)?"
        r"\d{1,2}[:.]\d{2}(\s*(wib|wita|wit))?"
        # "… 14:05 WIB | Oleh: Rina Ayu": the byline printed beside it
        r"(\s*[|\-–]\s*(oleh|penulis|reporter|editor)\s*:?\s*[^|:]{2,50})?$",
        110,
    ),
    _rule(
        "source-note",
        r"^[\w-]+(\.[\w-]+)*\.(com|co\.id|id|co|net) (adalah|merupakan)"
        r" (portal|media|situs|kanal)\b",
        400,
    ),
    _rule(
        "source-note",
        r"^artikel ini( (telah|sudah|pertama kali|lebih dulu|lebih dahulu|juga))* ?"
        r"(tayang|terbit|dimuat|diterbitkan|tayangkan)\b"
        r"|^artikel ini (merupakan|adalah) (bagian dari|kiriman)\b|^disclosure\s*:",
        250,
    ),
    # detik's syndication line: 'Baca artikel detiknews, "…" selengkapnya https://…'.
    _rule("source-note", r"^baca artikel [\w.]+\s*,.{0,250}\bselengkapnya\b", 400),
)

# Kinds that are never a title, so they are removed even from the first line.
CHROME = frozenset(
    {"ad", "share", "follow", "newsletter", "copyright", "pagination", "embed", "consent",
     "contact", "comments", "timestamp", "byline", "paywall", "reactions", "poll", "navigation"}
)  # fmt: skip
LONGEST = max(rule.limit for rule in RULES)
# One match at the line start decides for almost every line that no anchored rule applies.
ANCHORED = re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in RULES if not rule.needles))
UNANCHORED = tuple(rule for rule in RULES if rule.needles)
# Reported speech marks a line as prose even when it opens like a prompt ("Tonton videonya
# sampai habis, kata pemilik kanal itu").
SPEECH = re.compile(
    r"[,\"”'’]\s*(kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|sebut)(nya)?\b"
    r"|\b(kata|ujar) (dia|ia|beliau|mereka)\b"
)

# A photo or source credit closing a line, searched in the raw line's last CREDIT_TAIL characters:
# "… Sabtu (22/8). (KOMPAS.com/Rahel N)", "… di Agam. Foto: Antara/Iggoy el Fitra",
# "… Kamis (13/2/2025). ANTARA FOTO/Aris Wasita", "… kerusakan parah. (Antara/Reuters)".
CREDIT = re.compile(
    r"(?<=[.)])\s*\((foto|photo|dok|sumber foto)\s*:[^()]{2,80}\)\s*$"
    r"|\s*\(\s*" + _OUTLET + r"\s*/(?P<who>[^()/]{2,60})\)\s*$"
    r"|(?<=[.)])\s*(foto|photo)\s*:\s*[^.():]{2,60}$"
    r"|(?<=[.)])\s*antara( ?foto)?\s*/[^():]{2,60}$",
    re.IGNORECASE,
)
CREDIT_TAIL = 100
# What makes a line ending in a credit a photo caption rather than a paragraph with its source:
# a photo word, "Ilustrasi …", or the day-and-date of the picture ("Sabtu (22/8/2025)").
CAPTION_CUE = re.compile(
    r"\b(foto|photo)\b|^ilustrasi\b|\(\d{1,2}/\d{1,2}(/\d{2,4})?\)", re.IGNORECASE
)
# An editor's code after the outlet ("(ANTARA/les)") closes an article, never a caption.
EDITOR_CODE = re.compile(r"^\s*[a-z]{2,4}\s*$")
# More than one sentence before the credit: a paragraph, not a caption.
TWO_SENTENCES = re.compile(r"[.!?][\"”']?\s+[\"“A-Z]")

# A source note that only the end of an article carries ("Sumber: The Verge.", "Sumber berita
# Phandroid."); inside an article "Sumber: BPS" under a table is part of the content.
TAIL_SOURCE = re.compile(
    r"^(sumber|source|sumber berita|sumber gambar( header)?|gambar header|referensi|via)\s*:\s*"
    r"[^\s:][^:]{0,70}$"
    r"|^(sumber berita|sumber gambar( header)?|gambar header) [^\s.]+( [^\s.]+){0,2}\.?$"
)

# A header line alone that introduces a block of furniture lines, and the kind those take.
LIST_HEADER = re.compile(
    r"^[\[(\s]*((baca|simak|lihat|cek)( juga)?|berita terkait|artikel terkait|berita lainnya"
    r"|artikel lainnya|berita pilihan|rekomendasi|rekomendasi untuk anda|terpopuler|terkini"
    r"|populer|pilihan editor|pilihan redaksi|topik|topik terkait|topik pilihan|tags?"
    r"|pilihan untukmu|pilihan untuk anda|rekomendasi untukmu|berita populer|most popular"
    r"|trending|terpopuler hari ini|baca lainnya|artikel pilihan"
    r"|kata kunci|video terkini|video terkait|video pilihan|next article|editorial team"
    r"|tim redaksi|halaman|hal|page|komentar|(ikuti|follow) (kami|us)( di)?)[\s\])]*[:\-–]?"
    r"[\s\])]*$"
)
PAGE_ITEM = re.compile(r"^(\d{1,3}|selanjutnya|berikutnya|sebelumnya|next|prev|»|›|>|<|«)$")
CONSENT_BUTTON = re.compile(r"^(setuju|terima|tolak|ok|oke|mengerti|saya setuju|accept|reject)$")


# "Kamis, 28 November 2026" alone on its line: the page's date without a time. Only at the
# top of a page is it furniture; inside an article it heads a chronology ("Sabtu, 5 November
# 2016" then the events of that day).
DATE_ONLY = re.compile(
    r"^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*\d{1,2}\s+"
    r"(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
    r"|desember|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\.?\s+\d{4}$"
)
