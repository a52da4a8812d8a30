"""JSON Schema of the output record: the stable machine interface of `warta analyze`."""

from __future__ import annotations

from typing import Any

from warta.document import RECORD_FIELDS

_SPAN = {
    "type": "object",
    "required": ["line", "start", "end", "text", "reason"],
    "properties": {
        "line": {"type": "integer", "minimum": 0},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
        "reason": {"type": "string", "minLength": 1},
    },
    "additionalProperties": False,
}

_OFFSETS = {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}
_NULLABLE_STR = {"type": ["string", "null"]}

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://warta.dev/schema/record.json",
    "title": "warta output record",
    "type": "object",
    "required": list(RECORD_FIELDS),
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "source": {"type": "string"},
        "url": _NULLABLE_STR,
        "title": _NULLABLE_STR,
        "published": _NULLABLE_STR,
        "language": _NULLABLE_STR,
        "text": {"type": "string"},
        "removed": {"type": "array", "items": _SPAN},
        "status": {"enum": ["kept", "dropped", "error"]},
        "reason": _NULLABLE_STR,
        "raw": {"type": "string"},
        "language_score": {"type": ["number", "null"]},
        "line_languages": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["line", "lang"],
                "properties": {"line": {"type": "integer"}, "lang": {"type": "string"}},
            },
        },
        "entities": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "label", "start", "end", "canonical"],
                "properties": {
                    "text": {"type": "string"},
                    "label": {"enum": ["PER", "ORG", "LOC"]},
                    "canonical": {"type": "string"},
                    "role": _NULLABLE_STR,
                    **_OFFSETS,
                },
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "kind", "speaker", "start", "end"],
                "properties": {
                    "text": {"type": "string"},
                    "kind": {"enum": ["direct", "indirect"]},
                    "speaker": _NULLABLE_STR,
                    "speaker_mention": _NULLABLE_STR,
                    "role": _NULLABLE_STR,
                    "cue": _NULLABLE_STR,
                    **_OFFSETS,
                },
            },
        },
        "quantities": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "value", "start", "end"],
                "properties": {
                    "text": {"type": "string"},
                    "value": {"type": ["number", "null"]},
                    "unit": _NULLABLE_STR,
                    "counts": _NULLABLE_STR,
                    "approx": _NULLABLE_STR,
                    **_OFFSETS,
                },
            },
        },
        "dates": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["text", "value", "start", "end"],
                "properties": {"text": {"type": "string"}, "value": _NULLABLE_STR, **_OFFSETS},
            },
        },
        "summary": {"type": ["string", "null"]},
        # where `published` came from when the input gave none (see warta.clean.page_date)
        "published_from": {"enum": ["page", "dateline", "url"]},
        "duplicate_of": _NULLABLE_STR,
        "group": _NULLABLE_STR,
        "story": _NULLABLE_STR,
    },
    "additionalProperties": True,
}


def validate_record(record: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when a record does not match the schema."""
    import jsonschema

    jsonschema.validate(record, RECORD_SCHEMA)
