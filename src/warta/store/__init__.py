"""The SQLite knowledge base that `warta run` fills and `warta search/show/export` read."""

from warta.store.fts_query import plain_query
from warta.store.knowledge_base import AddResult, KnowledgeBase, RecordSink, StoreOptions
from warta.store.schema import SCHEMA_VERSION
from warta.store.search import SearchHit, SearchOptions
from warta.store.tables import EntityTables, QuoteTables, RecordTables

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "EntityTables",
    "KnowledgeBase",
    "QuoteTables",
    "RecordSink",
    "RecordTables",
    "SearchHit",
    "SearchOptions",
    "StoreOptions",
    "plain_query",
]
