"""Indonesian word lists for quote attribution: speech cues, titles, organisation heads, pronouns.

Lists are lower-cased; they name closed classes (cue verbs, titles, function words), never
particular people, so they carry over to news that was never seen here.
"""

from __future__ import annotations

import re

from warta.extract.ner.lexicon import OFFICE_TITLES, PROFESSIONS


def _words(block: str) -> frozenset[str]:
    # one word list per block of text: easier to read and extend than quoted literals
    return frozenset(block.split())


# Cue words that follow a quote and precede the speaker: `"…," kata X`. The "-nya" forms
# (katanya, ujarnya) are built from these.
POST_CUES: frozenset[str] = _words(
    """
    ajak aku beber bebernya bilang celetuk cuit demikian harap imbuh ingat jawab jelas kata kenang
    katakan kicau kilah klaim lanjut lontar papar pesan pungkas sahut sambung sebut sergah seru
    tambah tandas tanya tegas tepis terang timpal tukas tulis tutup tutur tweet ucap ujar ungkap
    urai teriak bisik canda seloroh buka sindir keluh puji ulas rilis cetus bantah akui kelakar
    gurau pinta unggah sambut ketus tekan
    """
)

# Nouns that are also cues, only right after a quotation closes ('"Halo," sapa Ryota',
# '"…," cerita Dian', lyrics: '"Batman, Batman …," rap Jaden'): mid-sentence they are the
# noun ("…, cerita Lawrence memicu …", "lagu rap")
QUOTE_ONLY_CUES: frozenset[str] = frozenset(
    {"sapa", "cerita", "kisah", "saran", "rap", "senandung", "dendang"}
)

# Participles of how the press met someone ("Dihubungi DailySocial, …", "Saat ditemui …")
MET_BY_THE_PRESS: frozenset[str] = _words(
    """
    dihubungi ditemui dijumpai dikonfirmasi ditanya ditanyai diwawancarai dimintai dicegat
    disambangi dikunjungi
    """
)

# Verbs of saying whose subject precedes them: `X mengatakan …`, `X: "…"`.
SPEECH_VERBS: frozenset[str] = _words(
    """
    bercerita berdalih berharap berjanji berkata berkicau berkilah berpendapat berpesan
    bersikeras bertutur berujar bilang melaporkan memaparkan memastikan membantah membeberkan
    meminta memperingatkan memperkirakan memuji menambahkan menandaskan menanggapi mencatat
    menceritakan mencuit mendesak menduga menegaskan menekankan menerangkan mengaku mengakui
    mengancam menganggap mengatakan mengecam mengeluh mengeluhkan mengemukakan menggambarkan
    mengimbau mengimbuhkan mengingatkan mengisahkan mengklaim mengkonfirmasi mengkritik
    mengomentari mengonfirmasi mengulangi mengumumkan mengungkapkan mengutarakan menilai
    menimpali menjanjikan menjawab menjelaskan menolak menuding menuduh menukas menulis
    menuturkan menyalahkan menyampaikan menyangkal menyatakan menyebut menyebutkan menyerukan
    menyimpulkan menyinggung menyoroti membocorkan mengajak memerintahkan menginstruksikan
    menyarankan menganjurkan memberitakan mewartakan membenarkan memprediksi memprediksikan
    melanjutkan mencuitkan meyakini yakin menjabarkan mengungkap menguraikan merinci
    berkomentar berseloroh berkelakar berargumen beralasan berucap menyahut beranggapan
    menyindir menampik mengelak menyanggah menggesa memberitahu mengucapkan menjuluki memanggil
    memaki membentak mengumpat membalas
    said says told
    """
)

# The verbs that report speech without "bahwa" in plain reported speech (indirect quotes):
# opinion or action verbs (menilai, meminta) need "bahwa" to count.
CORE_SPEECH_VERBS: frozenset[str] = _words(
    """
    memastikan
    berkata bertutur berujar memaparkan membeberkan menambahkan menegaskan menekankan
    menerangkan mengaku mengakui mengatakan mengklaim mengungkapkan menilai menjelaskan menuding
    menuduh menuturkan menyampaikan menyatakan menyebut menyebutkan membocorkan memperkirakan
    membantah berpendapat beranggapan menyanggah menampik menyangkal
    """
)

# Verbs of saying that also mean something else with a noun object ("mengungkap kasus",
# uncovers): they report a statement only with "bahwa" or a comma after them
CLAUSE_ONLY_VERBS: frozenset[str] = frozenset({"mengungkap"})

# Verbs of asking and urging: reported speech when "agar"/"untuk"/"supaya" follows
# (`X meminta TNI untuk segera …`, `X mengimbau warga agar …`).
REQUEST_VERBS: frozenset[str] = _words(
    """
    meminta memerintahkan mendesak mengimbau menyerukan menginstruksikan mengajak
    memperingatkan menyarankan mengingatkan menganjurkan menggesa
    """
)
# Verbs by which a newspaper or agency reports: speech when their subject is a medium.
MEDIA_VERBS: frozenset[str] = _words(
    """
    melaporkan memberitakan menulis mewartakan
    """
)
MEDIA_NOUNS: frozenset[str] = _words(
    """
    akun berita harian kantor koran laman majalah media situs stasiun surat kabar televisi
    """
)
# Passive speech cues set off inside a sentence (`Manajemen klub itu, diakui Martunis, …`).
PASSIVE_CUES: frozenset[str] = _words(
    """
    diakui dijelaskan dikatakan diungkapkan disampaikan disebutkan ditegaskan dituturkan
    diucapkan diutarakan dikemukakan dinyatakan dipaparkan diterangkan ditambahkan
    """
)
NEGATIONS: frozenset[str] = _words(
    """
    belum bukan enggan tak tidak urung
    """
)

# Words between a subject and its verb that are not part of the subject.
# Negations and aspects that open a predicate right after its subject
PREDICATE_OPENERS: frozenset[str] = _words(
    "tak tidak belum sudah telah akan masih sedang pernah bakal"
)
# The same with the modals: what follows a name or a mid-sentence cue is a predicate ("kata
# Bayu belum bisa dimintai keterangan")
PREDICATE_OR_MODAL_OPENERS: frozenset[str] = PREDICATE_OPENERS | _words(
    "harus bisa dapat perlu mesti wajib sempat"
)
AUXILIARIES: frozenset[str] = _words(
    """
    akan bahkan baru belum berkali-kali berulang bisa boleh dapat harus hanya ikut juga justru
    kali kembali kemudian mampu mesti perlu
    kerap lagi lalu langsung lantas lanjut malah masih pernah pula pun sebelum sebelumnya
    secara sedang
    segera sekali selalu sempat sendiri sering sudah tak tegas telah tengah terang-terangan tetap
    tidak turut resmi konon saja tiba-tiba enggan ogah mau akhirnya kini lagi-lagi memang
    """
)

# Words that start a clause: the subject of a verb begins after them.
CLAUSE_STARTERS: frozenset[str] = _words(
    """
    adapun agar apabila atau bahkan bahwa bila dan demikian hingga jika kalau karena kemudian
    ketika kini lalu maka meski meskipun namun oleh padahal pun saat sampai sebab sebagaimana
    sebelum sedang sedangkan sehingga sejak sekarang selain selanjutnya sementara seperti serta
    sesudah setelah supaya tapi tetapi walau walaupun yaitu yakni
    """
)

# Words that end the speaker phrase after a post-quote cue (`kata X di Jakarta`).
SPEAKER_STOPS: frozenset[str] = _words(
    """
    atas bahwa beberapa dalam dan dari dengan di dikutip hari juga jumat kala kamis
    kemarin kepada kepadaku ketika lagi lewat malam melalui menambahkan menanggapi mengenai
    mengutip minggu pada pagi pekan pukul pula pun rabu saat sabtu sambil sebagaimana sebelum
    sebelumnya sekitar selasa sembari sendiri senin seperti seraya sesudah setelah seusai siang
    soal sore tadi tatkala tentang terkait untuk usai via waktu yang adalah ialah merupakan
    selepas sehabis jelang menjelang
    """
)

# Forms of address for clerics and teachers, which news also writes as a role ("Ustaz Abdul
# Somad"); after an office, how the person is addressed ("… PP Muhammadiyah Buya …")
CLERICAL_ADDRESS: frozenset[str] = _words("ustadz ustaz ustad kiai kyai buya gus")

PRONOUNS: frozenset[str] = _words(
    """
    -nya beliau dia dirinya ia nya pihaknya he she
    """
)

# Titles and role nouns: they precede a name and form its role, never the name itself.
TITLES: frozenset[str] = (
    _words(
        """
    adik agung ahli aipda aiptu ajun akbp aktivis aktor aktris anak analis analyst anggota artis
    polhukam perekonomian kemaritiman pmk corporate
    pesinetron presenter komedian selebgram youtuber vlogger desainer perancang musisi rapper
    pelawak pedangdut penyiar koreografer fotografer pebalap pecatur pevoli pesepeda peselancar
    asisten atlet ayah bang bapak bek bendahara besar bibi bicara bidang bintang bos brand
    brigadir brigjen bripka bu bupati buruh business cagub calon camat capres cawapres ceo cfo
    chairman chief co-founder coach coo country dandim danjen danrem dekan deputi director
    direktorat direktur dirjen dirreskrimsus dirreskrimum dirut divisi dokter dosen dr dr. drs
    drs. dubes duta economist ekonom eks engineer executive financial founder gelandang general
    grand gubernur guru h h. habib hakim harian head hj hj. hubungan hukum humas ibu inspektur
    ipda iptu ir ir. irjen istri jaksa jenderal jubir juragan juru kabag kabaharkam kabais
    kabareskrim kabid kabiddokkes kabiro kader kades kadinkes kadis kadispen kadiv kajari kajati
    kak kakak kakek kanit kanselir kapolda kapolres kapolresta kapolrestabes kapolrestro kapolri
    kapolsek
    kapten kapusdatin kapuskes kapuspen kapuspenkum karo karopenmas karyawan kasad kasal kasat
    kasatlantas kasatreskoba kasatreskrim kasau kasi kasubag kasubbag kasubdit kaur kejati
    kepala kepsek ketua ketum kh kh. khusus kiai kiper kolonel komandan kombes komisaris komjen
    kompol konsul kontributor koordinator kordinator kopral korban koresponden kuasa laksamana
    leader legenda legislator letjen letkol letnan lurah mahasiswa manager managing manajer
    mantan marketing marsekal mas master masyarakat mayjen mayor mbak menag menaker mendag
    mendagri
    mendikbud menhan menhub menkes menkeu menko menlu menpan menperin menpora mensesneg mentan
    menteri minister nelayan nenek nyonya officer operating operations owner pak pakar paman
    pangdam pangeran pangkostrad panglima panit partner pastor paus pebasket pebulutangkis
    pedagang pegawai pegolf pelaksana pelari pelatih pemain pembalap pemilik pemimpin pemred
    penasihat pendeta pendiri peneliti pengacara pengamat pengemudi pengurus pengusaha penjabat
    penulis penyanyi penyerang perawat perdana perenang pers pesepakbola petani petenis petinju
    pimpinan pj pj. playmaker plh plt politikus politisi presdir presiden president prime product
    produser prof prof. profesor raja ratu redaktur rekan rektor relawan reporter romo sahabat
    saksi sales saudara sdr secretary sekda sekjen sekretaris senator senior sersan siswa sopir
    spokesman spokesperson staf striker suami sutradara syekh technology terdakwa tersangka tuan
    tugas tukang umum uskup ustad ustadz ustaz utama vice wabup wagub wakapolda wakapolri wakasad
    waketum wakil wali walikota wamen wamenkeu wamenlu wapres warga wartawan wawali winger
    marsda marsdya marsma laksma laksda laksdya akp briptu bripda lettu letda serka sertu
    kopda pratu jend kol brigjend advokat
    penyelenggara pengelola penggagas inisiator kurator moderator pembina
    regional associate deputy assistant principal
    danlanud danlanal dansatgas danpomdam danbrigif danyonif pangkoarmada danpaspampres
    danguskamla pangkogabwilhan danpuspom danrindam dankodiklat pangkoopsud pangkoopsau
    danlanudal danpasmar danmen
    """
    )
    | OFFICE_TITLES
    | PROFESSIONS  # scholars and callings: "arkeolog", "prakirawan", "novelis"
)  # the NER role splitter's one-word offices ("Menkopolhukam", "Wakapolri")

# Head nouns of organisations, offices and places: a capitalised run that contains one
# names an organisation (or a building that speaks for one), not a person.
ORG_HEADS: frozenset[str] = _words(
    """
    metro mapolres mapolda mapolsek mabes
    agency aliansi angkatan asosiasi association badan bagian balai bandara bank bawaslu bi biro
    bmkg bnpb bpbd bpk bpn bps brimob bumd bumn cabang co committee company corp corporation
    council cv daerah densus departemen department desa dewan dinas direktorat dpd dpr dprd
    federasi foundation fraksi front gedung gerakan gereja group grup harian himpunan holding
    ikatan inc indonesia- institut institute internasional istana kabupaten kampus kantor
    kecamatan kedubes kedutaan kejagung kejaksaan kejari kejati kelompok kelurahan kemendagri
    kemenkeu kemenlu kementerian kementrian kepolisian kepresidenan kerajaan klub koalisi kodam
    kodim komisi komnas konsulat korem kota kpk kpu ky lembaga liga lsm ltd ma mahkamah majelis
    markas masjid media ministry mk motor mpr museum nasional nato office ojk ombudsman
    organisasi ormas otoritas pabrik partai pasar pasukan pbb pelabuhan pemda pemerintah pemkab
    pemkot pemprov pengadilan perhimpunan persatuan persekutuan persero perum perusahaan polda
    polisi polres polri polsek provinsi pt pura pusat regional republik rs rsud rumah sakit
    satgas satuan sekolah sekretariat serikat stasiun tbk tim tni uni unit universitas
    university vihara who wilayah yayasan
    """
)

# Words before an anonymous or generic speaker phrase ("seorang pejabat", "sumber anonim").
ANONYMOUS_MARKERS: frozenset[str] = _words(
    """
    anonim beberapa belasan kalangan para pejabat pihak puluhan ratusan ribuan salah sebuah
    sejumlah seorang seseorang sumber
    """
)

# Nouns that introduce a quoted name or title: `program "Makan Bergizi Gratis"`.
TITLE_INTRODUCERS: frozenset[str] = _words(
    """
    acara aksi akun album aplikasi band berjudul bernama bertajuk bertema bertemakan bertuliskan
    buku dijuluki dinamai dinamakan disebut drama episode festival film frasa frase gelar gerakan
    grup hashtag istilah jalan jargon judul julukan kalimat kampanye kanal kata kategori kode
    kolom kompetisi koran label lagu lomba majalah menamai menyebutnya merek moto motto nama
    novel operasi perintah poster predikat produk program proyek rubrik sandi sebutan semboyan
    seri serial sinetron single slogan spanduk status tagar tajuk tema tulisan singkatan akronim
    inisial panggilan sapaan
    """
)

# Teasers and links that quote a headline: `Tonton juga video "…"`, `Baca juga: "…"`.
TEASER_WORDS: frozenset[str] = _words(
    """
    artikel baca berita dengarkan foto galeri infografis juga klik lihat saksikan selengkapnya
    simak terkait tonton video
    """
)

# Words that sit inside organisation names between capitalised words ("Organisasi untuk
# Keamanan dan Kerjasama di Eropa").
NAME_CONNECTORS: frozenset[str] = _words(
    """
    al bin binti da dan dari de der di el la le untuk van von
    """
)

# Words of ministry, agency and task-force names ("Kementerian Luar Negeri", "Badan Penanggulangan
# Bencana Daerah"): capitalised inside a title, never a person's name.
INSTITUTION_WORDS: frozenset[str] = _words(
    """
    dasar menengah kampanye advokasi program
    agama agraria agung air anggaran aparatur api atom bangsa-bangsa bea bencana bidang
    birokrasi cukai dalam darurat daya digital ekonomi energi fiskal geofisika geologi ham hidup
    hubungan hukum humas imigrasi informatika intelijen investasi kabinet kabupaten keamanan
    kebijakan kebudayaan kehutanan kelautan kemanusiaan kemaritiman kepegawaian kereta kerja
    kerjasama kesehatan ketenagakerjaan keuangan khusus klimatologi komunikasi konstitusi
    koordinator koperasi korupsi kota kriminal lalu lingkungan lintas listrik luar madya makanan
    manusia meteorologi mineral minum muda narkotika negara negeri obat olahraga pajak pangan
    pariwisata pekerjaan pemasyarakatan pembangunan pemberantasan pemerintahan pemilihan pemuda
    penanganan penanggulangan pendidikan penerangan pengawas perdagangan perekonomian
    perencanaan perhubungan perikanan perindustrian permusyawaratan perserikatan pertahanan
    pertama pertanahan pertanian perumahan perwakilan politik pos rakyat reformasi reserse riset
    ruang sama sekretariat sekretaris serikat sosial statistik sumber tabungan tata teknologi
    tenaga tinggi transmigrasi umum usaha vulkanologi antariksa nuklir
    laut udara inf kav arh czi pnb cpm kes
    """
)
# Academic degrees and postnominal letters written after a name ("dr. Hengky Sp. B, FINACS").
DEGREES: frozenset[str] = _words(
    """
    ak amd ba bsc cpa dea dipl facs fics finacs llb llm ma mag mba md mh mhum mkes mkn mm mpd
    mph ms msc msi mt phd sag se sh shi sik sip skm skom sp spd spog spa ssi ssos st sth
    mphm mkm mpa mpp mmr mfarm sfarm skep sked ssit mkom mhkes mepid mpsi spsi
    mmedsc mbiomed dtmh mtr msn msp ssn mmsi ssy
    """
)
# A name whose particle is hyphened to it: "al-Hayya", "el-Sisi", "bin-Salman"
HYPHENED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|an|ash|az|ibn|bin|abu)-[A-Z]")
_SPECIALIST = re.compile(r"Sp\.?[A-Z][A-Za-z]{0,3}\.?(?:[-–][A-Z]{1,6})?")


def is_degree(word: str) -> bool:
    """ "MSc", "S.H.", "M.Kes", "SpOG": a degree closing a name. Written with a second capital,
    so the name words "Ma" and "Se" are not."""
    bare = word.replace(".", "").replace(",", "")
    return (
        (bare.lower() in DEGREES and bare[:1].isupper() and bare != bare.capitalize())
        or _SPECIALIST.fullmatch(word) is not None
        # (German diplomas, no name word: "Mike Boge Dipl. Ing.")
        or bare in {"Dipl", "Ing"}
    )


def without_degrees(name: str) -> str:
    """`name` less the degrees closing it ("Agus Akhmadi MKes" -> "Agus Akhmadi"); two name
    words always stay ("Mahfud MD", "Addie MS" are names)."""
    words = name.split(" ")
    cut = len(words)
    while cut > 2 and is_degree(words[cut - 1]):
        cut -= 1
    return " ".join(words[:cut]).rstrip(" ,") if cut < len(words) else name


# Abbreviated "Kepala …" offices ("Kadiskes", "Kabid", "Kasubdit"): titles, never names.
# and the secretaries and deputies of ministers ("Sesmenpora", "Sesmenko", "Seskab", "Sesjen")
ABBREVIATED_OFFICE = re.compile(
    r"ka(?:dis|bag|bid|sat|sub|pol|jati|jari|kanwil|nwil)\w*|ses(?:men|kab|jen|ditjen)\w*"
    # a Polda's directors: "Dirresnarkoba", "Dirreskrimum", "Dirlantas"
    r"|(?:wa)?dir(?:res|lantas|intel|samapta|binmas|polair|pamobvit|tahti)\w*"
)

# Abbreviated ministries and offices ("Kemenko", "Kemnaker", "Kemenkes", "Diskes", "Dinkes"):
# organisations, never names.
ABBREVIATED_ORG = re.compile(
    r"kemen\w+|kemn\w+|dis(?:kes|dik|hub|bud|par|perindag)\w*|din(?:kes|sos)"
)

HONORIFICS: frozenset[str] = _words(
    """
    bang bapak bu dr drg dra drs h hj ibu ir kak kh mas mbak ny nyonya pak prof saudara sdr st tn
    tuan datuk dato datin seri mbah eyang mbok bli habib haji hajah hajjah ra capt
    """
)
ANAPHORS: frozenset[str] = _words(
    """
    ini itu tersebut
    """
)

# Days of the week ("Jum'at" is how some outlets spell Friday; Malay's "Isnin", "Khamis",
# "Jumaat", "Ahad")
DAYS: frozenset[str] = _words(
    """
    senin selasa rabu kamis jumat jum'at sabtu minggu isnin khamis jumaat ahad
    """
)
# Months ("pada Agustus lalu"): a time, never who speaks
MONTHS: frozenset[str] = _words(
    """
    januari februari maret april mei juni juli agustus september oktober november desember
    julai ogos disember
    """
)
# Birth-order and caste names that follow the "I"/"Ni" opening a Balinese name
BALINESE_NAMES: frozenset[str] = _words(
    """
    gede wayan putu made kadek nengah nyoman komang ketut luh gusti ida agung ayu dewa dewi
    kompiang
    """
)

# Words before a day named after someone ("Peringatan Hari Kartini", "merayakan Hari Ibu"):
# no person called "Hari"
DAY_MARKED = re.compile(
    r"(?:\b(?:[Pp]eringatan|[Mm]emperingati|[Pp]erayaan|[Mm]erayakan|[Rr]angka|[Mm]omentum"
    r"|[Ss]elamat|[Ss]emangat)[ \t]+)$"
)


# Words that describe a statement after its noun ("pernyataan kontroversial", "keterangan
# terbaru"): no part of whose statement it is
STATEMENT_ADJECTIVES = frozenset(
    {"kontroversial", "terbaru", "terakhir", "singkat", "lengkap", "keras", "tegas", "terbuka",
     "sebelumnya", "mengejutkan", "pedas", "panjang", "lisan"}
)  # fmt: skip


# "melalui", "lewat": through whom or what a body speaks ("melalui juru bicaranya")
THROUGH: frozenset[str] = frozenset({"melalui", "lewat"})
