"""Shared fixtures: paths to the samples and to ../shared (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed-article.txt"

needs_shared = pytest.mark.skipif(
    not SEED.exists(), reason="needs ../shared/examples/seed-article.txt (not in CI checkouts)"
)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seed_article() -> Path:
    if not SEED.exists():
        pytest.skip("needs ../shared/examples/seed-article.txt")
    return SEED
