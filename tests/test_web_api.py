"""The HTTP API over a real knowledge base file."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from warta import api
from warta.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "warta.db"
    api.run([str(samples_dir)], db=db)
    return TestClient(create_app(db))


def test_health_and_stats(client: TestClient) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    stats = client.get("/api/stats").json()
    assert stats["documents"]["kept"] > 0


def test_search_finds_sample_words_and_document_opens(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "polisi"}).json()
    assert hits, "a sample article mentions polisi"
    record = client.get(f"/api/documents/{hits[0]['id']}").json()
    assert record["id"] == hits[0]["id"]
    assert "raw" not in record


def test_search_with_fts_syntax_characters_does_not_fail(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": '"judi AND (online OR -slot'})
    assert response.status_code == 200


def test_unknown_document_is_404(client: TestClient) -> None:
    assert client.get("/api/documents/tidak-ada").status_code == 404


def test_documents_page(client: TestClient) -> None:
    page = client.get("/api/documents", params={"limit": 5}).json()
    assert 0 < len(page) <= 5
    assert {"id", "status"} <= set(page[0])


def test_analyze_removes_spam_from_posted_text(client: TestClient) -> None:
    text = (
        "Polisi Tangkap Pengedar Narkoba di Medan\n\n"
        "Kepolisian Daerah Sumatera Utara menangkap dua pengedar narkoba pada Senin malam.\n\n"
        "slot gacor maxwin hari ini daftar sekarang"
    )
    record = client.post("/api/analyze", json={"text": text, "steps": "clean"}).json()
    assert "gacor" not in record["text"]
    assert any(span["reason"].startswith("spam") for span in record["removed"])


def test_analyze_rejects_unknown_stage(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "teks", "steps": "tidak-ada"})
    assert response.status_code == 400


def test_ui_assets_are_served(client: TestClient) -> None:
    assert "warta" in client.get("/").text
    assert client.get("/app.js").headers["content-type"].startswith("text/javascript")


def test_entities_and_quotes_endpoints(client: TestClient) -> None:
    people = client.get("/api/entities", params={"type": "PER"}).json()
    assert people and all(item["type"] == "PER" for item in people)
    detail = client.get(f"/api/entities/{people[0]['name']}").json()
    assert detail["documents"]
    assert client.get("/api/entities/tidak-ada-sama-sekali").status_code == 404
    said = client.get("/api/quotes").json()
    assert said and all(q["text"] for q in said)
    speaker = next(q["speaker"] for q in said if q["speaker"])
    only = client.get("/api/quotes", params={"speaker": speaker}).json()
    assert only and all(q["speaker"] == speaker for q in only)


def test_groups_and_stories_endpoints(client: TestClient) -> None:
    groups = client.get("/api/groups").json()
    assert groups and all(g["duplicates"] for g in groups)
    stories = client.get("/api/stories", params={"min_size": 1}).json()
    assert stories and all(s["members"] for s in stories)


def test_missing_knowledge_base_is_503_with_the_path(tmp_path: Path) -> None:
    missing = TestClient(create_app(tmp_path / "tidak-ada.db"))
    response = missing.get("/api/search", params={"q": "banjir"})
    assert response.status_code == 503
    assert "tidak-ada.db" in response.json()["detail"]
