"""warta: Indonesian web news to a clean, deduplicated, structured, searchable knowledge base."""

from warta.document import Document, RemovedSpan
from warta.errors import (
    ConfigError,
    DependencyError,
    InputError,
    ModelError,
    StoreError,
    WartaError,
)
from warta.pipeline import DocumentStep, Pipeline, Step, StepStats

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DependencyError",
    "Document",
    "DocumentStep",
    "InputError",
    "ModelError",
    "Pipeline",
    "RemovedSpan",
    "Step",
    "StepStats",
    "StoreError",
    "WartaError",
    "__version__",
]
