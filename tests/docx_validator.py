"""The Open XML validator (openxml-audit, as `openxml-audit -q -m 0 FILE`) for tests."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def _validator() -> Any:
    from openxml_audit import OpenXmlValidator

    return OpenXmlValidator(max_errors=0)  # 0: report every error, like `-m 0`


def errors(path: Path) -> list[str]:
    """The validator's errors for one .docx (empty: Word opens it without repair)."""
    result = _validator().validate(str(path))
    return [str(e) for e in result.errors]


def assert_valid(path: Path) -> None:
    found = errors(path)
    assert found == [], f"{path.name}: {found}"
