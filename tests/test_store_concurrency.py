"""WAL mode: readers keep working while another connection writes."""

from __future__ import annotations

import threading
from pathlib import Path

from store_records import generated_record

from warta.store import KnowledgeBase, StoreOptions


def test_reader_sees_whole_batches_while_writer_commits(tmp_path: Path) -> None:
    path = tmp_path / "kb.sqlite"
    KnowledgeBase.open(path).close()
    batch = 50
    total = 1000
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with KnowledgeBase.open(path, options=StoreOptions(batch_size=batch)) as writer:
                writer.add(generated_record(n, word="pilkada") for n in range(total))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    seen: list[int] = []
    with KnowledgeBase.open(path) as reader:
        thread = threading.Thread(target=write)
        thread.start()
        while thread.is_alive():
            seen.append(reader.counts()["total"])
            hits = reader.search("pilkada", limit=total)
            assert len(hits) % batch == 0  # never a half-written batch
        thread.join()
        final = reader.counts()["total"]
        final_hits = len(reader.search("pilkada", limit=total))
    assert not errors
    assert final == final_hits == total
    assert seen == sorted(seen)
    assert seen, "the reader never ran while the writer was busy"
    assert all(count % batch == 0 for count in seen)


def test_writer_commits_while_a_reader_is_mid_stream(tmp_path: Path) -> None:
    # Without WAL the writer's commit would wait on the reader's lock and time out.
    path = tmp_path / "kb.sqlite"
    quick = StoreOptions(busy_timeout_ms=100)
    with KnowledgeBase.open(path, options=quick) as writer, KnowledgeBase.open(path) as reader:
        writer.add(generated_record(n) for n in range(600))
        records = reader.iter_records()
        first = next(records)  # the reader's statement is still open: a read snapshot
        result = writer.add(generated_record(n) for n in range(600, 700))
        rest = [record["id"] for record in records]
        assert result.inserted == 100
        assert [first["id"], *rest] == [f"gen-{n:06d}" for n in range(600)]
        assert reader.counts()["total"] == 700
