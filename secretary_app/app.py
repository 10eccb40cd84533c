"""Start-up of the window (filled in by the window issue)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    print(
        "Das Programmfenster ist in dieser Version noch nicht verfügbar. "
        "Bitte verwenden Sie die Befehle (secretary-app --help).",
        file=sys.stderr,
    )
    return 1
