"""Salient-term vectors for story clustering: TF-IDF over content words and entities."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from warta.dedup.normalize import normalize

# Function words and news furniture that say nothing about which event an article reports.
STOPWORDS = frozenset(
    [
        "ada",
        "adalah",
        "agar",
        "akan",
        "akhirnya",
        "aku",
        "amat",
        "anda",
        "antara",
        "apa",
        "apabila",
        "apakah",
        "atas",
        "atau",
        "bagaimana",
        "bagi",
        "bahkan",
        "bahwa",
        "baik",
        "banyak",
        "baru",
        "beberapa",
        "begitu",
        "belum",
        "berada",
        "berbagai",
        "bersama",
        "besar",
        "bisa",
        "boleh",
        "bukan",
        "dalam",
        "dan",
        "dapat",
        "dari",
        "daripada",
        "demikian",
        "dengan",
        "di",
        "dia",
        "harus",
        "hal",
        "hanya",
        "hari",
        "hingga",
        "ia",
        "ialah",
        "ini",
        "itu",
        "jadi",
        "jika",
        "juga",
        "jumlah",
        "kami",
        "kamu",
        "karena",
        "kata",
        "katanya",
        "ke",
        "kecil",
        "kedua",
        "kembali",
        "kemudian",
        "kepada",
        "ketika",
        "kini",
        "kita",
        "lagi",
        "lain",
        "lalu",
        "lebih",
        "maka",
        "mana",
        "masih",
        "mau",
        "melalui",
        "memang",
        "memiliki",
        "menjadi",
        "menurut",
        "mereka",
        "merupakan",
        "meski",
        "milik",
        "mulai",
        "namun",
        "oleh",
        "pada",
        "para",
        "pernah",
        "pertama",
        "pula",
        "punya",
        "saat",
        "saja",
        "salah",
        "sama",
        "sampai",
        "sangat",
        "satu",
        "saya",
        "sebagai",
        "sebelum",
        "sebuah",
        "secara",
        "sedang",
        "sehingga",
        "sejak",
        "sekitar",
        "selain",
        "selama",
        "seluruh",
        "semua",
        "sendiri",
        "seorang",
        "seperti",
        "serta",
        "setelah",
        "sudah",
        "tahun",
        "tak",
        "tanpa",
        "tapi",
        "telah",
        "tentang",
        "terhadap",
        "termasuk",
        "tersebut",
        "tetapi",
        "tidak",
        "tiga",
        "ujar",
        "untuk",
        "usai",
        "waktu",
        "yaitu",
        "yakni",
        "yang",
        "baca",
        "juga",
        "com",
        "kompas",
        "detik",
        "tribun",
    ]
)


def content_terms(text: str, *, min_length: int = 3) -> Counter[str]:
    """Counts of the words that can name an event (no stopwords, no bare numbers)."""
    return Counter(
        word
        for word in normalize(text).split()
        if len(word) >= min_length and word not in STOPWORDS and not word.isdigit()
    )


def entity_terms(entities: Iterable[dict[str, Any]]) -> Counter[str]:
    """Entity keys ("e:" + canonical name) from `doc.annotations["entities"]`."""
    counts: Counter[str] = Counter()
    for entity in entities:
        name = str(entity.get("canonical") or entity.get("text") or "").strip()
        if name:
            counts["e:" + " ".join(normalize(name).split())] += 1
    return counts


def tfidf(
    counts: Counter[str],
    *,
    df: dict[str, int],
    total: int,
    entity_weight: float,
    max_terms: int,
) -> dict[str, float]:
    """Sublinear TF × smoothed IDF, the top `max_terms` kept, L2-normalised."""
    weights: dict[str, float] = {}
    for term, count in counts.items():
        idf = math.log((1 + total) / (1 + df.get(term, 0))) + 1.0
        weight = (1.0 + math.log(count)) * idf
        if term.startswith("e:"):
            weight *= entity_weight
        weights[term] = weight
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:max_terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {term: w / norm for term, w in top}


def cosine(left: dict[str, float], right: dict[str, float]) -> float:
    if len(left) > len(right):
        left, right = right, left
    return sum(w * right.get(term, 0.0) for term, w in left.items())


def label_of(centroid: dict[str, float], *, size: int) -> str:
    """Top terms of a centroid, entities first, as a readable label."""
    ranked = sorted(centroid.items(), key=lambda item: (-item[1], item[0]))
    entities = [term[2:] for term, _ in ranked if term.startswith("e:")]
    words = [term for term, _ in ranked if not term.startswith("e:")]
    chosen: list[str] = []
    for term in [*entities[:2], *words]:
        # a word of a name the story's entities hold stands for that name ("abdul" → "Abdul
        # Azis"), not as a lower-case fragment of it
        term = next((e for e in entities if term in e.lower().split()), term)
        if all(term not in other and other not in term for other in chosen):
            chosen.append(term)
        if len(chosen) >= size:
            break
    return ", ".join(chosen)
