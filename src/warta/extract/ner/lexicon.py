"""Hand-written Indonesian word lists for NER: titles and roles, institution and place heads.

These are the project's own lists (no external data): role words that precede a name but are
not part of it, and well-known institutions that news text names without a head noun.
"""

from __future__ import annotations

__all__ = [
    "ADDRESS_WORDS",
    "COMMON_CALLINGS",
    "CORPS",
    "ENGLISH_PRE_TITLES",
    "KNOWN_LOCS",
    "KNOWN_ORGS",
    "LOC_HEADS",
    "MINISTRY_FIELDS",
    "NAME_TITLES",
    "NUMBERED_UNITS",
    "OFFICE_TITLES",
    "ORG_HEADS",
    "PROFESSIONS",
    "ROLE_MODIFIERS",
    "ROLE_WORDS",
    "SUPERLATIVES",
    "TITLE_WORDS",
    "VENUE_HEADS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines())


# Words that make up a role or title in front of a name ("Presiden Prancis", "Menteri Luar
# Negeri AS", "juru bicara Kremlin"). Lower-case.
ROLE_WORDS: frozenset[str] = _words(
    """
    adik advokat aiptu ajun akbp aktor aktris almarhum almarhumah anak analis anggota artis
    ayah bapak besar bibi bicara brigadir brigjen bripka bu bupati cabup cagub calon camat
    capres cawagub cawapres ceo cfo coo cucu dandim danrem dekan direktur direktur-jenderal
    dirjen dirut dokter dosen dr. drs. dubes duta ekonom eks founder gubernur
    gubernur-jenderal guru h. habib hakim hj. hukum ibu ibunda imam ipda iptu ir. istri
    jaksa jenderal jubir jurnalis juru kabareskrim kabid kades kadiv kajari kajati kakak
    kanit kanselir kapolda kapolres kapolrestabes kapolri kapolsek kapten kapuspen kasad
    kasal kasat kasau kasubdit kepala kepala-staf ketua ketua-umum ketum kiai koleganya
    kolonel kombes komisaris kompol konsul koresponden kuasa kyai laksamana letjen letkol
    lurah manajer mantan marsekal mayjen mayor mendagri menhan menkeu menlu menteri mitra
    mr. mrs. ms. nona nyonya om pak paman pangdam pangeran panglima paus pelatih pemain
    pemimpin pendiri peneliti pengacara pengamat penulis penyanyi perdana pers pimpinan pj
    plh plt presiden prof. profesor putra putri raja ratu rekan rekannya rektor sang saudara
    sdr. sekjen sekretaris sekretaris-jenderal sekretaris-pers senator staf suami sultan
    syekh tante timpalan timpalannya tuan uskup ustadz ustaz wabup wagub wakil wali walikota
    wapres wartawan
    """
)


# Offices written as one abbreviated word ("Menkominfo Rudiantara", "Wakapolri …") and
# honorifics, titles like the role words; kept apart from ROLE_WORDS, which is also a feature
# of the shipped NER model (its training saw that list), so they only serve the role splitter.
OFFICE_TITLES: frozenset[str] = _words(
    """
    buya bos menag menaker mendag mendes mendikbud menkominfo menkopolhukam menkes menhub menko
    menkumham menlhk menpan menpar menperin menpora menpupr menristekdikti mensesneg mensos
    mentan menparekraf menkop menpppa menristek mendikdasmen wamen wamenkeu wamenlu waketum
    wakapolri wakapolda wakasad walkot wawali kapolresta kapolsekta kasatreskrim kasatlantas
    kasatnarkoba kadis kadinkes kabag kabiro kasubag kasubbag karopenmas kapendam kapuspenkum
    sekda sekjen presdir pangkostrad danjen dankormar kadispen pemred kombespol brigjenpol
    irjenpol komjenpol jenderalpol akbppol pol pol. pratu prada praka kopda koptu kopka serda
    sertu serka serma pelda peltu letda lettu briptu bripda brigpol aipda bharada barada
    bharatu bharaka deputi komandan asisten komisioner bendahara panitera danramil danyon
    danlantamal kalapas karutan jendral humas chief chairman chairwoman president director head
    bendesa kelian klian perbekel prajuru pekaseh emir wasit
    principal partner officer consultant advisor adviser coordinator supervisor editor producer
    treasurer owner engineer designer
    manager vp svp evp co-founder cmo cto governor minister secretary spokesman spokeswoman
    spokesperson ambassador senator penjabat kalaksa kalak kasatpol kadishub kadisdik kabalai
    kaban kapusdatin kasi kasie kepsek kakanwil kabidhumas
    wamenaker wamendag wamentan wamenhan wamenkes wamendagri wamenpora wamenkominfo
    wamenkomdigi wamenag wamenparekraf wamenkumham wamenristek wamendikbud wamendikdasmen
    wamensos wamenhub wamenperin wamenkop wamenpar wamenbumn menkomdigi menkum menham
    menimipas menpanrb menekraf menpkp menlh menhut menbud mendukbangga menkopolkam
    menkoinfra menkopangan menkoperekonomian mendiktisaintek menp2mi mentrans
    economist analyst strategist researcher koordinator timbalan pengarah konselor atase abuya
    perwira
    letnan laksamana akp irjen komjen laksda laksdya laksma marsda marsdya marsma
    kapen kapenrem kaur kasubbid kapolsubsektor danpos kapospol wakapolres wakapolresta
    wakapolrestabes wakapolrestro kapolrestro wakapolsek kasubaghumas kasubbaghumas kabaghumas
    kasubbidpenmas
    danlanud danlanal dansatgas danpomdam danbrigif danyonif pangkoarmada danpaspampres
    danguskamla pangkogabwilhan danpuspom danrindam dankodiklat pangkoopsud pangkoopsau
    danlanudal danpasmar danmen
    kardinal pastor pendeta biksu bhikkhu pedanda frater rabi
    dirreskrimum dirreskrimsus dirresnarkoba dirlantas dirintelkam dirsamapta dirbinmas
    dirpolairud dirpamobvit dirtahti dirreskrim wadirreskrimum wadirreskrimsus
    wadirresnarkoba wadirlantas
    """
)
# Words after "yang" that give someone an office in a relative clause ("yang merupakan
# pemimpin MONUSCO", "yang juga Ketua Komisi III")
OFFICE_CLAUSE_OPENERS: frozenset[str] = _words(
    """
    merupakan adalah juga menjabat kini sekaligus
    """
)
# Corps written after a military rank ("Letkol Inf", "Mayor Czi", "Kolonel Pnb"): part of
# the role, never of the unit's name or the person's
CORPS: frozenset[str] = _words(
    """
    inf kav arm arh czi cke chb cpl cpm cku ckm caj cba ctp chk pnb lek tek adm kes sus nav
    mar pom pelaut penerbang infanteri kavaleri artileri zeni
    """
)
# English words written before a title ("Managing Director", "Senior Vice President"): a
# role runs left over them, capitalised
ENGLISH_PRE_TITLES: frozenset[str] = _words(
    """
    managing executive senior general regional country vice deputy assistant associate
    group global national founding prime foreign finance defence defense interior trade
    health energy justice home
    """
)
# Fields an English title names before its head ("Product Marketing Senior Manager",
# "Corporate Communications Manager", "Business Development Director"): capitalised, a role
# runs left over them too
ENGLISH_TITLE_FIELDS: frozenset[str] = _words(
    """
    marketing product products sales business development communication communications
    corporate public relations operations operation technology brand digital strategy
    investor research legal compliance partnership partnerships risk treasury account
    customer engineering creative commercial retail country regional
    works affairs transportation transport agriculture tourism industry education environment
    forestry fisheries religious social labor labour manpower security planning maritime
    investment cooperatives sports youth culture information media human resources content
    growth data government external branch area station project program plant store site
    district promotion promotions event events production quality service services logistics
    procurement purchasing accounting advertising merchandising editorial category channel
    """
)
# Scholars and callings named before a name ("Arkeolog Aceh Dr Husaini Ibrahim", "Sejarawan
# JJ Rizal"): role words for the splitter only, like OFFICE_TITLES.
PROFESSIONS: frozenset[str] = _words(
    """
    arkeolog sejarawan budayawan antropolog sosiolog psikolog epidemiolog akademisi ilmuwan
    prakirawan forecaster
    astronom geolog vulkanolog seismolog klimatolog kriminolog filolog filsuf
    teolog cendekiawan sastrawan seniman penyair novelis instruktur trainer
    """
)
# Callings that also name the members of a body ("Partai Buruh", "Serikat Petani", "Dewan
# Pakar", "Lembaga Perlindungan Saksi dan Korban"): they open a role next to a name ("pedagang
# beras Slamet", "Slamet (52), pedagang beras …") but are no title words elsewhere.
# Academic and religious forms of address written between an office and a name ("Kepala
# Dinkes Jatim dr Erwin", "Ketua MUI KH Ma'ruf Amin"), lower case, without the dot
ADDRESS_WORDS: frozenset[str] = _words("dr drg drs dra prof ir h hj kh capt")
# Military and police units written with a number after them ("Danrem 061", "Kodim 0621")
NUMBERED_UNITS: frozenset[str] = _words(
    """
    kodim korem yonif batalyon lanud lanal koramil danramil danyon danrem dandim rt rw
    """
)
COMMON_CALLINGS: frozenset[str] = _words(
    """
    pakar ahli pedagang petani nelayan sopir pengemudi buruh karyawan pekerja perajin
    pengrajin pemilik pengusaha mahasiswa mahasiswi pelajar siswa siswi pengunjung penumpang
    wisatawan warga korban saksi pelaku tersangka terdakwa penasihat promotor tunggal ganda
    takmir marbot pembalap pebalap atlet petinju pegolf perenang pesepakbola pebasket petenis
    penyerang gelandang bek kiper striker winger pelari pesilat lifter pegulat pemanah pesenam
    wasit musisi rapper sutradara produser komedian presenter youtuber selebgram influencer
    perawat bidan pejabat petinggi tokoh utusan delegasi negosiator mediator pesinetron
    pelawak pelukis desainer koreografer penari pedangdut biduan vokalis gitaris drummer
    pebisnis selebritas politikus politisi kader fungsionaris caleg aktivis pegiat pemerhati
    praktisi psikiater konsultan arsitek pilot pramugari kolumnis fotografer editor redaktur
    miliarder konglomerat investor bankir notaris ulama rohaniwan penyiar bintang pecatur
    pebulutangkis pebulu pevoli pesepeda peselancar pendaki penjaga penyidik penyelidik
    pegawai petugas relawan pengurus pensiunan prajurit
    """
)
TITLE_WORDS: frozenset[str] = ROLE_WORDS | OFFICE_TITLES | PROFESSIONS
# Titles that are also given names: after a role they are the name ("Sekjen PSSI Ratu Tisha
# Destria", "Menteri Pemuda dan Olahraga Imam Nahrawi")
NAME_TITLES: frozenset[str] = frozenset(
    {"ratu", "raja", "putri", "putra", "pangeran", "sultan", "imam"}
)


# Words that qualify a role without being a name ("Menteri Luar Negeri", "Presiden
# terpilih"); role spans may run over them.
# Superlatives a role may close on or hold ("Pemain termahal Arsenal", "penyanyi terkenal")
SUPERLATIVES: frozenset[str] = _words(
    """
    terbaik termahal termuda tertua terbesar terkaya terpopuler terkenal terhebat tersukses
    """
)
ROLE_MODIFIERS: frozenset[str] = SUPERLATIVES | _words(
    """
    agama agung angkatan besar bidang bumn daerah dalam dan darat daya desa ekonomi energi
    ham harian hidup hukum informasi interim investasi kabinet kabupaten keamanan kehutanan
    kelautan kerja kesehatan keuangan khusus komunikasi koordinator kota laut lingkungan luar madya
    militer mineral muda negara negeri olahraga pariwisata pekerjaan pemuda pendidikan
    perdagangan perhubungan perikanan perindustrian pers pertahanan pertanian perumahan
    polisi politik pratama provinsi pusat rakyat republik sekretariat sementara senior
    sosial staf sumber tenaga terpilih tinggi udara umum utama
    klinis forensik pidana perdata internasional publik kebijakan transportasi perkotaan
    perpajakan pajak sejarah budaya sastra kedokteran epidemiologi gizi pasar modal
    perbankan properti otomotif intelijen terorisme siber digital teknologi pangan migas
    konstitusi kriminal ketenagakerjaan kebudayaan koperasi ukm umkm riset transmigrasi
    pemberdayaan perlindungan pembangunan tertinggal aparatur reformasi birokrasi agraria
    perencanaan kependudukan imigrasi pemasyarakatan kreatif infrastruktur kewilayahan
    pemerintahan kesejahteraan kemaritiman maritim perekonomian pmk polhukam majelis
    kewangan pelaburan pengangkutan kesihatan belia perpaduan persekutuan seri datuk dato
    pelaksana tugas eksekutif operasional pemasaran teknis independen prime foreign finance defence
    defense interior trade unit spesialis uang valas saham
    officer executive financial operating marketing managing partner operations commercial
    regional corporate communications communication relations business development technology
    information product products legal strategy strategic growth sales brand customer
    engineering creative content data security risk compliance
    dato' datin
    reskrim reskrimum reskrimsus resnarkoba narkoba lantas intelkam samapta binmas propam
    sabhara pidsus pidum datun pidmil
    """
)


# More words of ministries' fields ("Menteri Agraria dan Tata Ruang", Malaysia's "Menteri
# Sumber Asli dan Kelestarian Alam"), read only between an office's title and the name: in
# other role walks they would run a role on over ordinary words ("anak perempuan", "saksi
# milik keluarga") or over given names ("Sukan")
MINISTRY_FIELDS: frozenset[str] = _words(
    """
    asli alam tata ruang sains dasar menengah mikro kecil pekerja migran perempuan keluarga
    usaha milik wilayah sukan wanita masyarakat hal ehwal kemajuan pelancongan seni tempatan
    komoditi perladangan keterjaminan makanan industri digital dalam negeri kos sara hidup
    manusia belia pengangkutan perpaduan
    """
)


# Head nouns that open an organisation name ("Kementerian Luar Negeri", "Partai Golkar").
ORG_HEADS: frozenset[str] = _words(
    """
    akademi aliansi angkatan asosiasi badan bank biro co corp cv departemen dewan dinas
    direktorat dprd fc federasi front gerakan group grup harian himpunan ikatan inc institut
    kantor kantor-berita kejaksaan kejari kejati kemendagri kemenkes kemenkeu kemenlu
    kementerian kepolisian klub koalisi kodam kodim komisi koran korem korporasi lembaga
    liga llc ltd mahkamah majalah majelis markas museum organisasi partai pemerintah
    pemerintahan pemkab pemkot pemprov pengadilan perhimpunan persatuan persero perum
    perusahaan polda polisi politeknik polres polsek pt pusat radio rs rspad rsud rumah
    sakit satgas satuan sekolah sekretariat serikat stasiun tbk televisi tentara universitas
    yayasan
    """
)


# Words that close the name of a company, institution or outlet, never a person's
# ("Nida Rooms", "Visio Incubator", "Indosurya Sekuritas", "The Jakarta Post")
ORG_LAST_WORDS: frozenset[str] = frozenset(
    {"university", "college", "institute", "academy", "foundation", "group", "holdings",
     "corporation", "corp", "inc", "ltd", "llc", "company", "labs", "lab", "studio",
     "studios", "pictures", "records", "entertainment", "media", "network", "networks",
     "capital", "ventures", "partners", "technologies", "technology", "systems", "solutions",
     "airlines", "airways", "motors", "rooms", "association", "agency", "council",
     "commission", "committee", "society", "times", "post", "news", "journal", "magazine",
     "mail", "herald", "tribune", "reporter", "gazette", "fc", "bank", "tours", "travel",
     "coffee", "bakery", "kitchen", "restaurant", "air", "incubator", "sekuritas",
     "securities", "tbk", "organization", "organisation", "bureau", "authority", "racing",
     "team", "motorsport", "motorsports", "corse", "esports", "exchange", "fund", "trust",
     "board", "department", "ministry", "energy", "resources", "laboratory", "laboratories",
     # shops and makers: "Family Mart", "Lily Robotics", "Daewoo Shipbuilding"
     "mart", "supermarket", "robotics", "shipbuilding",
     "engineering", "pharma", "pharmaceuticals", "logistics", "foods", "insurance"}
)  # fmt: skip

# Well-known organisations that news text names bare. Lower-case; one name per line.
KNOWN_ORGS: frozenset[str] = _lines(
    """
    afp
    amazon
    antara
    ap
    apple
    asean
    bank dunia
    bank indonesia
    bawaslu
    bbc
    bi
    bin
    bmkg
    bni
    bnn
    bnpb
    bpbd
    bpk
    bpn
    bps
    bri
    btn
    bumn
    cia
    cnn
    demokrat
    departemen luar negeri
    detik
    downing street
    dpd
    dpr
    dpr ri
    dprd
    elysee
    eu
    facebook
    fbi
    fifa
    fsb
    garuda indonesia
    gedung putih
    gerindra
    golkar
    google
    hanura
    imf
    istana elysee
    kejagung
    kemenag
    kemendagri
    kemendikbud
    kemenkes
    kemenkeu
    kementerian luar negeri
    kemlu
    kgb
    kompas
    kpk
    kpu
    kpud
    kremlin
    mandiri
    meta
    microsoft
    mk
    mpr
    muhammadiyah
    mui
    nahdlatul ulama
    nasdem
    nato
    nu
    ojk
    opec
    osce
    pan
    pbb
    pdi perjuangan
    pdi-p
    pdip
    pentagon
    perindo
    pertamina
    pkb
    pks
    pln
    polri
    ppp
    psi
    pssi
    reuters
    telkom
    tempo
    tni
    tni ad
    tni al
    tni au
    twitter
    unesco
    uni eropa
    unicef
    who
    wto
    """
)


# Well-known places news text names in shortened or local forms. Lower-case; one per line.
KNOWN_LOCS: frozenset[str] = _lines(
    """
    afrika
    amerika
    amerika serikat
    arab saudi
    as
    asia
    australia
    beijing
    china
    cina
    crimea
    diy
    dki jakarta
    donbas
    donbass
    eropa
    eropa barat
    eropa timur
    gaza
    jalur gaza
    tepi barat
    rafah
    khan younis
    inggris
    jabar
    jabodetabek
    jakarta
    jateng
    jatim
    jawa barat
    jawa tengah
    jawa timur
    jepang
    jerman
    jogja
    kaltim
    kiev
    korea selatan
    korea utara
    korsel
    korut
    krimea
    kyiv
    london
    moscow
    moskow
    ntb
    ntt
    paris
    perancis
    prancis
    rusia
    sulsel
    sumbar
    sumut
    timur tengah
    tiongkok
    ukraina
    washington
    yogyakarta
    """
)


# Head nouns that open a place name ("Kabupaten Bogor", "Jalan Sudirman").
LOC_HEADS: frozenset[str] = _words(
    """
    benua bukit daerah danau desa dusun gang gg gunung jalan jl jl. jln kab kabupaten
    kampung kawasan kec kecamatan kel kelurahan kepulauan kerajaan kota laut lembah negara
    negeri pantai prov provinsi pulau republik selat sungai tanjung teluk wilayah
    """
)


# Heads of a venue's name: a city written after the venue is a place of its own ("Istana
# Merdeka Jakarta", "Staples Center Los Angeles")
VENUE_HEADS: frozenset[str] = frozenset(
    {"istana", "stadion", "gedung", "aula", "hotel", "sirkuit", "bandara", "masjid", "gereja",
     "pura", "vihara", "klenteng", "balai", "pendopo", "alun-alun", "lapangan", "taman",
     "museum", "monumen", "gelanggang", "arena", "plaza", "mall", "mal", "pasar", "terminal",
     "stasiun", "pelabuhan", "jembatan", "kampus", "rumah", "wisma", "graha", "convention",
     "center", "centre", "hall", "stadium", "square", "garden", "gardens", "gymnasium",
     "dome", "auditorium", "coliseum", "colosseum", "pavilion", "theatre", "theater", "stadio",
     "estadio", "stade"}
)  # fmt: skip
