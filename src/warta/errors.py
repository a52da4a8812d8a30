"""warta's error tree: library code raises these, the CLI and API edges translate them.

WartaError
├── InputError      a file or record cannot be read or decoded
├── ConfigError     an option, stage name or combination is not valid
├── ModelError      a shipped model file is missing or unreadable
├── StoreError      the SQLite knowledge base cannot be opened, read or written
└── DependencyError an optional extra (ray, web …) is not installed
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class of every error warta raises on purpose."""


class InputError(WartaError):
    """A file or record cannot be read; the message names the file and the record."""


class ConfigError(WartaError):
    """An option, stage name or combination of options is not valid."""


class ModelError(WartaError):
    """A shipped model file is missing, corrupt or of the wrong version."""


class StoreError(WartaError):
    """The knowledge base cannot be opened, read or written."""


class DependencyError(WartaError):
    """An optional dependency is missing; the message says which extra installs it."""


def require(module: str, extra: str) -> None:
    """Fail early with an install hint when an optional dependency is absent."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise DependencyError(f"{module} is not installed: pip install 'warta[{extra}]'")
