"""Re-export for the document tests."""

from tests.docx_validator import assert_valid, errors

__all__ = ["assert_valid", "errors"]
