"""The one error the document writers raise for the user's environment or input."""

from __future__ import annotations

from ..errors import KnownError


class DocumentError(KnownError):
    """A document could not be written: bad template, unwritable target, full disk (German)."""
