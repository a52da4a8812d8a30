"""Cleaning benchmark: warta against the tools a user would otherwise pick, on the same dev set.

    python benchmarks/bench_clean.py --devset /tmp/clean-dev \
        [--datatrove-python /tmp/benchvenv/bin/python]

The dev set comes from benchmarks/build_clean_devset.py. datatrove (with spaCy, which its word
tokenizers need) may live in another virtual environment: its filters then run in a subprocess
of that interpreter, timed inside it. One table: spam recall (all planted spam, then without the
ordinary comments the dev-set audit lists), content loss, boilerplate recall, hard-negative loss,
documents fully correct, docs/s. --warta-only skips the other tools while iterating.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.clean.stage import CleanOptions, clean_steps
from warta.document import Document
from warta.pipeline import Pipeline

Kept = list[str]  # per raw line, the part a tool kept ("" when it removed the line)

_DATATROVE_RUNNER = r"""
import json, sys, time
from datatrove.data import Document as D
from datatrove.pipeline.filters import (C4QualityFilter, FineWebQualityFilter,
    GopherQualityFilter, GopherRepetitionFilter)
from datatrove.pipeline.filters.c4_filters import CITATION_REGEX
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
lang = "id"
def c4():
    return C4QualityFilter(language=lang)
def doc_filters():
    return [GopherRepetitionFilter(language=lang), GopherQualityFilter(language=lang),
            FineWebQualityFilter(language=lang)]
def run(filters, keep_lines):
    out = []
    for d in docs:
        doc = D(text=d["raw"], id=d["id"])
        ok = True
        for f in filters:
            r = f.filter(doc)
            if r is not True and (r is False or not r[0]):
                ok = False
                break
        if not ok:
            out.append([""] * len(d["raw"].split("\n")))
            continue
        kept = set(doc.text.split("\n"))
        lines = d["raw"].split("\n")
        out.append([l if (not keep_lines or CITATION_REGEX.sub("", l.strip()) in kept) else ""
                    for l in lines])
    return out
result = {}
for name, make, lines in (("datatrove C4 line filter", lambda: [c4()], True),
                          ("datatrove Gopher+FineWeb (doc)", doc_filters, False),
                          ("datatrove chain C4+Gopher+FineWeb",
                           lambda: [c4()] + doc_filters(), True)):
    filters = make()
    run(filters, lines)  # warm-up (tokenizer loading)
    t = time.perf_counter()
    kept = run(filters, lines)
    result[name] = {"kept": kept, "seconds": time.perf_counter() - t}
json.dump(result, sys.stdout)
"""

_KEYWORDS = re.compile(
    r"slot|gacor|judi|togel|maxwin|sbobet|rtp|jackpot|depo|\bwd\b|casino|kasino|bet\b|88"
    r"|baca juga|advertisement|scroll to continue|simak video|tonton juga|copyright|©|foto:"
    r"|editor:|pewarta:|bagikan|whatsapp channel|google news|newsletter",
    re.IGNORECASE,
)


def warta_tool(docs: list[dict[str, Any]], *, spam_model: str | None = None) -> list[Kept]:
    """warta's cleaning stage (with the spam model at `spam_model`; None: the shipped one)."""
    documents = [Document(id=d["id"], raw=d["raw"]) for d in docs]
    options = CleanOptions(language=False, spam_model=spam_model)
    list(Pipeline(clean_steps(options)).run(documents))
    out = []
    for doc in documents:
        kept = list(doc.lines)
        by_line: dict[int, list[tuple[int, int]]] = {}
        for span in doc.removed:
            by_line.setdefault(span.line, []).append((span.start, span.end))
        for line, cuts in by_line.items():
            chars = list(kept[line])
            for start, end in cuts:
                chars[start:end] = [""] * (end - start)
            kept[line] = "".join(chars)
        if not doc.kept:
            kept = [""] * len(kept)
        out.append(kept)
    return out


def keyword_tool(docs: list[dict[str, Any]]) -> list[Kept]:
    return [["" if _KEYWORDS.search(line) else line for line in d["raw"].split("\n")] for d in docs]


def _html(raw: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in raw.split("\n") if line.strip())
    return f"<html><head><title>x</title></head><body><article>{body}</article></body></html>"


def justext_tool(docs: list[dict[str, Any]]) -> list[Kept]:
    import justext

    stoplist = justext.get_stoplist("Indonesian")
    out = []
    for d in docs:
        lines = d["raw"].split("\n")
        paragraphs = justext.justext(_html(d["raw"]).encode("utf-8"), stoplist)
        good = {" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate}
        out.append([line if " ".join(line.split()) in good else "" for line in lines])
    return out


def trafilatura_tool(docs: list[dict[str, Any]]) -> list[Kept]:
    import trafilatura

    out = []
    for d in docs:
        text = trafilatura.extract(_html(d["raw"])) or ""
        kept = {" ".join(line.split()) for line in text.split("\n")}
        out.append(
            [line if " ".join(line.split()) in kept else "" for line in d["raw"].split("\n")]
        )
    return out


def evaluate(docs: list[dict[str, Any]], kept: list[Kept]) -> dict[str, float]:
    audited = audited_hit = 0
    spam = spam_hit = content = lost = bp = bp_hit = hard = hard_lost = correct = 0
    for d, k in zip(docs, kept, strict=True):
        lines = d["raw"].split("\n")
        excluded = set(d.get("audit_excluded", ()))
        ok = True
        for i, label in enumerate(d["labels"]):
            line, kept_part = lines[i], " ".join(k[i].split())
            if str(i) in d["inline"]:
                start = d["inline"][str(i)][0]
                real = " ".join(line[:start].split())
                hit = len(kept_part) <= len(real) + 2
                loss = not kept_part.startswith(real)
                spam, spam_hit = spam + 1, spam_hit + hit
                if i not in excluded:
                    audited, audited_hit = audited + 1, audited_hit + hit
                content, lost = content + 1, lost + loss
                hard, hard_lost = (
                    hard + d["hard_negative"],
                    hard_lost + (loss and d["hard_negative"]),
                )
                ok = ok and hit and not loss
            elif label == "spam":
                hit = len(kept_part) <= 0.1 * len(line.strip())
                spam, spam_hit, ok = spam + 1, spam_hit + hit, ok and hit
                if i not in excluded:
                    audited, audited_hit = audited + 1, audited_hit + hit
            elif label == "boilerplate":
                hit = len(kept_part) <= 0.1 * len(line.strip())
                bp, bp_hit, ok = bp + 1, bp_hit + hit, ok and hit
            elif label == "content":
                loss = kept_part != " ".join(line.split())
                content, lost, ok = content + 1, lost + loss, ok and not loss
                hard, hard_lost = (
                    hard + d["hard_negative"],
                    hard_lost + (loss and d["hard_negative"]),
                )
        correct += ok
    return {
        "spam recall": spam_hit / max(spam, 1),
        "spam rec. audited": audited_hit / max(audited, 1),
        "content loss": lost / max(content, 1),
        "boilerplate recall": bp_hit / max(bp, 1),
        "hard-neg loss": hard_lost / max(hard, 1),
        "docs correct": correct / max(len(docs), 1),
    }


def _timed(
    tool: Callable[[list[dict[str, Any]]], list[Kept]], docs: list[dict[str, Any]]
) -> tuple[list[Kept], float]:
    started = time.perf_counter()
    kept = tool(docs)
    return kept, time.perf_counter() - started


def _run_datatrove(
    python: str,
    path: Path,
    docs: list[dict[str, Any]],
    rows: list[tuple[str, dict[str, float], float]],
) -> None:
    """datatrove's filters, run by the interpreter of the environment that has datatrove."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(_DATATROVE_RUNNER)
    proc = subprocess.run(
        [python, handle.name, str(path)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print(f"datatrove failed: {proc.stderr[-2000:]}", file=sys.stderr)
        return
    for name, result in json.loads(proc.stdout).items():
        rows.append((name, evaluate(docs, result["kept"]), len(docs) / result["seconds"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", required=True)
    parser.add_argument("--datatrove-python", default=sys.executable)
    parser.add_argument(
        "--warta-only", action="store_true", help="skip the other tools (while iterating)"
    )
    args = parser.parse_args()
    path = Path(args.devset) / "docs.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows: list[tuple[str, dict[str, float], float]] = []
    warta_tool(docs[:20])  # warm-up: model loading is not per-document work
    tools: list[tuple[str, Callable[[list[dict[str, Any]]], list[Kept]]]] = [
        ("warta", warta_tool),
        ("keyword list", keyword_tool),
        ("justext (Indonesian stoplist)", justext_tool),
        ("trafilatura (HTML rendering)", trafilatura_tool),
    ]
    for name, tool in tools[:1] if args.warta_only else tools:
        kept, seconds = _timed(tool, docs)
        rows.append((name, evaluate(docs, kept), len(docs) / seconds))
    if not args.warta_only:
        _run_datatrove(args.datatrove_python, path, docs, rows)
    metrics = list(rows[0][1])
    excluded = sum(len(d.get("audit_excluded", ())) for d in docs)
    print(f"dev set: {path} ({len(docs)} docs; the audit leaves out {excluded} spam units)")
    header = f"{'tool':36}" + "".join(f"{m:>19}" for m in metrics) + f"{'docs/s':>10}"
    print(header)
    for name, scores, speed in rows:
        cells = "".join(f"{scores[m]:>19.4f}" for m in metrics)
        print(f"{name:36}{cells}{speed:>10.1f}")
    chain = [speed for name, _, speed in rows if name.startswith("datatrove chain")]
    if chain:
        print(f"warta speed / datatrove chain: {rows[0][2] / chain[0]:.2f}x")


if __name__ == "__main__":
    main()
