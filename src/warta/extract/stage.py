"""The extract stage: entities, then quotes (which read the entities), quantities and dates."""

from __future__ import annotations

from warta.pipeline import Step


def extract_steps() -> list[Step]:
    """Entities first: quote attribution resolves speakers against the people found."""
    from warta.extract.dates import DateExtractor
    from warta.extract.entities import extract_entity_steps
    from warta.extract.quantities import QuantityExtractor
    from warta.extract.quotes import quote_steps

    return [*extract_entity_steps(), *quote_steps(), QuantityExtractor(), DateExtractor()]
