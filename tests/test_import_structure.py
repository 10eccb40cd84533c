"""The package's shape, read from its source: layers kept, no import circles.

Every import counts, the ones inside functions too (a circle deferred into a function is still
a circle: the modules cannot be understood one without the other).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "secretary_app"
ROOT = PACKAGE.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in known:
                    yield sub
                elif target in known:
                    yield target


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports (anywhere in its text)."""
    known = _modules()
    return {
        name: {t for t in _imports(name, path, known) if t != name} for name, path in known.items()
    }


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circles_anywhere_in_the_package() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_the_window_and_the_command_line_reach_the_store_only_through_the_session() -> None:
    graph = import_graph()
    offenders = sorted(
        f"{module} → {target}"
        for module, targets in graph.items()
        if module.startswith("secretary_app.ui") or module == "secretary_app.cli"
        for target in targets
        if target.startswith("secretary_app.store")
    )
    assert offenders == []


def test_nothing_below_the_window_imports_qt() -> None:
    offenders = []
    for name, path in _modules().items():
        # the window, and the two programs' starts that compose it or check that Qt runs
        if name.startswith("secretary_app.ui") or name in (
            "secretary_app.app",
            "secretary_app.selftest",
        ):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                module = node.module if isinstance(node, ast.ImportFrom) else None
                if any(n.startswith("PySide6") for n in [*names, module or ""]):
                    offenders.append(name)
    assert offenders == []


def test_the_session_keeps_its_modules_small_and_every_operation_documented() -> None:
    from secretary_app.session import Operations

    sizes = {
        p.name: len(p.read_text(encoding="utf-8").splitlines())
        for p in (PACKAGE / "session").glob("*.py")
    }
    assert max(sizes.values()) <= 500, sizes
    undocumented = [
        name
        for name in dir(Operations)
        if not name.startswith("_")
        and callable(getattr(Operations, name))
        and not (getattr(Operations, name).__doc__ or "").strip()
    ]
    assert undocumented == []


def test_the_main_window_stays_a_window_of_at_most_400_lines() -> None:
    lines = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 400
