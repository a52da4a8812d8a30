"""Features of a line, in the context of its article, for the injected-spam classifier.

Shared by the runtime filter and scripts/train_spam.py so that training and inference cannot drift.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from warta.clean.normalize import disguise_count, fold, restore_truncated

# Words that only gambling promotion (or news about gambling) uses; a line without any of them,
# without disguised letters, emoji or a brand+digits name is not even scored.
_GAMBLING = (
    r"judi|judol|slot\w*|gacor\w*|maxwin|max win|togel|toto\w*|sbobet\w*|casino|kasino|poker|rtp"
    r"|scatter|jackpot|jp|jepe\w*|jpe|wd|wede\w*|withdraw\w*|depo\w*|bet\w*|taruhan|bandar"
    r"|link alternatif|alternatif|login|daftar|bonus|cuan|hoki|zeus|olympus|mahjong|pragmatic"
    r"|pgsoft|spin|parlay|freebet|rungkad|modal|receh|saldo|menang(?:kan|nya|in|an)?|situs|admin|pola|member"
    r"|gampang|jitu|anti ?rungkad|terpercaya|(?:88|77|99)(?![/.,:]\d)|4d|kemenangan|rezeki\w*"
    r"|hadiah|main di"
)
_GAMBLING_RE = re.compile(rf"\b(?:{_GAMBLING})\b")
_CORE_TOPIC_RE = re.compile(r"\b(?:judi|judol|togel|kasino|casino|taruhan|slot|bandar|sbobet)\b")
_PROMO_RE = re.compile(
    r"\b(?:gw|gua|gue|aku|ak|lu|lo|bro|bre|wkwk\w*|mantap\w*|mantul|auto|gas|cuy|bang|ges|guys"
    r"|nih|deh|sih|dong|banget|bgt|yg|gak|ga|gk|ngga|nggak|aja|aj|lgsg|langsung|bikin|coba"
    r"|cobain|join|yuk|ayo|buruan|sekarang|disini|di sini|dsini|kalian|kamu|anda|terbaik"
    r"|terpercaya|asli|serius|beneran|emang|pasti|dijamin|hari ini|tiap hari|setiap hari"
    # Malaysia's chat and the promoters' address ("jom main …", "bosku")
    r"|jom|korang|bosku)\b"
)
_NEWS_RE = re.compile(
    r"\b(?:kata|ujar|ungkap\w*|jelas\w*|menurut|polisi|polda|polres|polsek|kapolri|kapolda"
    r"|kapolres|tersangka|ditangkap|menangkap|penangkapan|pemerintah|menteri|kementerian|kominfo"
    r"|komdigi|ppatk|ojk|pidana|pasal|undang|rekening|blokir|memblokir|diblokir|pemblokiran"
    r"|pemberantasan|kasus|pelaku|warga|presiden|dpr|bareskrim|penyidik|hukum|pengadilan|jaksa"
    r"|terdakwa|korban|masyarakat|pihak|sejumlah|tahun|rupiah|miliar|juta|persen)\b"
)
# Not a social-media handle ("tulis @budi_77") nor an event and its year ("InCUBUS2017"), nor a
# disease or model with a hyphen ("COVID-19", "MiG-29").
_BRAND_DIGITS_RE = re.compile(
    r"(?<!@)\b[a-z]{3,}_?(?:\d{2,3}|(?!19|20)\d{4})\b|\b\d{2,4}[a-z]{4,}\b|\b[a-z]{2,}\d{1,3}[a-z]+\d*\b"
)
# A brand's number spelled out and glued to hide it ("DORA-TUJUHTUJUH", "hokidelapandelapan"):
# no Indonesian word is two digit names glued together.
_DIGIT_NAMES = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|nol|kosong)"
_SPELLED_BRAND_RE = re.compile(rf"\b[a-z]*{_DIGIT_NAMES}{{2,}}\b")
# Letters, a decoration (emoji, star, tilde), digits: "alexis⭐17", "hoki~88". Plain punctuation
# ("pukul 10:30") is not a decoration.
_SPLIT_BRAND_RE = re.compile(r"\b[a-z]{3,}(?:[~*]|[^\x00-\x7f\w\s]){1,3}\d{2,3}(?!\d)")
# Where to play: "main di", "pindah ke", "gabung di" (the call to action of a promotion).
_VENUE_RE = re.compile(
    r"\b(?:main|maen|mainnya|gabung|daftar|mampir|cek|coba|cobain|pindah|join|login|depo|wd"
    r"|merapat|langsung)\s+(?:aja\s+|saja\s+|sekarang\s+)?(?:di|ke|dsini|disini)\b"
)
# First-person win testimony: "gua main dikit aja, saldo langsung nambah", "aku dapet jp".
_FIRST_PERSON_RE = re.compile(r"\b(?:saya|sy|gua|gue|gw|aku|ak|aq|ane|w)\b")
# "A L E X I S 1 7", "P.R.O.B.E.T.8.5.5", "[P][U][L][A][U]": single characters held apart.
_SPACED_RE = re.compile(r"(?:(?<![a-z0-9])[a-z0-9][^a-z0-9]{1,3}){4,}[a-z0-9](?![a-z0-9])")
# Site names built like brands: GUNUNGWIN, SRIWIJAYATOTO, DOISLOT, DOMINOQQ.
# Not the verb "(me)nyabet", "alfabet" or names such as Darwin and Baldwin.
_BRAND_SUFFIX_RE = re.compile(
    r"\b[a-z]{3,}(?:(?<!dar|ald|her|god)win|toto|slot|(?<!nya|isa|lfa)bet|gacor|hoki|qq|4d|jp)\b"
)
# How gamblers talk about winning and paying out: "JP" (jackpot), "WD" (withdraw), "petir" and
# "kakek" (the multiplier and Zeus of slot games), "cuan", luck words. News says "menang" too,
# so these count only in a casual or very short line (see the win_talk feature).
_WIN_SLANG_RE = re.compile(
    r"\b(?:jp|jepe\w*|jpe|wd|wede\w*|withdraw\w*|maxwin|max win|makswin|scatter|petir|kakek"
    r"|zeus|cuan\w*|jackpot|gacor\w*|gacc?h?o+r+\w*|hoki|mujur|kemujuran|beruntung|keberuntungan"
    r"|menang(?:kan|nya|in|an)?|kemenangan|untung|cair\w*|profit|modal|receh|saldo|depo\w*|rungkad|rezeki|rejeki|bonus)\b"
)
# Money in chat form ("120jt", "dp 100k", "wd 200"), not the "Rp 120 juta" of news.
_CHAT_MONEY_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:jt|jeti|rb|ribu|k)\b|\b(?:wd|dp|depo)\s?\d+")
# Emoji of money, luck, cards and dice, and the pointing hands of "link below": promotion's icons.
_PROMO_EMOJI = frozenset("💸🤑💰💵💴💶💲🪙🎰🎲🃏♠♣♥♦♤♧♡♢🍀💎🏆👇👉☝🔗")
# Same ranges as normalize.is_styled, two in a row.
_STYLED_RUN_RE = re.compile(
    "[\U0001d400-\U0001d7ff\u2460-\u24ff\U0001f100-\U0001f1ff\uff10-\uff5a\u1d00-\u1d2b"
    "\ue000-\uf8ff]{2}"
)
# A numbered list item ("3. J. LORENZO + 0.386 detik"): results tables shout names too.
_ENUMERATED = re.compile(r"\s*(?:\d{1,3}|[A-Za-z])[.)]\s")
_LONG_CAPS_RE = re.compile(r"(?<![A-Za-z])[A-Z]{7,}(?![A-Za-z])")
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{6,}\b")
_WORD_RE = re.compile(r"[a-z0-9]+")
_TERMINAL = frozenset(".!?\"”’'):;")
_QUOTES = frozenset("\"“”‘’'")

HAND_FEATURES: tuple[str, ...] = (
    "brand_digits",
    "spaced_letters",
    "disguised_any",
    "disguised_ratio",
    "symbol_ratio",
    "gambling_words",
    "promo_words",
    "news_words",
    "log_len",
    "few_words",
    "terminal_punct",
    "starts_upper",
    "has_quote",
    "topic_gambling",
    "similarity",
    "rel_pos",
    "is_last",
    "gambling_offtopic",
    "brand_offtopic",
    "gambling_dissimilar",
    "styled_word",
    "win_talk",
    "chat_money",
    "ends_in_symbol",
    "short_offtopic",
    "flagged_neighbour",
    "promo_emoji",
    "caps_brand",
    "first_person_win",
    "venue_call",
    "ends_promo_emoji",
    "isolated_offtopic",
)


# Words that news uses too ("kemenangan", "situs", "daftar"): they make a line a candidate only
# near its end, where injected spam sits (a whole comment, or one appended to a paragraph).
_STRONG_RE = re.compile(
    r"\b(?:judi|judol|slot\w*|gacor\w*|maxwin|max win|togel|toto\w*|sbobet\w*|casino|kasino"
    r"|poker|rtp|scatter|jackpot|jp|jepe\w*|jpe|wd|wede\w*|withdraw\w*|depo|deposit|bet|taruhan"
    r"|bandar|link alternatif|zeus|olympus|mahjong|pragmatic|pgsoft|parlay|freebet|rungkad"
    # the bare numbers spam brands use, but not in "PP 99/2012", "99,5" or "77.000"
    r"|anti ?rungkad|(?:88|77|99)(?![/.,:]\d)|4d)\b"
)
_TAIL_CHARS = 160
_RUN_WORDS = 15
# A line sharing this much of its vocabulary with the rest of the article belongs to it.
_RUN_SIMILARITY = 0.5


def _brand_name(folded_lower: str) -> bool:
    """A brand+digits name ("aero88"), with its digits spelled out ("dora-tujuhtujuh") or held
    apart from its letters by a decoration ("alexis⭐17")."""
    return bool(
        _BRAND_DIGITS_RE.search(folded_lower)
        or _SPELLED_BRAND_RE.search(folded_lower)
        or _SPLIT_BRAND_RE.search(folded_lower)
    )


def strong_gambling(folded_lower: str) -> bool:
    """A gambling word that ordinary comments and most news do not use, or a brand+digits name."""
    return bool(_STRONG_RE.search(folded_lower) or _brand_name(folded_lower))


def is_candidate(raw: str, folded_lower: str) -> bool:
    """Cheap gate: could this line be gambling spam at all? (High recall, not precision.)"""
    if _STRONG_RE.search(folded_lower) or _brand_name(folded_lower):
        return True
    if _SPACED_RE.search(folded_lower) or _CHAT_MONEY_RE.search(folded_lower):
        return True
    terms = seo_terms(folded_lower)
    if len(terms) >= 2 or (terms and _CALL_RE.search(folded_lower)):
        return True
    if _CONTACT_RE.search(folded_lower):
        return True  # a contact line: judged by brand_promotion
    tail = folded_lower[-_TAIL_CHARS:]
    if _BRAND_SUFFIX_RE.search(tail):
        return True  # a site name built like a brand ("WARUNGTOTO"), even on a line of its own
    if _looks_like_heading(raw):
        return False
    if _GAMBLING_RE.search(tail):
        return True
    if _CAPS_WORD_RE.search(raw[-_TAIL_CHARS:]) and not _ENUMERATED.match(raw):
        return True
    if raw.isascii():
        return False
    # Disguised letters or emoji: news text rarely has either.
    return disguise_count(raw) > 0 or any(unicodedata.category(ch) == "So" for ch in raw)


def has_gambling_signal(raw: str, folded_lower: str) -> bool:
    """Any sign of gambling promotion: a gambling word, a brand name, disguised letters, symbols."""
    if _GAMBLING_RE.search(folded_lower) or _brand_name(folded_lower):
        return True
    if _SPACED_RE.search(folded_lower) or _BRAND_SUFFIX_RE.search(folded_lower):
        return True
    if raw.isascii():
        return False
    return disguise_count(raw) > 0 or any(unicodedata.category(ch) == "So" for ch in raw)


def promo_hint(raw: str, folded_lower: str) -> bool:
    """Some sign of promotion, weaker than a brand: gambling or winning talk, money in chat form,
    disguised letters, money/card/pointing emoji. Plain emoji (😂) are not one."""
    if _GAMBLING_RE.search(folded_lower) or _brand_name(folded_lower):
        return True
    if _WIN_SLANG_RE.search(folded_lower) or _CHAT_MONEY_RE.search(folded_lower):
        return True
    if raw.isascii():
        return False
    return disguise_count(raw) > 0 or any(ch in _PROMO_EMOJI for ch in raw)


def title_line(raw: str, folded_lower: str) -> bool:
    """A plain title-case line with no brand name or spaced-out letters: as the first line of a
    document it is the headline ("PPATK Bekukan 5.000 Rekening Terkait Judol"), not a comment."""
    return (
        _looks_like_heading(raw)
        and not _brand_name(folded_lower)
        and not _SPACED_RE.search(folded_lower)
    )


# Icons of money, slot machines, cards and luck; not hearts, trophies or pointing hands, which
# captions quoted in news use too.
_MONEY_ICONS = frozenset("💸🤑💰💵💴💶💲🪙🎰🎲🃏♠♣♦♤♧♢🍀💎")


def icon_promotion(raw: str, folded_lower: str, ctx: ArticleContext) -> bool:
    """A short line off the article's vocabulary that pairs a money, card or luck icon with
    winning, money or gambling talk ("kemujuran sekali ♦", "pasti untung! 💸"): the form of a
    promotion, whatever brand or wording it uses."""
    if raw.isascii() or len(raw.split()) > _RUN_WORDS or not _MONEY_ICONS & set(raw):
        return False
    if ctx.similarity(folded_lower) > 0.0:
        return False
    return bool(
        _WIN_SLANG_RE.search(folded_lower)
        or _CHAT_MONEY_RE.search(folded_lower)
        or _GAMBLING_RE.search(folded_lower)
    )


# The jargon of gambling promotion written for search engines ("bocoran RTP live slot gacor",
# "link alternatif … deposit pulsa tanpa potongan", "daftar akun pro Thailand", "prediksi togel
# HK angka jitu"): terms that only gambling promotion strings together. One of them can be news
# ("situs judi", "RTP"); several in one line that reports nothing are an advertisement.
_SEO_TERMS = (
    # slots: games, providers, the talk of winning rates and servers
    r"slot\s?(?:gacor|online|resmi|demo|88|777)",
    r"gacor\w*",
    "maxwin",
    "max win",
    r"rtp(?: live| slot)?",
    "bocoran",
    "pola (?:gacor|slot|main|maxwin)",
    r"scatter\w*",
    "akun (?:pro|demo|vip|gacor)",
    r"server (?:thailand|thai|kamboja|vietnam|jepang|korea|luar(?: negeri)?|internasional)",
    "win ?rate",
    "anti ?rungkad",
    "rungkad",
    "anti ?blokir",
    "mahjong(?: ways)?",
    "olympus",
    "starlight princess",
    r"gates of \w+",
    "jam gacor",
    "pragmatic(?: play)?",
    "pg ?soft",
    "sweet bonanza",
    "spaceman",
    "free ?spins?",
    "free ?bet",
    # casino, cards, cockfights, fish shooting, sportsbooks
    "baccarat",
    "roulette",
    "sic ?bo",
    "blackjack",
    "dragon tiger",
    "sabung ayam",
    "tembak ikan",
    "sportsbook",
    "(?:live )?casino(?: online)?",
    "kasino",
    "judi (?:bola|online|slot|togel)",
    "poker(?: online)?",
    "domino ?qq",
    r"\w+qq",
    "idn ?(?:poker|play)",
    r"sbobet\w*",
    "mix ?parlay",
    "parlay",
    "bola tangkas",
    "jackpot",
    "jp",
    # lottery: pasaran, predictions, result tables
    r"togel\w*",
    "toto(?: ?(?:gel|macau|sgp|hk|sdy|wla))?",
    r"paito\w*",
    "(?:hongkong|hk|singapore|sgp|sydney|sdy|macau) ?pools?",
    "prediksi (?:togel|hk|sgp|sdy|macau|angka|bola|parlay|skor)",
    "angka (?:jitu|main|keluar|hoki|ikut)",
    "4d",
    "(?:keluaran|data|result|live draw) (?:hk|sgp|sdy|macau|hongkong|singapore|sydney)",
    # money in and out, sign-up offers, where to play
    r"bonus (?:new member|deposit|harian|cashback|rollingan|referral|\d+ ?%)",
    r"rollingan\w*",
    "(?:gak|tidak|anti|bebas) (?:kena )?(?:internet positif|nawala)",
    "nawala",
    "new member",
    r"(?:deposit|depo) (?:pulsa|dana|ovo|gopay|qris|via|e-?wallet|\d+\w*)",
    "tanpa potongan",
    "wd",
    r"withdraw\w*",
    "link (?:alternatif|login|daftar|gacor)",
    "situs (?:judi|togel|slot|gacor)",
    "agen (?:judi|slot|togel|bola|sbobet|casino)",
    "bandar (?:togel|judi|bola|slot)",
    "gampang (?:menang|maxwin|jp|wd)",
    "pasti (?:menang|tembus|jp|wd|bayar|maxwin)",
    "pasaran (?:bola|togel|hk|sgp|sdy|macau|terlengkap)",
    r"\d+x (?:manual|turbo|auto|spin)",
    "welcome bonus",
    "online slot",
    "slot site",
    "offline bank",
    "over ?/ ?under",
    "odd ?/ ?even",
    "taruhan bola",
    r"minimal (?:bet|depo\w*|deposit|wd)",
)
_SEO_TERMS_RE = re.compile(r"\b(?:" + "|".join(_SEO_TERMS) + r")\b")
# Words that promotion uses but so does other text ("agen terpercaya", "cuan", "jackpot", a
# number like 88): they add to a promotion term, never count alone.
_SEO_WEAK_RE = re.compile(
    r"\b(?:terpercaya|trusted|cuan|cashback|diskon \d+ ?%|(?:88|77|99|777|138|303)(?![/.,:]\d))"
    r"(?!\w)"
)
# Domain endings gambling sites use (news sites are .com, .co.id, .id)
_ODD_DOMAIN = r"\.(?:xyz|site|online|vip|top|club|fun|bet|live|asia|cc|win)\b"
# Where the reader is sent: to sign up, log in or follow a link.
_CALL_RE = re.compile(
    r"\b(?:daftar\w*|login|log in|klik|kunjungi|gabung\w*|join|akses|link|www|https?|main di"
    r"|sign up|register)\b|" + _ODD_DOMAIN
)
# A web address in a line ("www.…", "https://…", a gambling-style domain).
_WEB_RE = re.compile(r"\b(?:www|https?)\b|" + _ODD_DOMAIN)
# A sentence that reports (someone said, police arrested, a ministry blocked …).
_REPORT_RE = re.compile(
    r"\b(?:kata|ujar|ungkap\w*|jelas\w*|menurut|tutur\w*|polisi|polda|polres|polsek|kapolri"
    r"|kapolda|kapolres|tersangka|ditangkap|menangkap|penangkapan|pemerintah|menteri|kementerian"
    r"|kominfo|komdigi|ppatk|ojk|pidana|pasal|pelaku|bareskrim|penyidik|pengadilan|jaksa|terdakwa"
    r"|korban|masyarakat|diblokir|memblokir|pemblokiran|pemberantasan|kasus|perjudian|mengatakan"
    r"|menyebut\w*|bahwa|menyampaikan|menegaskan|menuturkan|menjelaskan|mengungkapkan|menilai"
    r"|memperingatkan|mengimbau|pakar|psikolog|ahli|pengamat|peneliti|kriminolog|dosen"
    # the words of an explainer: "'depo' berarti menyetor uang, 'WD' singkatan dari withdraw"
    r"|berarti|singkatan|istilah|dikenal dengan|diartikan|merujuk"
    # and Malaysian news: "Beliau berkata, kes disiasat mengikut Seksyen 4B(a) Akta Rumah Judi
    # Terbuka 1953 …"
    r"|berkata|katanya|polis|suspek|disiasat|siasatan|ditahan|direman|mahkamah|seksyen|akta"
    r"|kenyataan|dituduh|tertuduh|pendakwaan)\b"
)
# Reported speech closing a quotation: '… main slot," ujarnya lirih.'
_QUOTED_RE = re.compile(
    r"[,.!?][\"”’]\s*(?:kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|tulis|cuit)\w*\b"
)
_SEO_MAX_WORDS = 40
# An anchor or button of a promotion on a line of its own: "Login Alternatif", "Klaim Bonus",
# "Chat Admin 24 Jam", "Daftar Sekarang".
_CALL_LINE_RE = re.compile(
    r"\W*(?:daftar|login|log in|masuk|klaim|claim|main|maen|chat|hubungi|gabung|join|akses"
    r"|kunjungi|deposit|depo)\s+(?:sekarang|alternatif|bonus\w*|admin|cs|livechat|disini|di sini"
    r"|link|situs|yuk|aja)\b[\w\s!.%]{0,20}$"
)


def call_line(folded_lower: str) -> bool:
    """A promotion's button or anchor alone ("Login Alternatif", "Klaim Bonus")."""
    return _CALL_LINE_RE.match(folded_lower) is not None


def gambling_word(folded_lower: str) -> bool:
    """Whether the line names gambling in words ("judi", "slot", "sbobet88", "togel"), not
    only by a number or a brand-like name ("JKT48")."""
    return any(not m.group(0).isdigit() for m in _STRONG_RE.finditer(folded_lower))


def seo_terms(folded_lower: str) -> set[str]:
    """The distinct gambling-promotion terms of a line ("slot gacor" and "slotgacor" are one)."""
    return {m.group(0).replace(" ", "") for m in _SEO_TERMS_RE.finditer(folded_lower)}


_PLAIN_NEWS_WORDS = 12
_REPORT_MIN_WORDS = 6
_PLAIN_END = re.compile(r"[.][\"”’]?$|[\"”]$")


def plain_news_line(raw: str, folded_lower: str) -> bool:
    """A well-formed sentence of news, which the comment model is not to remove whole: a long
    one (twelve words or more) with at most one promotion term and no chat word, or one of six
    words or more that reports (authorities, reporting verbs) with at most one chat word
    ("Kominfo langsung memblokir link alternatif situs judi itu."). News uses a gambling word
    in its ordinary sense too ("murai batu itu tampil paling gacor"); promotion that reads like
    this carries a brand or a call, or comes appended to a line (judged apart)."""
    n_words = len(raw.split())
    casual = casual_words(folded_lower)
    if (
        n_words >= _PLAIN_NEWS_WORDS
        and not casual
        and len(seo_terms(folded_lower)) <= 1
        and _plain_sentence(raw, folded_lower)
    ):
        return True
    if n_words >= _REPORT_MIN_WORDS and casual <= 1 and _REPORT_RE.search(folded_lower):
        # a report may name the site it is about ("Polda … membongkar … situs judi BOS88")
        return _plain_sentence(raw, folded_lower, brands=True)
    return False


def _plain_sentence(raw: str, folded_lower: str, *, brands: bool = False) -> bool:
    """Capitalised, closed by a full stop or a quotation mark, without brand names, spaced-out
    letters, disguised letters, promotion icons, money in chat form or a web address."""
    stripped = raw.strip()
    if not _PLAIN_END.search(stripped):
        return False
    if not (stripped[:1].isupper() or stripped[:1] in '"“'):
        return False
    if _SPACED_RE.search(folded_lower):
        return False
    if (
        not brands
        and (
            _brand_name(folded_lower)
            # a site name built like a brand ("CELEBESWIN", "KRIPTOBET"); not the jargon ("maxwin")
            or _BRAND_SUFFIX_RE.search(_SEO_TERMS_RE.sub(" ", folded_lower))
            or _LONG_CAPS_RE.search(fold(raw)[1:])
        )
    ):
        return False
    if _CHAT_MONEY_RE.search(folded_lower) or _WEB_RE.search(folded_lower):
        return False
    return raw.isascii() or not (disguise_count(raw) or any(ch in _PROMO_EMOJI for ch in raw))


# A contact line: "Hubungi CS 24 jam via WhatsApp +62 …", "Live chat | WA: 0857-… | Telegram: …"
_CONTACT_RE = re.compile(
    r"\b(?:cs|customer service|live ?chat|admin|whatsapp|wa|telegram|line)\b[^0-9@]{0,40}"
    r"(?:\+?\d[\d\s-]{7,}\d|@\w{3,}|t\.me/\w+)"
)
# Gambling stems inside a handle, domain or glued brand ("@admin_jayabola", "kasinoprima")
_GLUED_GAMBLING_RE = re.compile(
    r"(?:slot|toto|togel|bet|kasino|casino|gacor|hoki|jackpot|poker|judi|bola|spin|jitu|zeus|win"
    r"|play|jp|maxwin|cuan|luck|lucky|domino|qq|pola|raja|dewa|sultan|king|mpo|sakti|asia|max)"
)
# Winning and money talk of a promotion ("menang besar", "kemenangan Rp 38 juta", "hadiah")
_PRIZE_RE = re.compile(
    r"\b(?:\w*menang\w*|jackpot|maxwin|hadiah|bonus|wd|withdraw\w*|cair|deposit|depo"
    r"|turnamen|cashback|pengeluaran|jp)\b"
)


def _shouted_brand(raw: str, ctx: ArticleContext) -> bool:
    """A long capitalised name the article uses nowhere else ("GARUDAPLAY", "KRIPTOSPIN"),
    not the dateline's place or outlet ("BARCELONA, JUARA.net -", "Jakarta (ANTARA) -")."""
    text = fold(raw)
    dateline = _DATELINE_RE.match(text)
    body = text[dateline.end() :] if dateline else text
    return any(
        ctx.vocab.get(word.lower(), 0) < 2
        and not word.isdigit()
        # built like a gambling site ("GARUDAPLAY", "KRIPTOSPIN"), not a club ("PERSIB")
        and (any(ch.isdigit() for ch in word) or _GLUED_GAMBLING_RE.search(word.lower()))
        for word in _BRAND_TOKEN_RE.findall(body)
    )


_DATELINE_RE = re.compile(r"[^\n]{0,60}?\s(?:-{1,2}|–|—)\s")


_BRAND_TOKEN_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9]{5,}(?![A-Za-z])")


def _could_promote(
    raw: str, folded_lower: str, ctx: ArticleContext, *, testimony: bool = False
) -> bool:
    """Where a rule of form may call a line promotion: not too long, no quotation closed by its
    speaker, no report (a chatty line naming the authorities is a comment: "yang lama diblokir
    kominfo nih"; so is a testimony), off the vocabulary of an article not about gambling."""
    if len(raw.split()) > _SEO_MAX_WORDS or reported_quote(folded_lower):
        return False
    if _REPORT_RE.search(folded_lower) and casual_words(folded_lower) < 2 and not testimony:
        return False
    own_topic = 1 if _CORE_TOPIC_RE.search(folded_lower) else 0
    return ctx.topic_lines - own_topic < 2 and ctx.similarity(folded_lower) < _RUN_SIMILARITY


def brand_promotion(raw: str, folded_lower: str, ctx: ArticleContext) -> bool:
    """A brand-built site name with winning or money talk ("Menang besar setiap hari bersama
    SEMARAK365", "terima kasih kepada GARUDAPLAY atas kemenangan …"), or a gambling contact
    line ("WA CS: 0813-… (ZEUSJITU)"), in a line that reports nothing, off an article that is
    not about gambling."""
    # "Saya, Bapak Hendra …, menyampaikan terima kasih kepada …": a testimony in the first
    # person, outside quotation marks, reports nothing
    testimony = _FIRST_PERSON_RE.search(folded_lower) is not None and not _QUOTES & set(raw)
    if not _could_promote(raw, folded_lower, ctx, testimony=testimony):
        return False
    strong = bool(_brand_name(folded_lower) or _shouted_brand(raw, ctx))
    branded = strong or _BRAND_SUFFIX_RE.search(folded_lower) is not None
    if _CONTACT_RE.search(folded_lower):
        glued = " ".join(w for w in folded_lower.split() if len(w) > 6 or "@" in w or "." in w)
        return branded or _GLUED_GAMBLING_RE.search(glued) is not None
    if not branded or not (_PRIZE_RE.search(folded_lower) or seo_terms(folded_lower)):
        return False
    # A long plain sentence ("Klub itu pernah memenangi Piala Intertoto …") needs a shouted or
    # digit-built name, or a first-person testimony, to read as promotion.
    return bool(
        testimony
        or strong
        or not _plain_sentence(raw, folded_lower, brands=True)
        or len(raw.split()) < _PLAIN_NEWS_WORDS
        or casual_words(folded_lower) >= 2
    )


def reported_quote(folded_lower: str) -> bool:
    """A quotation closed by its attribution ('… buat main slot," ujarnya lirih.'): news quoting
    someone, however casually they speak."""
    return _QUOTED_RE.search(folded_lower) is not None


def seo_promotion(raw: str, folded_lower: str, ctx: ArticleContext) -> bool:
    """Gambling promotion in the form of search-engine text: at least two distinct promotion
    terms, or one with a call to sign up or follow a link, in a line that reports nothing, off
    the vocabulary of an article that is not itself about gambling."""
    if not _could_promote(raw, folded_lower, ctx):
        return False
    if _CALL_LINE_RE.match(folded_lower):
        return ctx.similarity(folded_lower) == 0.0
    terms = seo_terms(folded_lower)
    if not terms:
        return False
    if len(terms | {m.group(0) for m in _SEO_WEAK_RE.finditer(folded_lower)}) >= 2:
        return True
    return (
        _CALL_RE.search(folded_lower) is not None
        or _brand_name(folded_lower)
        or _BRAND_SUFFIX_RE.search(folded_lower) is not None
    )


def _looks_like_heading(raw: str) -> bool:
    """A short title-case line ("Pengemudi Online Menang di MA") is a news heading, not a comment.

    Only reached when no strong gambling word, brand+digits name or spaced-out brand was found.
    """
    tokens = raw.split()
    if not 1 <= len(tokens) <= 12 or raw.rstrip().endswith(("!", "?")) or not raw.isascii():
        return False
    return all(t[:1].isupper() or t[:1].isdigit() for t in tokens if len(t) >= 4 and t.isalpha())


def casual_words(folded_lower: str) -> int:
    """How many chatty, second-person or promotional words the line has (news has few)."""
    return len(_PROMO_RE.findall(folded_lower))


def words(folded_lower: str) -> list[str]:
    return _WORD_RE.findall(folded_lower)


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What a line is compared with: the article's vocabulary, how much it is about gambling,
    and which lines carry an unmistakable promotion mark (injected comments come in runs)."""

    vocab: dict[str, int]
    topic_lines: int
    n_lines: int
    flagged: frozenset[int] = frozenset()
    content: tuple[int, ...] = ()

    @classmethod
    def build(
        cls,
        folded_lower_lines: Sequence[str],
        raw_lines: Sequence[str] | None = None,
        *,
        marked: Collection[int] | None = None,
    ) -> ArticleContext:
        """`marked`: the lines that may carry a promotion mark (default: all of `raw_lines`)."""
        vocab: dict[str, int] = {}
        topic = 0
        flagged: set[int] = set()
        content: list[int] = []
        for i, line in enumerate(folded_lower_lines):
            if line:
                content.append(i)
            if _CORE_TOPIC_RE.search(line):
                topic += 1
            for word in set(words(line)):
                if len(word) >= 4:
                    vocab[word] = vocab.get(word, 0) + 1
            if (
                raw_lines is not None
                and (marked is None or i in marked)
                and promotion_mark(raw_lines[i], line)
            ):
                flagged.add(i)
        return cls(
            vocab=vocab,
            topic_lines=topic,
            n_lines=len(folded_lower_lines),
            flagged=frozenset(flagged),
            content=tuple(content),
        )

    def similarity(self, folded_lower: str) -> float:
        """Share of the line's longer words that some other line of the article also uses."""
        long_words = {w for w in words(folded_lower) if len(w) >= 4}
        if not long_words:
            return 0.0
        return sum(1 for w in long_words if self.vocab.get(w, 0) >= 2) / len(long_words)

    def neighbour_flagged(self, line: int) -> bool:
        """Is the previous or next non-blank line marked as promotion?"""
        if line < 0 or not self.flagged:
            return False
        k = bisect.bisect_left(self.content, line)
        around = [self.content[j] for j in (k - 1, k + 1) if 0 <= j < len(self.content)]
        return any(j in self.flagged for j in around if j != line)


def promotion_mark(raw: str, folded_lower: str) -> bool:
    """An unmistakable mark of promotion: a styled (Mathematical, enclosed, fullwidth) word, or a
    brand+digits name in a chatty line. News about gambling names sites plainly, in sentences."""
    if styled_word(raw):
        return True
    return bool(_brand_name(folded_lower)) and casual_words(folded_lower) > 0


def styled_word(raw: str) -> bool:
    """Two or more styled letters in a row (𝐉𝐔𝐍𝐈𝐎𝐑, Ⓢⓛⓞⓣ, ＢＥＴ): typesetting news never uses."""
    return not raw.isascii() and _STYLED_RUN_RE.search(restore_truncated(raw)) is not None


def hand_features(
    raw: str,
    folded_lower: str,
    ctx: ArticleContext,
    *,
    position: float,
    is_last: bool,
    line: int = -1,
) -> list[float]:
    """The hand-made features of one line (order = HAND_FEATURES)."""
    toks = words(folded_lower)
    n = max(len(raw), 1)
    disguised = disguise_count(raw)
    symbols = 0 if raw.isascii() else sum(1 for ch in raw if unicodedata.category(ch) == "So")
    gambling = len(_GAMBLING_RE.findall(folded_lower))
    brand = 1.0 if _brand_name(folded_lower) else 0.0
    if _BRAND_SUFFIX_RE.search(folded_lower):
        brand = max(brand, 0.5)
    own_topic = 1 if _CORE_TOPIC_RE.search(folded_lower) else 0
    # Other lines about gambling make the article a gambling story (the line itself excluded).
    topic = min(max(ctx.topic_lines - own_topic, 0), 5) / 5.0
    similarity = ctx.similarity(folded_lower)
    stripped = raw.rstrip()
    offtopic = 1.0 - topic
    casual = casual_words(folded_lower)
    news = len(_NEWS_RE.findall(folded_lower))
    few = len(toks) <= 8
    win = len(_WIN_SLANG_RE.findall(folded_lower))
    # Winning talk counts in a chatty or very short line without the vocabulary of reporting.
    win_talk = min(win, 3) / 3.0 if win and (casual or few) and not news else 0.0
    chat_money = 1.0 if _CHAT_MONEY_RE.search(folded_lower) and not news else 0.0
    last_char = stripped[-1:] if stripped else ""
    ends_symbol = 1.0 if last_char and unicodedata.category(last_char) == "So" else 0.0
    short_offtopic = 1.0 if few and similarity == 0.0 and (position >= 0.8 or is_last) else 0.0
    return [
        brand,
        1.0 if _SPACED_RE.search(folded_lower) else 0.0,
        1.0 if disguised else 0.0,
        min(disguised / n * 4, 1.0),
        min(symbols / n * 10, 1.0),
        min(gambling, 5) / 5.0,
        min(len(_PROMO_RE.findall(folded_lower)), 5) / 5.0,
        min(len(_NEWS_RE.findall(folded_lower)), 5) / 5.0,
        math.log1p(len(raw)) / 6.0,
        1.0 if len(toks) <= 4 else 0.0,
        1.0 if stripped and stripped[-1] in _TERMINAL else 0.0,
        1.0 if stripped[:1].isupper() else 0.0,
        1.0 if any(ch in _QUOTES for ch in raw) else 0.0,
        topic,
        similarity,
        position,
        1.0 if is_last else 0.0,
        (1.0 if gambling else 0.0) * offtopic,
        brand * offtopic,
        (1.0 if gambling else 0.0) * (1.0 - similarity),
        1.0 if styled_word(raw) else 0.0,
        win_talk,
        chat_money,
        ends_symbol,
        short_offtopic,
        1.0 if ctx.neighbour_flagged(line) else 0.0,
        0.0 if raw.isascii() else min(sum(1 for ch in raw if ch in _PROMO_EMOJI), 2) / 2.0,
        1.0 if _caps_brand(raw, ctx) else 0.0,
        1.0 if win and _FIRST_PERSON_RE.search(folded_lower) and not news else 0.0,
        1.0 if _VENUE_RE.search(folded_lower) else 0.0,
        1.0 if last_char in _PROMO_EMOJI else 0.0,
        1.0 if len(toks) <= 12 and similarity == 0.0 and not _looks_like_heading(raw) else 0.0,
    ]


def _caps_brand(raw: str, ctx: ArticleContext) -> bool:
    """A long shouted name ("DIORGAMING") in a line that is not itself a capitalised heading,
    used by no other line of the article (news acronyms are short; datelines recur)."""
    if raw.upper() == raw or _ENUMERATED.match(raw):
        return False
    return any(ctx.vocab.get(word.lower(), 0) < 2 for word in _LONG_CAPS_RE.findall(fold(raw)))


def ngrams(folded_lower: str) -> list[str]:
    """Character 3–5-grams of the padded line plus word unigrams: the sparse part of the model."""
    text = f" {folded_lower} "
    grams = [text[i : i + k] for k in (3, 4, 5) for i in range(len(text) - k + 1)]
    grams.extend("w:" + w for w in words(folded_lower))
    return grams
