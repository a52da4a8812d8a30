"""The public surface is what `warta.__all__` lists, and all of it exists."""

from __future__ import annotations

import warta


def test_all_names_exist_and_are_sorted() -> None:
    for name in warta.__all__:
        assert hasattr(warta, name), name
    assert list(warta.__all__) == sorted(warta.__all__)


def test_public_members_are_listed() -> None:
    public = {
        name
        for name, value in vars(warta).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("warta")
    }
    assert public <= set(warta.__all__)
