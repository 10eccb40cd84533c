"""SQLite storage via sqlite-utils migrations and plain sqlite3 queries. No Qt."""

from .errors import (
    CorruptDatabaseError,
    DiskFullError,
    FinalizedError,
    NewerSchemaError,
    StoreError,
)
from .store import Store

__all__ = [
    "CorruptDatabaseError",
    "DiskFullError",
    "FinalizedError",
    "NewerSchemaError",
    "Store",
    "StoreError",
]
