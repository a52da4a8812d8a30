"""The web UI in real headless Chromium against a real server on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

from warta import api  # noqa: E402
from warta.web.app import create_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)"
    ),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Iterator[str]:
    db = tmp_path_factory.mktemp("ui") / "warta.db"
    api.run([str(samples_dir)], db=db)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        tab = browser.new_page()
        yield tab
        browser.close()


def test_search_then_open_a_document(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    page.fill("#search-input", "polisi")  # type: ignore[attr-defined]
    page.click("#search-form button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_selector("#search-results li a")  # type: ignore[attr-defined]
    page.click("#search-results li a")  # type: ignore[attr-defined]
    page.wait_for_selector("#document h2")  # type: ignore[attr-defined]
    assert page.inner_text("#document h2").strip()  # type: ignore[attr-defined]
    assert "Teks bersih" in page.inner_text("#document")  # type: ignore[attr-defined]


def test_analyze_tab_shows_removed_spam(page: object, base_url: str) -> None:
    page.goto(base_url + "/#analyze")  # type: ignore[attr-defined]
    page.fill(  # type: ignore[attr-defined]
        "#analyze-text",
        "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
        "Banjir merendam ratusan rumah warga di Bekasi, Jawa Barat, pada Selasa pagi.\n\n"
        "By gacor88",
    )
    page.click("#analyze-form button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_selector("#analyze-result h2")  # type: ignore[attr-defined]
    body = page.inner_text("#analyze-result .body")  # type: ignore[attr-defined]
    assert "Banjir merendam" in body
    assert "gacor88" not in body
    assert "gacor88" in page.inner_text("#analyze-result")  # type: ignore[attr-defined]


def test_stats_tab_lists_documents(page: object, base_url: str) -> None:
    page.goto(base_url + "/#stats")  # type: ignore[attr-defined]
    page.wait_for_selector("#stats table")  # type: ignore[attr-defined]
    assert "kept" in page.inner_text("#stats")  # type: ignore[attr-defined]


def test_quotes_tab_filters_by_speaker(page: object, base_url: str) -> None:
    page.goto(base_url + "/#quotes")  # type: ignore[attr-defined]
    page.wait_for_selector("#quote-list blockquote")  # type: ignore[attr-defined]
    everyone = page.locator("#quote-list blockquote").count()  # type: ignore[attr-defined]
    page.fill("#quote-speaker", "zzz-tidak-ada")  # type: ignore[attr-defined]
    page.click("#quote-form button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_selector("#quote-list p.muted")  # type: ignore[attr-defined]
    assert everyone > 0


def test_entities_tab_opens_an_entity(page: object, base_url: str) -> None:
    page.goto(base_url + "/#entities")  # type: ignore[attr-defined]
    page.wait_for_selector("#entity-table a[data-entity]")  # type: ignore[attr-defined]
    page.click("#entity-table a[data-entity]")  # type: ignore[attr-defined]
    page.wait_for_selector("#entity-detail h3")  # type: ignore[attr-defined]
    assert page.locator("#entity-detail li a").count() > 0  # type: ignore[attr-defined]


def test_stories_tab_lists_planted_copies(page: object, base_url: str) -> None:
    page.goto(base_url + "/#stories")  # type: ignore[attr-defined]
    page.wait_for_selector("#group-list .group")  # type: ignore[attr-defined]
    assert page.locator("#group-list .group").count() >= 2  # type: ignore[attr-defined]
    assert page.locator("#story-list .story").count() >= 1  # type: ignore[attr-defined]
