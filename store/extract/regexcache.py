"""The extraction rules' regular expressions, compiled once per installation instead of once per
process.

Importing the rule modules compiles ~150 patterns (~30 ms, more than a whole `parley extract`
of one article spends on its text). Python's `re` has a cache of compiled patterns per process;
this module fills it ahead of the imports, from a file in the user's cache directory
(store/extract/datacache.py) that holds the *compiled program* of each pattern: what
`re._compiler` produces from the pattern text, handed to the same `_sre.compile` that
`re.compile` ends with. The rule modules are unchanged: they call `re.compile` as before and
get the pattern from `re`'s cache.

Why the result cannot differ from a normal compile:
- the key holds the Python build (`sys.version`), `_sre.MAGIC` (the regex engine's program
  format) and the size and time of every module of this package, so another Python or an
  edited rule file ignores the file and compiles normally;
- `_sre.compile` validates every program it is given and refuses a bad one, which is then
  compiled normally;
- a pattern not in the file is compiled normally; tests check that every program in the file
  builds a pattern equal (same text, flags and program) to a fresh compile.
A pattern whose text changes from one process to the next is simply compiled each time: an
alternation joined in a set's order (ties of `sorted(words, key=len)`) follows the process's
string-hash seed. Only patterns the rule modules hold at module level are kept, never ones built
at run time from an article's words or a user's query.
When anything here is unavailable (another Python's internals, no cache directory), the rules
compile their patterns as they always did.
"""
from __future__ import annotations

import atexit
import contextlib
import re
import sys
import types
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from store.extract import datacache

NAME = "regex"
FORMAT = 2


def _key() -> bytes | None:
    try:
        import _sre
        magic = _sre.MAGIC
    except (ImportError, AttributeError):
        return None
    here = Path(__file__).resolve().parent
    files = []
    for p in sorted(here.glob("*.py")):
        try:
            st = p.stat()
        except OSError:
            return None
        files.append((p.name, st.st_size, st.st_mtime_ns))
    import marshal
    return marshal.dumps((FORMAT, sys.version, magic, tuple(files)))


def _cache_dict() -> dict | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def program(pattern: str, flags: int) -> tuple | None:
    """What `re._compiler.compile` hands to `_sre.compile` for (pattern, flags), as plain data."""
    try:
        import _sre
        from re import _compiler, _parser
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        words = array("I", code)        # packed: ~10x faster to read back than a list of ints
        if words.itemsize != _sre.CODESIZE:
            return None
        return (int(flags | p.state.flags), words.tobytes(), int(p.state.groups - 1), groupindex,
                tuple(indexgroup))
    except Exception:           # another Python's internals: this pattern is simply not kept
        return None


def build(pattern: str, prog: tuple) -> re.Pattern | None:
    """The pattern object `re.compile` would return, from its kept program; None if refused."""
    try:
        import _sre
        final_flags, packed, groups, groupindex, indexgroup = prog
        code = array("I")
        code.frombytes(packed)
        return _sre.compile(pattern, final_flags, code.tolist(), groups, groupindex, indexgroup)
    except Exception:           # refused by the engine's validator, or malformed: compile normally
        return None


def _warm(entries: dict) -> int:
    cache = _cache_dict()
    if cache is None:
        return 0
    n = 0
    for (pattern, flags), prog in entries.items():
        key = (str, pattern, flags)
        if key in cache:
            continue
        compiled = build(pattern, prog) if isinstance(pattern, str) and isinstance(flags, int) else None
        if compiled is not None:
            cache[key] = compiled
            n += 1
    return n


def _module_patterns(extra: tuple[re.Pattern, ...]) -> set[str]:
    """The text of every pattern the modules of `store` hold at module level (directly, or in
    a tuple, list or dict there), and of extra: patterns built from the rules' own lexicons.
    A pattern compiled inside a function (from an article's words, a user's query) is never
    one of them, so it is never written to the cache."""
    texts = {p.pattern for p in extra if isinstance(p.pattern, str)}
    prefix = __name__.partition(".")[0] + "."      # every module of `store`
    for name, mod in list(sys.modules.items()):
        if not name.startswith(prefix) or mod is None:
            continue
        for value in list(vars(mod).values()):
            _patterns_in(value, texts)
    return texts


def _patterns_in(value, out: set[str], depth: int = 2) -> None:
    """The text of every pattern in value: itself, or inside a tuple, list or dict, to two levels
    (dates.py keeps its forms as (name, pattern) pairs)."""
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            out.add(value.pattern)
    elif depth and isinstance(value, (tuple, list, dict)):
        for item in (value.values() if isinstance(value, dict) else value):
            _patterns_in(item, out, depth - 1)


def _code_constants(code: types.CodeType, out: set[str]) -> None:
    for c in code.co_consts:
        if isinstance(c, str):
            out.add(c)
        elif isinstance(c, types.CodeType):
            _code_constants(c, out)


def _literal_patterns() -> set[str]:
    """Every string written as a literal in a function or method of `store`: the patterns
    that rules compile at run time from constant text (`re.search(r"...", sentence)`). The same
    in every process, unlike patterns joined from a set's words or built from an article."""
    texts: set[str] = set()
    prefix = __name__.partition(".")[0] + "."      # every module of `store`
    for name, mod in list(sys.modules.items()):
        if not name.startswith(prefix) or mod is None:
            continue
        for value in list(vars(mod).values()):
            members = list(vars(value).values()) if isinstance(value, type) else [value]
            for m in members:
                f = m.__func__ if isinstance(m, (staticmethod, classmethod)) else m
                f = f.fget if isinstance(f, property) else f
                code = getattr(f, "__code__", None)
                if isinstance(code, types.CodeType) and getattr(f, "__module__", None) == name:
                    _code_constants(code, texts)
    return texts


_pending: dict = {}


def _programs_for(texts: set[str], have: dict) -> dict:
    """Programs of the patterns in re's cache whose text is in texts and which have none yet,
    under the flags the rules asked for (re's own cache keys)."""
    cache = _cache_dict() or {}
    out = {}
    for k in list(cache):
        typ, pattern, flags = k if isinstance(k, tuple) and len(k) == 3 else (None, None, 0)
        if (typ is str and pattern in texts and isinstance(flags, int) and not flags & re.DEBUG
                and (pattern, flags) not in have):
            prog = program(pattern, flags)
            if prog is not None:
                out[(pattern, flags)] = prog
    return out


def keep_new() -> int:
    """Add to the file the programs this process compiled and the file lacks: on the first run,
    the rules' module-level patterns; on any run, literal patterns first used here. Runs at
    exit, so that the patterns rules compile while extracting are seen. Returns how many."""
    if not _pending:
        return 0
    key, have, extra = _pending["key"], _pending["entries"], _pending["extra"]
    module_texts = _module_patterns(extra()) if extra is not None else set()
    new = _programs_for(_literal_patterns() | module_texts, have)
    if new:
        have.update(new)
        datacache.keep(NAME, key, have)
    return len(new)


def _keep_at_exit() -> None:
    with contextlib.suppress(Exception):    # a cache never turns a clean exit into a traceback
        keep_new()


@contextmanager
def compiled_once(extra: Callable[[], tuple[re.Pattern, ...]] = tuple) -> Iterator[None]:
    """Around the import of the rule modules: their patterns come from the kept programs when
    the file matches this Python and these modules; otherwise they are compiled as usual and
    their programs (with those of extra()) kept at exit for the next process."""
    key = _key()
    cache = _cache_dict()
    if key is None or cache is None or _pending:
        yield
        return
    ok, entries = datacache.load(NAME, key)
    hit = ok and isinstance(entries, dict)
    if hit:
        _warm(entries)
    yield
    # On the first run the module-level patterns are kept too: their text can follow a set's
    # order, different in the next process, so a later run adds only literal ones (always the
    # same): the file stops changing once the rules' literals have all been used.
    _pending.update(key=key, entries=entries if hit else {}, extra=None if hit else extra)
    atexit.register(_keep_at_exit)
