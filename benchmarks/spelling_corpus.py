"""Spelling on the corpus of public council minutes (tests/data/spelling), and its cost.

    .venv/bin/python benchmarks/spelling_corpus.py [--json OUT]

Prints, for each source of known words added in turn, the words flagged per 1,000 words and the
share of typos found when swapped into long words (tests/text/spelling_corpus.py), the words
still flagged and the typos missed; then the size of the engine and dictionary and what loading
them costs (a fresh process each, median of 7): the import, the dictionary, the first paragraph,
one word's suggestions. Reported in docs/spelling.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from secretary_app.text.spelling import SpellChecker, Word, words  # noqa: E402
from tests.text import spelling_corpus as sc  # noqa: E402

_COST = """
import time, sys
from pathlib import Path
t0 = time.perf_counter()
import hunspell
t1 = time.perf_counter()
from secretary_app.text.spelling import SpellChecker
c = SpellChecker(None, bundled=Path(sys.argv[1]))
assert c.available, c.problem
t2 = time.perf_counter()
c.misspelled("Der Ausschuss empfiehlt die Verpflichtungsermächtigung für den Haushaltsplahn.")
t3 = time.perf_counter()
c.suggestions("Haushaltsplahn")
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def tiers(tmp: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in (
        "Wörterbuch (frami) allein",
        "+ Komposita, Abkürzungen",
        "+ Sitzung",
        "+ Archiv",
        "+ Liste der Stadt",
    ):

        def make(doc: sc.Document, docs: list[sc.Document], name: str = name) -> object:
            checker = sc.new_checker(tmp, doc.city if name == "+ Liste der Stadt" else None)
            if name == "Wörterbuch (frami) allein":
                return _DictionaryOnly(checker)
            if name in ("+ Sitzung", "+ Archiv", "+ Liste der Stadt"):
                checker.set_known(doc.known)
            if name in ("+ Archiv", "+ Liste der Stadt"):
                checker.set_archive(sc.archive_of(docs, doc.name))
            return checker

        f = sc.measure(make)  # type: ignore[arg-type]
        rows.append(
            {
                "tier": name,
                "words": f.words,
                "flagged": len(f.flagged),
                "per_1000": round(f.per_thousand, 2),
                "typos": f.typos,
                "found": f.typos_found,
                "found_share": round(f.found_share, 3),
                "flagged_words": f.flagged,
                "missed": f.missed,
            }
        )
    return rows


class _DictionaryOnly:
    """The dictionary's own verdict on `words()`: what the app did before (with frami)."""

    def __init__(self, checker: SpellChecker) -> None:
        self._c = checker

    def misspelled(self, text: str) -> list[Word]:
        return [w for w in words(text) if not self._c.in_dictionary(w.text)]

    def is_correct(self, word: str) -> bool:
        return self._c.in_dictionary(word)

    def in_dictionary(self, word: str) -> bool:
        return self._c.in_dictionary(word)


def cost(runs: int = 7) -> dict[str, float]:
    bundled = ROOT / "resources" / "dictionaries"
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _COST, str(bundled)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.split()
        samples.append([float(x) for x in out])
    names = ("import_ms", "load_dictionary_ms", "first_paragraph_ms", "suggestions_ms")
    return {
        n: round(1000 * statistics.median(s[i] for s in samples), 1) for i, n in enumerate(names)
    }


def sizes() -> dict[str, float]:
    import hunspell

    engine = Path(hunspell.__file__).parent
    libs = engine.parent / "chunspell.libs"
    files = [p for p in engine.rglob("*") if p.is_file() and p.suffix not in (".cpp", ".pyx")]
    files += [p for p in libs.rglob("*") if p.is_file()] if libs.exists() else []
    dictionary = ROOT / "resources" / "dictionaries" / "hunspell"
    return {
        "engine_installed_mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "dictionary_mb": round(
            sum((dictionary / f"de_DE.{e}").stat().st_size for e in ("aff", "dic")) / 1e6, 2
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = tiers(Path(tmp))
    for r in rows:
        print(
            f"{r['tier']:<28} {r['words']} Wörter  {r['flagged']:>3} markiert "
            f"= {r['per_1000']:>5} je 1000   Tippfehler gefunden {r['found']}/{r['typos']} "
            f"= {100 * float(r['found_share']):.1f} %"
        )
    last = rows[-1]
    print("noch markiert:", ", ".join(last["flagged_words"]))
    print("nicht gefunden:", "; ".join(last["missed"]))
    result = {"tiers": rows, "cost": cost(), "size": sizes()}
    print("Kosten (Median von 7 Prozessen, ms):", result["cost"])
    print("Größe (MB):", result["size"])
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
