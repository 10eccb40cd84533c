"""SQLite storage via sqlite-utils migrations and plain sqlite3 queries. No Qt."""

from .store import DiskFullError, FinalizedError, NewerSchemaError, Store, StoreError

__all__ = ["DiskFullError", "FinalizedError", "NewerSchemaError", "Store", "StoreError"]
