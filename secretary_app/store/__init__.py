"""SQLite storage via sqlite-utils migrations and plain sqlite3 queries. No Qt."""

from .store import (
    CorruptDatabaseError,
    DiskFullError,
    FinalizedError,
    NewerSchemaError,
    Store,
    StoreError,
)

__all__ = [
    "CorruptDatabaseError",
    "DiskFullError",
    "FinalizedError",
    "NewerSchemaError",
    "Store",
    "StoreError",
]
