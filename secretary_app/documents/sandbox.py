"""The Jinja environment a city's template runs in: sandboxed and bounded.

A template is data from outside (a file that came by e-mail), so rendering must never reach
Python's internals nor run long or grow large:

- `jinja2.sandbox.ImmutableSandboxedEnvironment`: no attribute or item starting with `_`, no
  method that changes a value, only the filters listed in `FILTERS`, no globals but a bounded
  `range` and `namespace`; `include`, `extends` and `import` have no loader to read from.
- A `Budget` per render (a context variable, so a render in a background thread has its own):
  every call, attribute or item lookup, loop step and piece of output ticks it; past
  `TIME_LIMIT` seconds or `MAX_STEPS` steps, or past `MAX_OUTPUT` characters of output, the
  render stops with `LimitExceeded`.
- Values are bounded before they are made: `'x' * n`, `str.center(n)`, `'%9999s' % x`, `**`,
  `join` and `replace` are refused when their result would exceed `MAX_VALUE` characters or
  items; anything else that returns a text or list is checked after the call.

These are cooperative limits, identical on Windows, Linux and macOS (no signals, no rlimits):
the interpreter never runs template code that does not pass through one of them.
"""

from __future__ import annotations

import contextvars
import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

TIME_LIMIT = 10.0  # seconds for one render (the sample meeting takes ~20 ms)
MAX_STEPS = 2_000_000  # calls, lookups and loop steps in one document (full minutes: ~20,000)
MAX_OUTPUT = 8_000_000  # characters of XML one render writes (minutes of 40 items: ~0.5 M)
MAX_VALUE = 1_000_000  # characters of one text, items of one list made by the template
MAX_RANGE = 10_000  # range(n) in a template
MAX_DEPTH = 40  # blocks nested in each other ({% if %} in {% for %} in …)
MAX_EXPONENT_BITS = 4_096  # 2 ** 4096 is a number of 1,234 digits

_ITER = "_protokollant_schritte"  # the wrapper every {% for %} iterates through


class LimitExceeded(Exception):
    """A render stopped by a limit; the message is German and names the limit."""


class Budget:
    """What one render may still spend."""

    __slots__ = ("deadline", "steps", "output")

    def __init__(self) -> None:
        self.deadline = time.monotonic() + TIME_LIMIT
        self.steps = 0
        self.output = 0

    def tick(self, n: int = 1) -> None:
        self.steps += n
        if self.steps & 0x3FF == 0 or n > 1:  # the clock every 1024 steps
            if time.monotonic() > self.deadline:
                raise LimitExceeded(
                    f"die Vorlage rechnet länger als {TIME_LIMIT:g} Sekunden (eine Schleife "
                    "ohne Ende?) – abgebrochen"
                )
        if self.steps > MAX_STEPS:
            raise LimitExceeded(
                f"die Vorlage braucht mehr als {MAX_STEPS:,} Rechenschritte – abgebrochen".replace(
                    ",", "."
                )
            )

    def write(self, n: int) -> None:
        self.output += n
        if self.output > MAX_OUTPUT:
            raise LimitExceeded(
                f"das Dokument würde über {MAX_OUTPUT // 1_000_000} Millionen Zeichen groß – "
                "abgebrochen"
            )
        self.tick()


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("budget", default=None)


def budget() -> Budget:
    """The current render's budget (a fresh one outside `bounded_render`)."""
    current = _BUDGET.get()
    if current is None:
        current = Budget()
        _BUDGET.set(current)
    return current


def _too_large(what: str) -> LimitExceeded:
    return LimitExceeded(
        f"{what} wäre länger als {MAX_VALUE:,} Zeichen oder Einträge – abgebrochen".replace(
            ",", "."
        )
    )


def _check_size(value: Any, what: str = "ein Wert") -> Any:
    if isinstance(value, str | list | tuple | bytes | dict) and len(value) > MAX_VALUE:
        raise _too_large(what)
    return value


# --- before a value is made: the operations that multiply ---------------------------------------

_WIDTH = re.compile(r"\d{5,}")  # a width or precision of 10,000 or more in a format string


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and _WIDTH.search(fmt):
        raise _too_large("Ein formatierter Text")


def weight(value: Any, memo: dict[int, int] | None = None) -> int:
    """How many characters `value` would print as, roughly, counting a list that holds the same
    list many times as often as it is printed; stops counting past MAX_VALUE."""
    if isinstance(value, str | bytes):
        return len(value)
    if not isinstance(value, list | tuple | dict):
        return 8
    memo = {} if memo is None else memo
    known = memo.get(id(value))
    if known is not None:
        return known
    total = 2
    items = value.items() if isinstance(value, dict) else ((v, None) for v in value)
    for key, inner in items:
        total += weight(key, memo) + (weight(inner, memo) if inner is not None else 0) + 2
        if total > MAX_VALUE:
            break
    memo[id(value)] = total
    return total


def _check_binop(operator: str, left: Any, right: Any) -> None:
    sized = (str, list, tuple)
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, sized) and isinstance(times, int):
                if weight(seq) * max(times, 0) > MAX_VALUE:
                    raise _too_large("Ein vervielfachter Text")
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            if right * abs(left).bit_length() > MAX_EXPONENT_BITS:
                raise LimitExceeded("eine Potenz wäre zu groß – abgebrochen")
    elif operator == "%" and isinstance(left, str):
        _check_format(left)
    elif operator == "+" and isinstance(left, sized) and isinstance(right, sized):
        if weight(left) + weight(right) > MAX_VALUE:
            raise _too_large("Ein zusammengesetzter Text")


_PADDING = {"center", "ljust", "rjust", "zfill"}


def _check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    target = getattr(obj, "__wrapped__", obj)  # str.format arrives wrapped by the sandbox
    owner = getattr(target, "__self__", None)
    name = getattr(target, "__name__", "")
    if isinstance(owner, str):
        if name in _PADDING and args and isinstance(args[0], int) and args[0] > MAX_VALUE:
            raise _too_large("Ein aufgefüllter Text")
        if name == "expandtabs":
            size = args[0] if args and isinstance(args[0], int) else 8
            if owner.count("\t") * size + len(owner) > MAX_VALUE:
                raise _too_large("Ein Text mit Tabulatoren")
        if name == "replace" and len(args) >= 2:
            old, new = str(args[0]), str(args[1])
            hits = owner.count(old) if old else len(owner) + 1
            if len(owner) + hits * (len(new) - len(old)) > MAX_VALUE:
                raise _too_large("Ein ersetzter Text")
        if name == "join" and args:
            _check_join(owner, args[0])
        if name in ("format", "format_map"):
            _check_format(owner)


def _check_join(separator: str, values: Any) -> None:
    if not isinstance(values, list | tuple):
        return
    total = len(separator) * max(len(values) - 1, 0)
    for value in values:
        total += len(value) if isinstance(value, str) else 20
        if total > MAX_VALUE:
            raise _too_large("Ein verbundener Text")


# --- the environment ------------------------------------------------------------------------------


def _bounded_range(*args: int) -> range:
    values = range(*args)
    if len(values) > MAX_RANGE:
        raise LimitExceeded(
            f"range() über mehr als {MAX_RANGE:,} Zahlen – abgebrochen".replace(",", ".")
        )
    return values


def _steps(iterable: Any) -> Iterator[Any]:
    """What a {% for %} walks: each step ticks the budget."""
    current = budget()
    if isinstance(iterable, jinja2.Undefined):
        iterable = list(iterable)  # strict: raises the "unknown name" error
    for value in iterable:
        current.tick()
        yield value


class TemplateEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with every loop, call and value bounded."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.Name(_ITER, "load", lineno=loop.lineno),
                [loop.iter],
                [],
                None,
                None,
                lineno=loop.lineno,
            )
        return tree

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget().tick()
        _check_binop(operator, left, right)
        return _check_size(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        budget().tick()
        if __obj is not _steps:
            _check_call(__obj, args, kwargs)
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """An unsafe look-up is refused at once, not turned into a value to print later."""
        raise SecurityError(f"access to attribute {attribute!r} is unsafe")

    def getattr(self, obj: Any, attribute: str) -> Any:
        budget().tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget().tick()
        return super().getitem(obj, argument)


# Filters whose second argument says how many lists or items they make: batch(10**9) would fill
# a list of a billion items before returning it.
_COUNTING = frozenset({"batch", "slice"})


def _bounded_filter(function: Callable[..., Any], name: str = "") -> Callable[..., Any]:
    counting = name in _COUNTING
    # a filter that is passed the environment or context gets it before the value
    first = 1 + (getattr(function, "jinja_pass_arg", None) is not None)

    @functools.wraps(function)  # keeps jinja_pass_arg (pass_environment, …)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        budget().tick()
        if counting:
            count = [a for a in args[first : first + 1] if isinstance(a, int)]
            if count and count[0] > MAX_RANGE:
                raise LimitExceeded(
                    f"„{name}“ mit mehr als {MAX_RANGE:,} – abgebrochen".replace(",", ".")
                )
        return _check_size(function(*args, **kwargs), "Das Ergebnis eines Filters")

    return bounded


# The filters a layout needs; those that pad, format, mark text as XML (`safe`) or make URLs
# are left out. Each is bounded like a call.
FILTERS = (
    "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e", "escape",
    "first", "float", "groupby", "int", "items", "join", "last", "length", "list", "lower",
    "map", "max", "min", "reject", "rejectattr", "replace", "reverse", "round", "select",
    "selectattr", "slice", "sort", "string", "sum", "title", "trim", "truncate", "unique",
    "upper", "wordcount",
)  # fmt: skip


def _join_filter(values: Iterable[Any], separator: str = "", attribute: Any = None) -> str:
    items = [str(v) for v in values]
    _check_join(separator, items)
    return separator.join(items)


def _replace_filter(value: Any, old: str, new: str, count: int | None = None) -> str:
    text = str(value)
    _check_call(text.replace, (old, new), {})
    return text.replace(old, new) if count is None else text.replace(old, new, count)


def make_environment(extra_filters: dict[str, Callable[..., Any]]) -> TemplateEnvironment:
    """The environment every template is compiled in (autoescaped, strict about names)."""
    env = TemplateEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    builtin = env.filters
    env.filters = {name: _bounded_filter(builtin[name], name) for name in FILTERS}
    # join and replace checked before they build their result (a filter is called directly)
    join = builtin["join"]
    replace = builtin["replace"]

    @jinja2.pass_eval_context
    def bounded_join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value) if not isinstance(value, list | tuple) else value
        _check_join(str(d), [v if isinstance(v, str) else "" for v in items])
        return _check_size(join(eval_ctx, items, d, attribute))

    @jinja2.pass_eval_context
    def bounded_replace(eval_ctx: Any, s: Any, old: str, new: str, count: Any = None) -> Any:
        _check_call(str(s).replace, (str(old), str(new)), {})
        return _check_size(replace(eval_ctx, s, old, new, count))

    env.filters["join"] = bounded_join
    env.filters["replace"] = bounded_replace
    for name, function in extra_filters.items():
        env.filters[name] = _bounded_filter(function)
    env.tests = {name: env.tests[name] for name in _TESTS if name in env.tests}
    env.globals = {"range": _bounded_range, "namespace": jinja2.utils.Namespace, _ITER: _steps}
    return env


_TESTS = (
    "defined", "undefined", "none", "boolean", "false", "true", "integer", "float", "number",
    "string", "sequence", "iterable", "mapping", "even", "odd", "divisibleby", "eq", "ne", "lt",
    "le", "gt", "ge", "in", "equalto", "sameas", "lower", "upper",
)  # fmt: skip

# Names the environment itself provides (never "unknown" in the check).
GLOBAL_NAMES = frozenset({"range", "namespace", "loop", _ITER})


class document_budget:  # noqa: N801 (used as `with document_budget():`)
    """One budget for every part of one document (body, headers, footers, footnotes)."""

    def __enter__(self) -> Budget:
        self._token = _BUDGET.set(Budget())
        return budget()

    def __exit__(self, *exc: object) -> None:
        _BUDGET.reset(self._token)


def bounded_render(template: Any, context: dict[str, Any]) -> str:
    """Render a compiled template within the current document's budget (a fresh one outside
    `document_budget`): the output, or LimitExceeded."""
    outside = _BUDGET.get() is None
    token = _BUDGET.set(Budget()) if outside else None
    try:
        current = budget()
        pieces: list[str] = []
        for piece in template.generate(context):  # the clock is read by the ticks between
            current.output += len(piece)
            if current.output > MAX_OUTPUT:
                current.write(0)  # raises, with the message
            pieces.append(piece)
        return "".join(pieces)
    except RecursionError as exc:
        raise LimitExceeded(
            "die Vorlage ruft sich zu oft selbst auf (Makro oder Schleife ohne Ende) – abgebrochen"
        ) from exc
    except MemoryError as exc:
        raise LimitExceeded("die Vorlage braucht zu viel Arbeitsspeicher – abgebrochen") from exc
    finally:
        if token is not None:
            _BUDGET.reset(token)
