"""Build the seeded cleaning dev set: real spam and boilerplate planted into IndoSum articles.

    python benchmarks/build_clean_devset.py --indosum ../shared/data/summarization/indosum.jsonl \
        --spam ../shared/data/spam/judol-comments-dataset.csv --out /tmp/clean-dev --seed 13

Articles and comment video groups are split by a stable hash: group 0 is the dev set, groups 1–4
are for training (scripts/train_spam.py imports the helpers here), so the two never share an
article or a video. Output: DIR/docs.jsonl, one document per line with per-line gold labels
("content", "spam", "boilerplate", "neutral"), inline spam spans, and "audit_excluded": planted
spam lines that the audit rule below finds to be ordinary comments (label noise).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from indosum import Article, load_indosum

DEV_GROUP = 0

# Audit of the planted spam (label noise): some comments labelled 1 in the judol dataset are
# ordinary remarks ("Ciri khas orang banjar ebel makan pasti pakai kecap"). A planted comment with
# no sign of gambling or promotion at all is listed in "audit_excluded" and left out of the
# *audited* spam recall only (the plain figure counts every planted line). The rule is written
# here, independently of warta's classifier, and is deliberately conservative: any one of these
# signs keeps the comment in the evaluation.
_AUDIT_WORDS = re.compile(
    r"\b(?:judi\w*|judol|slot\w*|gac+h?o+r+\w*|maxwin|max ?win|makswin|togel|toto\w*|sbobet\w*"
    r"|casino|kasino|poker|rtp|scatter|jackpot|jp|jepe|wd|wede\w*|withdraw\w*|depo\w*|dp|bet\w*"
    r"|taruhan|bandar|link|daftar|situs|login|bonus|cuan\w*|hoki|mujur|kemujuran|untung\w*"
    r"|beruntung|\w*menang\w*|hadiah|rezeki\w*|rejeki\w*|saldo|modal|petir|kakek|zeus|olympus"
    r"|mahjong|mayong\w*|pragmatic|spin|admin|pola|jaminan|profit|provit|cair\w*|caer+"
    r"|main di|main\w* (?:di|ke)|gabung|join|jitu|rungkad|receh)\b",
    re.I,
)
_AUDIT_MONEY = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:jt|juta|rb|ribu|k)\b", re.I)
# A brand-like token: letters and digits glued ("SGI88", "ambil4d"); a shouted word of 5+
# capitals ("DIORGAMING").
_AUDIT_BRAND = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w{4,}\b")
_AUDIT_CAPS = re.compile(r"\b[A-Z]{5,}\b")
_AUDIT_ICONS = frozenset("💸🤑💰💵💲🎰🎲🃏♠♣♥♦🍀💎👇👉🔗")


def audit_is_ordinary(comment: str) -> bool:
    """True when a planted comment shows no sign of gambling or promotion at all (see above)."""
    for ch in comment:
        code = ord(ch)
        category = unicodedata.category(ch)
        if category in ("Mn", "Me") and ch not in "\ufe0e\ufe0f\u200d":
            return False  # combining underlines, strokes, keycaps: decorated letters
        if code > 0x24F and category[0] in "LN":
            return False  # styled or foreign-script look-alike letters and digits
        if 0x2460 <= code <= 0x24FF or 0x1F100 <= code <= 0x1F1FF:
            return False  # enclosed letters (Ⓢ, 🅿)
    plain = unicodedata.normalize("NFKC", comment)
    if _AUDIT_WORDS.search(plain) or _AUDIT_MONEY.search(plain):
        return False
    if _AUDIT_CAPS.search(plain) or _AUDIT_BRAND.search(plain):
        return False
    # Letters held apart ("A L E X I S 1 7", "【H】【o】【k】", "AER O 8 8"): a brand in hiding.
    singles = 0
    for token in re.split(r"[^0-9A-Za-z]+", plain):
        singles = singles + 1 if len(token) == 1 else 0
        if singles >= 3:
            return False
    return not any(ch in _AUDIT_ICONS for ch in comment)


GAMBLING_TOPIC = re.compile(r"\b(judi|togel|kasino|taruhan|bandar judi|judol)\b", re.I)
# Furniture already present in IndoSum: labelled boilerplate in gold (checked by eye on the data).
_INDOSUM_FURNITURE = re.compile(
    r"^\s*[\[(]?\s*(baca( juga)?\s*[:\-_]|baca_juga\s*$|baca juga\s*$|simak juga\b|lihat juga\s*:"
    r"|tonton juga\b)"
    r"|^\s*(editor|penulis|pewarta|reporter|penyunting)\s*:\s*\S.{0,60}$"
    # editor codes closing an article: "(ard)", "(res/res)", "(Uu. H - RF/I015)"
    r"|^\s*[\[(][a-z0-9.\- ]{2,14}(\s*/\s*[a-z0-9.\- ]{2,14})*[\])]\s*$"
    r"|^\s*disclosure\s*:"
    # a publisher's blurb closing its articles ("DailySocial.id adalah portal berita …")
    r"|^\s*\S+\.(id|com|co\.id|net)\s+adalah\s+(portal|situs|media)\b",
    re.I,
)
# A short "Sumber: X" line names where a story came from: furniture at the end of an
# article, possibly a caption elsewhere. Neither content nor boilerplate in gold.
_SOURCE_NOTE = re.compile(r"^\s*sumber\s*:\s*\S.{0,60}$", re.I)
# A lone "Baca juga" header introduces related headlines on the following lines.
_RELATED_HEADER = re.compile(r"^\s*[\[(]?\s*baca juga\s*:?\s*[\])]?\s*$", re.I)


def group_of(key: str) -> int:
    """Stable 5-way split key (crc32, not Python's salted hash)."""
    return zlib.crc32(key.encode("utf-8")) % 5


def spam_comments(path: str | Path, *, dev: bool, label: str = "1") -> list[str]:
    """Comments of one label from video groups of the dev (or training) split."""
    out: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["label"] != label or (group_of(row["id"]) == DEV_GROUP) != dev:
                continue
            text = " ".join(row["comment"].split())
            if text:
                out.append(text)
    return sorted(set(out))


def comments_by_group(path: str | Path, *, label: str = "1") -> dict[int, list[str]]:
    """Comments of one label, by the group of their video (leave-one-group-out folds)."""
    out: dict[int, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row["comment"].split())
            if row["label"] == label and text:
                out.setdefault(group_of(row["id"]), set()).add(text)
    return {group: sorted(texts) for group, texts in sorted(out.items())}


_BRAND = re.compile(r"\b[A-Za-z]{3,}\d{2,3}\b")


def footer_spam(rng: random.Random, comments: list[str]) -> str:
    """Short SEO footers and bylines ("By gacor88", "sbobet mobile") using brands of the split."""
    brands = [m.group(0) for c in comments[:3000] for m in _BRAND.finditer(c)] or ["gacor88"]
    brand = rng.choice(brands)
    templates = [
        "By {b}",
        "by {b}",
        "{b}",
        "Sponsored by {b}",
        "slot gacor {b}",
        "link alternatif {b}",
        "daftar {b} sekarang",
        "sbobet mobile",
        "situs slot gacor hari ini",
        "rtp live {b}",
        "judi bola online terpercaya",
        "bandar togel {b}",
        "slot88 maxwin",
        "login {b} terbaru",
        "depo 10rb wd lancar di {b}",
    ]
    return rng.choice(templates).format(b=brand)


PLANTED_BOILERPLATE = (
    "Baca juga: {t}",
    "BACA JUGA: {t}",
    "[Baca juga: {t}]",
    "Lihat juga: {t}",
    "SCROLL TO CONTINUE WITH CONTENT",
    "ADVERTISEMENT",
    "Advertisement",
    "Simak video pilihan berikut ini:",
    "Tonton juga video: {t}",
    "Saksikan video selengkapnya di bawah ini.",
    "Bagikan artikel ini:",
    "Share this article",
    "Ikuti kami di Google News untuk berita terkini.",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. "
    "Mari bergabung di Kompas.com WhatsApp Channel.",
    "Copyright © 2024 PT Media Nusantara. All rights reserved.",
    "© 2023 Tempo Media Group",
    "Foto: Antara/Muhammad Iqbal",
    "(Foto: Dok. Humas Polda Metro Jaya)",
    "Editor: Rina Marlina",
    "Pewarta: Dewi Lestari",
    "Penulis: Agus Santoso | Editor: Yudi Prasetyo",
    "Halaman selanjutnya",
    "Daftar newsletter kami untuk mendapatkan berita terbaru di email Anda.",
    "Klik di sini untuk berlangganan.",
    "Artikel ini telah tayang di Tribunnews.com dengan judul {t}",
    "Download aplikasi berita kami di Google Play.",
)


@dataclass
class GoldDoc:
    id: str
    lines: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    inline: dict[int, list[int]] = field(default_factory=dict)
    hard_negative: bool = False
    audit_excluded: list[int] = field(default_factory=list)

    def add(self, line: str, label: str) -> None:
        self.lines.append(line)
        self.labels.append(label)
        self.lines.append("")
        self.labels.append("neutral")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "raw": "\n".join(self.lines),
            "labels": self.labels,
            "inline": {str(k): v for k, v in self.inline.items()},
            "hard_negative": self.hard_negative,
            "audit_excluded": self.audit_excluded,
        }


def label_of(line: str) -> str:
    if not re.search(r"\w", line):
        return "neutral"
    if _SOURCE_NOTE.search(line):
        return "neutral"
    return "boilerplate" if _INDOSUM_FURNITURE.search(line) else "content"


def label_lines(lines: list[str]) -> list[str]:
    """Gold labels of an article's own lines, headlines under a lone "Baca juga" included."""
    labels = [label_of(line) for line in lines]
    under_header = False
    for index, line in enumerate(lines):
        if _RELATED_HEADER.search(line):
            labels[index] = "boilerplate"
            under_header = True
            continue
        headline = len(line.split()) <= 15 and not line.rstrip().endswith((".", "!", "?", '"'))
        if under_header and headline:
            labels[index] = "boilerplate"
        else:
            under_header = False
    return labels


def plant(
    article_id: str,
    paragraphs: list[str],
    rng: random.Random,
    spam: list[str],
    *,
    hard_negative: bool,
    with_spam: bool = True,
) -> GoldDoc:
    """One document: real lines, then spam (after, between, appended) and boilerplate planted."""
    lines = [piece.strip() for p in paragraphs for piece in p.split("\n") if piece.strip()]
    labels = label_lines(lines)
    inline: dict[int, list[int]] = {}
    events: list[tuple[int, str, str]] = []  # (insert before index, line, label)
    if with_spam and spam:
        if rng.random() < 0.6:
            for _ in range(rng.randint(1, 3)):
                events.append((len(lines), rng.choice(spam), "spam"))
        if rng.random() < 0.4:
            events.append((rng.randint(1, len(lines)), rng.choice(spam), "spam"))
        if rng.random() < 0.3:
            events.append((len(lines), footer_spam(rng, spam), "spam"))
        if rng.random() < 0.35:
            targets = [
                i
                for i, (s, lab) in enumerate(zip(lines, labels, strict=True))
                if lab == "content" and re.search(r"[.!?\"”]$", s) and len(s.split()) >= 8
            ]
            if targets:
                i = rng.choice(targets)
                start = len(lines[i]) + 1
                lines[i] = f"{lines[i]} {rng.choice(spam)}"
                inline[i] = [start, len(lines[i])]
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            title = rng.choice(lines)[:70].rstrip(" ,.")
            text = rng.choice(PLANTED_BOILERPLATE).format(t=title)
            events.append((rng.randint(1, len(lines)), text, "boilerplate"))
    doc = GoldDoc(id=article_id, hard_negative=hard_negative)
    by_index: dict[int, list[tuple[str, str]]] = {}
    for index, text, label in events:
        by_index.setdefault(index, []).append((text, label))
    for i in range(len(lines) + 1):
        for text, label in by_index.get(i, []):
            if label == "spam" and audit_is_ordinary(text):
                doc.audit_excluded.append(len(doc.lines))
            doc.add(text, label)
        if i < len(lines):
            if i in inline:
                doc.inline[len(doc.lines)] = inline[i]
                if audit_is_ordinary(lines[i][inline[i][0] :]):
                    doc.audit_excluded.append(len(doc.lines))
            doc.add(lines[i], labels[i])
    return doc


def articles(path: str | Path, *, dev: bool) -> Iterator[Article]:
    for article in load_indosum(path):
        if (group_of(article.id) == DEV_GROUP) == dev and article.paragraphs:
            yield article


# Clean gambling news written for the dev set (hard negatives): reporting, not promotion.
HANDWRITTEN_HARD_NEGATIVES: tuple[tuple[str, ...], ...] = (
    (
        "Polres Bekasi Bongkar Jaringan Judi Online, 12 Orang Ditangkap",
        "Kepolisian Resor Bekasi membongkar jaringan judi online yang mengelola sedikitnya "
        "lima situs slot dan menangkap 12 orang tersangka, Selasa (14/5).",
        "Kapolres Bekasi mengatakan para tersangka berperan sebagai admin, operator "
        "deposit, dan penyedia rekening penampung dana taruhan.",
        '"Omzet situs-situs itu mencapai Rp 3 miliar per bulan," ujar Kapolres.',
        "Polisi menyita 20 unit komputer, 45 telepon genggam, dan puluhan buku tabungan.",
        "Para tersangka dijerat Pasal 303 KUHP tentang perjudian dan UU ITE dengan ancaman "
        "pidana penjara hingga 10 tahun.",
    ),
    (
        "PPATK Bekukan 5.000 Rekening Terkait Judol",
        "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) membekukan lebih dari 5.000 "
        "rekening yang diduga menampung dana judi online sepanjang tahun ini.",
        "Kepala PPATK menyebut perputaran dana judol di Indonesia mencapai ratusan triliun "
        "rupiah dan sebagian besar mengalir ke luar negeri.",
        "Menurut dia, pelaku kerap memakai rekening milik orang lain yang dibeli murah dari "
        "warga di daerah.",
        "PPATK juga meminta bank memperketat pengawasan transaksi deposit bernilai kecil "
        "yang berulang dalam waktu singkat.",
    ),
    (
        "Menteri Minta Platform Digital Hapus Iklan Situs Judi",
        "Menteri Komunikasi dan Digital meminta platform media sosial menghapus iklan dan "
        "komentar yang mempromosikan situs judi dalam waktu 1x24 jam.",
        "Ia menyebut pihaknya telah memutus akses lebih dari dua juta konten judi online "
        "sejak awal tahun, termasuk situs yang memakai nama seperti slot88 dan gacor77.",
        '"Kami tidak akan berhenti. Setiap hari ada situs baru dengan link alternatif," kata '
        "Menteri di Jakarta, Rabu.",
        "Kementerian juga bekerja sama dengan operator seluler untuk memblokir nomor yang "
        "dipakai menyebarkan pesan promosi deposit pulsa.",
    ),
    (
        "Parkir Liar di Pasar Induk Ditertibkan",
        "Dinas Perhubungan menambah 150 slot parkir resmi di sekitar Pasar Induk untuk "
        "mengurangi parkir liar di bahu jalan.",
        "Setiap slot parkir dilengkapi nomor dan sensor sehingga pengendara bisa melihat "
        "ketersediaan tempat melalui aplikasi.",
        "Rapat koordinasi berikutnya dijadwalkan pada slot waktu pukul 10.00 WIB di balai kota.",
        "Kepala dinas berharap penataan ini memangkas waktu tempuh angkutan barang.",
    ),
    (
        "Ibu Rumah Tangga Terjerat Utang Akibat Judi Slot",
        "Seorang ibu rumah tangga di Sleman melapor ke polisi setelah kehilangan tabungan "
        "Rp 80 juta akibat kecanduan judi slot.",
        "Ia mengaku awalnya tergiur janji maxwin dan bonus deposit yang ditawarkan lewat "
        "pesan singkat.",
        "Psikolog klinis mengatakan kecanduan judi online memiliki pola yang mirip dengan "
        "kecanduan zat adiktif.",
        "Pemerintah daerah membuka layanan konseling gratis bagi warga yang ingin berhenti "
        "berjudi.",
    ),
    (
        "Operator Seluler Uji Fitur RTP untuk Pelanggan",
        "Operator seluler menguji fitur RTP (real-time pricing) yang menyesuaikan tarif data "
        "dengan kepadatan jaringan.",
        "Menurut perusahaan, fitur tersebut akan tersedia di 20 kota pada kuartal ketiga.",
        "Pengamat telekomunikasi menilai skema harga dinamis perlu diawasi regulator agar "
        "tidak merugikan konsumen.",
    ),
)


def build(indosum: str, spam_path: str, out: str, *, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    spam = spam_comments(spam_path, dev=True)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"docs": 0, "hard_negative_docs": 0, "audit_excluded_spam_units": 0}
    with open(out_dir / "docs.jsonl", "w", encoding="utf-8") as handle:
        for article in articles(indosum, dev=True):
            hard = bool(GAMBLING_TOPIC.search(article.text))
            doc = plant(article.id, article.paragraphs, rng, spam, hard_negative=hard)
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            counts["docs"] += 1
            counts["hard_negative_docs"] += hard
            counts["audit_excluded_spam_units"] += len(doc.audit_excluded)
        for n, paragraphs in enumerate(HANDWRITTEN_HARD_NEGATIVES):
            for variant in range(2):  # once clean, once with spam planted into it
                doc = plant(
                    f"hand-{n}-{variant}",
                    list(paragraphs),
                    rng,
                    spam,
                    hard_negative=True,
                    with_spam=variant == 1,
                )
                handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
                counts["docs"] += 1
                counts["hard_negative_docs"] += 1
                counts["audit_excluded_spam_units"] += len(doc.audit_excluded)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indosum", required=True)
    parser.add_argument("--spam", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    print(build(args.indosum, args.spam, args.out, seed=args.seed))


if __name__ == "__main__":
    main()
