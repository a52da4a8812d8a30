"""Bodies Indonesian news names bare, as written (case matters): state bodies and their short
forms, state-owned and large companies, startups and platforms, outlets news cites, and
international, sports and civil-society bodies.

warta's own list, written by hand for `entity_missed.known_bodies`, which adds these where the
tagger tagged nothing. Kept out: names that are also common places, people or products
("Amazon", "Ford", "Matahari", "Instagram" as a platform, "AS"), which the tagger and the
sentence decide.
"""

from __future__ import annotations

__all__ = ["COMMON_WORD_BODIES", "KNOWN_BODY_NAMES", "NEWS_OUTLETS", "PLACE_NAMED_BODIES"]


def _lines(text: str) -> frozenset[str]:
    return frozenset(
        name.strip() for line in text.strip().splitlines() for name in line.split(";") if name
    )


_STATE = """
Bappenas;BKPM;BPOM;Basarnas;BNPT;BIN;Bakamla;Bulog;Satpol PP;Densus 88;Densus;Brimob;Bareskrim
PVMBG;Badan Geologi;Manggala Agni;Tagana
Baintelkam;Kopassus;Kostrad;Paspampres;BPJS Kesehatan;BPJS Ketenagakerjaan;BPJS;LPSK;Komnas HAM
Komnas Perempuan;KPAI;Ombudsman;Ombudsman RI;Komisi Yudisial;BPKP;LKPP;BATAN;LAPAN;BPPT;BMKG;LIPI
BRIN;BSSN;Lemsaneg;PPATK;OJK;BEI;KPPU;BPK;BPS;BNN;BNPB;KPU;Bawaslu;DKPP;KPK;DPR;DPR RI;MPR;MPR RI
Polri;TNI;TNI AD;TNI AL;TNI AU;Kemenkeu;Kemendagri;Kemenlu;Kemlu;Kemenhub;Kemenkes
Kemendikbud;Kemenag;Kominfo;Kemkominfo;Kemenkominfo;Kemenpora;Kemensos;Kemenperin;Kemendag
Kementan;Kemnaker;Kemenaker;Kemenpar;Kemenhan;Kemenkumham;Kemendes;Kemendes PDTT;Kemenristekdikti
Kemenristek;Kemenko Polhukam;Kemenko Perekonomian;Kemenko PMK;Kemenko Maritim;Kemenko Kemaritiman
Kementerian PUPR;Kemen PUPR;KemenPUPR;Kemenpupr;KKP;KLHK;Kemenpan RB;KemenPAN-RB;Kemenkop UKM
Kemenkop;Kemen PPPA;KemenPPPA;Kemenparekraf;Kementerian ESDM;Setneg;Kemensetneg;Setkab;KSP
Kejagung;Kejaksaan Agung;Ditjen Pajak;DJP;Bea Cukai;Ditjen Bea dan Cukai;Ditjen Imigrasi
Ditjenpas;Ditjen PAS;Ditjen Hubla;Ditjen Perhubungan Udara;Mahkamah Konstitusi;Mahkamah Agung
Bank Indonesia;Badan Pusat Statistik;Korlantas;Korlantas Polri
Bais;BAIS TNI;Koopssus;Kodiklat;Koarmada;Koarmatim;Koarmabar;Kohanudnas;Pushidrosal
Lemhannas;Wantimpres;Kemenko Marves;Satuan Polisi Pamong Praja;Ditlantas;Bareskrim Polri
Baharkam;Propam
Komdigi;Kemkomdigi;Kemendikdasmen;Kemdikdasmen;Kemendiktisaintek;Kemdiktisaintek;KemenHAM
Kemenkum;Kemenimipas;KP2MI;BP2MI;Kemenbud;Kemenekraf;Kemendukbangga;BKKBN;Kemenko Polkam
Kemenko Pangan;Kemenko PM;Kemenhut;Kementrans;Kemenhaj;BGN;Badan Gizi Nasional;Bapanas
Badan Pangan Nasional;Danantara;BPI Danantara;OIKN;Otorita IKN;Otorita Ibu Kota Nusantara
BP Haji;LPS
"""

# Subsidiaries of state companies news names whole ("PT Pertamina Patra Niaga Roberth …")
_SUBSIDIARIES = """
Pertamina Patra Niaga;Pertamina Hulu Energi;Pertamina Hulu Rokan;Pertamina Hulu Mahakam
Pertamina International Shipping;Kilang Pertamina Internasional;Pertamina Geothermal Energy
Pertamina Power Indonesia;PLN Indonesia Power;PLN Nusantara Power;PLN Icon Plus;Telkom Akses
Bank Syariah Indonesia;Mandiri Sekuritas;BRI Life;KAI Logistik;KAI Wisata;Pelita Air
"""

_COMPANIES = """
Bank Syariah Indonesia;BSI;Bank Permata;PermataBank;Bank CIMB Niaga;CIMB Niaga;Bank OCBC NISP
OCBC NISP;Bank BJB;Bank Jago;Bank Muamalat;Bank Panin;Panin Bank;Maybank Indonesia;Bank Mega
Bank Danamon;Bank BTN;Bank Tabungan Negara;Bank DKI;Bank Neo Commerce;Bank Sinarmas;Bank BTPN
Pertamina;PLN;Telkom;Telkomsel;Indosat;Indosat Ooredoo;XL Axiata;Smartfren;Garuda Indonesia
Lion Air;Citilink;AirAsia;Sriwijaya Air;Batik Air;Wings Air;Lion Air Group;KAI;PT KAI;KCI
KAI Commuter;MRT Jakarta;Transjakarta;TransJakarta;Jasa Marga;Pelindo;Angkasa Pura;Angkasa Pura I
Angkasa Pura II;Antam;Inalum;Freeport;Freeport Indonesia;Freeport-McMoRan;Krakatau Steel;PGN
Semen Indonesia;Wijaya Karya;Waskita Karya;Adhi Karya;Hutama Karya;Bank Mandiri;BCA;BRI;BNI;BTN
Bank BCA;Bank BRI;Bank BNI;Bank BTN;Bank DKI;Danamon;Bank Danamon;CIMB Niaga;Bank Mega;Maybank
Astra International;Indofood;Sinar Mas;Lippo Group;MNC Group;Emtek;Djarum;Gudang Garam;Sampoerna
Bakrie Group;Grup Bakrie;Ciputra;Summarecon;Agung Podomoro;Alfamart;Indomaret;Pos Indonesia
PT Pos;Perum Bulog;Perumnas;Bio Farma;Kimia Farma;Pupuk Indonesia;Pelni;ASDP;Damri;Peruri
Jiwasraya;Asabri;Taspen;Sarinah;Adira Finance;BFI Finance;Mayora;Unilever Indonesia
Google;Alphabet;Microsoft;Apple;Facebook;Samsung;Xiaomi;Huawei;Oppo;Lenovo;Asus;Acer;Intel;AMD;Qualcomm
Nvidia;NVIDIA;MediaTek;Sony;Panasonic;Toshiba;Nokia;Motorola;BlackBerry;HTC;Realme;OnePlus;Meizu
ZTE;Alcatel;TCL;Canon;Nikon;Fujifilm;GoPro;Garmin;Fitbit;Philips;Bose;IBM;Oracle;Cisco;Adobe
Netflix;Spotify;Uber;Lyft;Grab;Gojek;GOJEK;Go-Jek;GO-JEK;Tokopedia;Bukalapak;Traveloka;Shopee
Lazada;Blibli;Zalora;Kaskus;Ruangguru;Halodoc;Alodokter;Akulaku;Kredivo;Midtrans;Xendit;iflix
HOOQ;Alibaba;Alibaba Group;Tencent;Baidu;ByteDance;JD.com;Airbnb;Dropbox;Stripe;eBay;PayPal
Mastercard;Alipay;Ant Financial;SoftBank;Softbank;Temasek;Foxconn;Tesla;SpaceX;Boeing;Airbus
Embraer;Bombardier;Rolls-Royce;General Electric;Siemens;Unilever;Nestle;Nestlé;Danone
Coca-Cola;Coca Cola;PepsiCo;McDonald's;KFC;Starbucks;Adidas;Nike;Reebok;Gucci;Prada
Louis Vuitton;Chanel;Dior;Hermes;Hermès;Versace;Burberry;Balenciaga;Zara;H&M;Uniqlo;IKEA
Walmart;Carrefour;Disney;Walt Disney;Warner Bros;Warner Bros.;Universal Pictures;Paramount
Paramount Pictures;Pixar;Marvel Studios;Marvel;DC;DC Comics;Marvel Comics;Sony Pictures
20th Century Fox;HBO;Lionsgate;DreamWorks
MGM;Nintendo;Sega;Ubisoft;Blizzard;Activision;Square Enix;Capcom;Konami;Bandai Namco;Bethesda
Rockstar Games;Epic Games;Riot Games;Electronic Arts;Moonton;Garena;Krafton;NetEase;miHoYo
FromSoftware;Toyota;Honda;Yamaha;Suzuki;Kawasaki;Mitsubishi
Nissan;Daihatsu;Hyundai;BMW;Audi;Volkswagen;Ducati;KTM;Aprilia;Wuling;Chevrolet;Peugeot;Renault
Ferrari;Lamborghini;Porsche;Volvo;Mazda;Subaru;Lexus;Isuzu;Mercedes-Benz;Astra Honda Motor
Yamaha Indonesia;Toyota Astra Motor;Harley-Davidson;Harley Davidson;Kickstarter;Indiegogo;Yahoo
Snapchat;Dell;Hewlett-Packard;MSI;Gigabyte;ASRock;Razer;Logitech;Corsair;Seagate
Western Digital;Kingston;SanDisk;Vivo;Infinix;Advan;Evercoss;Polytron;Epson;Hitachi
Pinterest;LinkedIn;Twitter;Telegram;WeChat;Shell;ExxonMobil;Chevron;BP;Total;Petronas
Aramco;Saudi Aramco;Gazprom;Rosneft;Vale;Rio Tinto;BHP;Newmont;Glencore;Deloitte;PwC;KPMG
Ernst & Young;McKinsey;Nielsen;Goldman Sachs;JPMorgan;Morgan Stanley;Citigroup;HSBC
Standard Chartered;UBS;Credit Suisse;Deutsche Bank;DBS;OCBC;UOB;Moody's;Fitch;Standard & Poor's
Air India;Air China;Air France;Air New Zealand;Air Asia;AirAsia X;Singapore Airlines
Malaysia Airlines;Thai Airways;Vietnam Airlines;Philippine Airlines;Cebu Pacific;Jetstar;Scoot
Qatar Airways;Etihad Airways;Emirates Airline;Turkish Airlines;Saudia;Saudi Arabian Airlines
EgyptAir;Lufthansa;British Airways;KLM;Aeroflot;Cathay Pacific;Japan Airlines;Korean Air
Asiana Airlines;China Airlines;China Southern Airlines;China Eastern Airlines;Qantas
Virgin Australia;Virgin Atlantic;Ryanair;easyJet;Delta Air Lines;United Airlines
American Airlines;Southwest Airlines;Royal Brunei Airlines;Tigerair;All Nippon Airways
"""

_OUTLETS = """
Kompas;Harian Kompas;Tempo;Majalah Tempo;Koran Tempo;Detik;detikcom;Liputan6;Tribunnews
Tribun;Kumparan;kumparan;Okezone;Republika;Sindonews;Koran Sindo;VIVA;Viva.co.id;CNN Indonesia
Jawa Pos;Media Indonesia;Bisnis Indonesia;Kontan;Katadata;Tirto;IDN Times;Beritasatu;Metro TV
MetroTV;tvOne;TVOne;TV One;RCTI;SCTV;Trans TV;Trans7;Indosiar;ANTV;GTV;Global TV;Kompas TV
iNews;TVRI;RRI;JPNN;Pos Kota;Rakyat Merdeka;Warta Kota;Suara Pembaruan;The Jakarta Post
Jakarta Post;Jakarta Globe;DailySocial;Dailysocial;Juara.net;Bolasport;BolaSport;Goal;Goal.com
Kapanlagi;KapanLagi;Fimela;Hipwee;Brilio;Merdeka.com;Antara;Kantor Berita Antara;Gatra
Rimanews;Reuters;AFP;Associated Press;Bloomberg;Al Jazeera;BBC;CNN;CNBC;Fox News;NBC;CBS;NPR
The Guardian;New York Times;The New York Times;Washington Post;The Washington Post
Wall Street Journal;The Wall Street Journal;Financial Times;The Economist;Newsweek;Forbes
USA Today;Los Angeles Times;The Telegraph;The Independent;Daily Mail;Dailymail;Mirror
Daily Mirror;Daily Star;Evening Standard;Sky News;Sky Sports;BT Sport;ESPN;Eurosport;beIN Sports
Fox Sports;Marca;Mundo Deportivo;L'Equipe;L’Equipe;Gazzetta dello Sport;La Gazzetta dello Sport
Corriere dello Sport;Tuttosport;Kicker;Bild;Der Spiegel;Le Monde;Le Figaro;El Pais;Yonhap;Xinhua
Kyodo;NHK;KCNA;TASS;RIA Novosti;Sputnik;Interfax;Anadolu;Bernama;Straits Times;The Straits Times
Channel NewsAsia;South China Morning Post;Global Times;Variety;Billboard;Rolling Stone
The Hollywood Reporter;Hollywood Reporter;TMZ;E! News;Us Weekly;Entertainment Weekly;Vogue
Soompi;Allkpop;Naver;The Verge;TechCrunch;Engadget;Wired;Mashable;CNET;ZDNet;Gizmodo
The Next Web;Ars Technica;GSMArena;GSM Arena;PhoneArena;Android Authority;Android Police
AndroidPolice;9to5Mac;9to5Google;MacRumors;AppleInsider;Business Insider;Autosport;Crash.net
Speedweek;Sportsmole;Football Italia;FourFourTwo;Football365;Gizmochina;Digital Trends;VentureBeat
"""

_INTERNATIONAL = """
UNESCO;UNICEF;UNHCR;UNDP;WHO;IMF;Bank Dunia;World Bank;ADB;OPEC;ASEAN;APEC;OECD;WTO;NATO
Uni Eropa;Komisi Eropa;Parlemen Eropa;Interpol;Europol;Amnesty International;Human Rights Watch
Greenpeace;Palang Merah Indonesia;ICRC;Dokter Lintas Batas;FIFA;UEFA;AFC;AFF;CONMEBOL
CONCACAF;IOC;OCA;KONI;KOI;PSSI;PBSI;BWF;FIBA;NBA;FIA;Dorna;FIM;ITF;WTA;ATP;IAAF;UFC;WWE;PT LIB
PT Liga Indonesia Baru;CAS;FPI;HTI;NU;PBNU;Muhammadiyah;PP Muhammadiyah;GP Ansor;Banser;KNPI;HMI
PMII;GMNI;KAMMI;Walhi;WALHI;ICW;YLBHI;LBH Jakarta;Kontras;KontraS;Setara Institute
Indef;INDEF;CSIS;Celios;CELIOS;CORE Indonesia;LPEM FEB UI;LPEM UI;SMRC;Poltracking;Litbang Kompas
Indikator Politik Indonesia;Charta Politika;Lembaga Survei Indonesia;LSI Denny JA;CISDI;ELSAM
Indonesia Police Watch;IPW;JPPR;KIPP;Auriga Nusantara;Jatam;Imparsial;LBH APIK;Migrant Care
Wahid Institute;Maarif Institute;Perludem;Formappi;Kadin;Apindo;PHRI;IDI;PGRI;Peradi;AJI;PWI
KWI;PGI;Walubi;PHDI;Presidium Alumni 212;GNPF MUI;GNPF-MUI;Hamas;Fatah;Hizbullah;Taliban
Ikhwanul Muslimin;Ikhwanul Muslimun;Muslim Brotherhood;Hizbut Tahrir
The Fed;Federal Reserve;The Federal Reserve;Bank Sentral AS;Bank Sentral Eropa;ECB;Bank of Japan
BOJ;Bank of England;People's Bank of China;Bank Negara Malaysia
Dana Moneter Internasional;International Monetary Fund;Organisasi Kesehatan Dunia
World Health Organization;Perserikatan Bangsa-Bangsa;Organisasi Perdagangan Dunia
World Trade Organization;Bank Pembangunan Asia;Asian Development Bank
Badan Energi Atom Internasional;Mahkamah Pidana Internasional;International Criminal Court
Mahkamah Internasional;Komite Olimpiade Internasional;Organisasi Kerja Sama Islam
ISIS;ISIL;NIIS;KBRI;KJRI;FIGC;LBH;YLKI;ITB
"""

_NAMES = _lines(_STATE + _SUBSIDIARIES + _COMPANIES + _OUTLETS + _INTERNATIONAL)
# News outlets and agencies: what a statement was read in, no speaker of it
NEWS_OUTLETS: frozenset[str] = _lines(_OUTLETS)
# (with their hyphens spaced too, as some outlets' text has them: "GO - JEK")
KNOWN_BODY_NAMES: frozenset[str] = _NAMES | {n.replace("-", " - ") for n in _NAMES if "-" in n}

# Firms named like a city ("Kingston", "Hitachi"): a place after a preposition of place ("tinggal
# di Kingston")
PLACE_NAMED_BODIES: frozenset[str] = frozenset({"Kingston", "Hitachi"})

# Names that are also words a sentence may open with ("Antara lain", "Tempo hari", "Total
# kerugian", "Wings" …): taken only inside a sentence
COMMON_WORD_BODIES: frozenset[str] = frozenset(
    {"Antara", "Tempo", "Total", "Mirror", "Kompas", "Tribun", "Detik", "Goal",
     "Wired", "Kicker", "Variety", "Vale", "Shell", "Sarinah", "Grab", "Nike", "Sputnik",
     "Tirto", "Kontan", "Ombudsman", "Densus", "Telegram", "Fitch", "Bild", "Vogue"}
)  # fmt: skip
