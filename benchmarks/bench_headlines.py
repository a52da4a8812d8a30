"""Entities in headlines: how the tagger and rules read a title-case (or capitals) headline.

    python benchmarks/bench_headlines.py ../shared/data/summarization/indosum.jsonl \
        [--limit 400] [--capitals]

IndoSum articles carry no headline, but their URLs end in one ("…/pemprov-DKI-bedah-rumah-
jelang-pilkada-dananya-dari-mana"). Each slug, title-cased word by word (or in capitals with
`--capitals`), is put on the article's first line, and the whole article goes through
`find_entities`. With no gold for these headlines, two counts stand in:

- unsupported: headline mentions whose words are not all words of a name the body tags
  (a verb glued to a name, "Crystal Palace Pecat", counts; "Iran" the body also names does
  not);
- missed: names of the body (over three characters) written in the headline that no
  headline mention covers.

Lower is better for both. A slug loses the case of acronyms ("Kpk"), so neither count
reaches zero.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.indosum import load_indosum  # noqa: E402
from warta.extract.entities import find_entities  # noqa: E402
from warta.extract.ner.tagger import load_tagger  # noqa: E402


def headline_from_url(url: str) -> str | None:
    """The headline a news URL ends in, title-cased; None when it holds under four words."""
    slug = url.rstrip("/").split("/")[-1].split("?")[0]
    slug = re.sub(r"\.html?$", "", slug)
    slug = re.sub(r"^[\d-]+", "", slug)
    words = [w for w in slug.split("-") if w and not w.isdigit()]
    if len(words) < 4:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("indosum", type=Path)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--capitals", action="store_true", help="headlines in capitals")
    args = parser.parse_args()
    tagger = load_tagger()
    articles = supported = unsupported = hit = missed = 0
    for article in load_indosum(args.indosum, limit=args.limit):
        head = headline_from_url(article.url or "")
        if head is None:
            continue
        if args.capitals:
            head = head.upper()
        articles += 1
        text = f"{head}\n\n{article.text}"
        found = find_entities(text, tagger=tagger)
        end = len(head)
        body = {str(m["text"]).lower() for m in found if m["start"] > end}
        body |= {str(m["canonical"]).lower() for m in found if m["start"] > end}
        body_words = {w for name in body for w in name.split()}
        in_head = [m for m in found if m["start"] < end]
        for mention in in_head:
            name = str(mention["text"]).lower()
            if name in body or all(w in body_words for w in name.split()):
                supported += 1
            else:
                unsupported += 1
        lowered = head.lower()
        for name in {str(m["text"]) for m in found if m["start"] > end and len(m["text"]) > 3}:
            if re.search(r"\b" + re.escape(name.lower()) + r"\b", lowered):
                if any(name.lower() in str(m["text"]).lower() for m in in_head):
                    hit += 1
                else:
                    missed += 1
    style = "capitals" if args.capitals else "title case"
    print(f"{articles} IndoSum articles with a URL headline ({style})")
    print(f"headline mentions: {supported} supported by the body, {unsupported} unsupported")
    print(f"body names written in the headline: {hit} found there, {missed} missed")


if __name__ == "__main__":
    main()
