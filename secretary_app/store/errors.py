"""The store's error types, in a module of their own: `store`, `backup` and `lock` raise them
without importing one another."""

from __future__ import annotations

from ..errors import KnownError


class StoreError(KnownError):
    """The database cannot do what was asked, for a reason outside the program."""


class DiskFullError(StoreError):
    """Writing failed for lack of space; the caller keeps its data and retries later."""


class FinalizedError(StoreError):
    """The meeting is finalised and read-only until it is reopened."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the program."""


class CorruptDatabaseError(StoreError):
    """The file is damaged or no SQLite database; the message names the latest backup."""
