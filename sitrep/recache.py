"""A disk cache of compiled regular expressions, for the start-up time of every sitrep process.

sitrep is regular expressions all the way down (triggers, cues, boilerplate rules, dates, numbers,
weapons, places, statements): a cold ``sitrep extract`` compiles some 700 patterns, several of
them large alternations built from the lexicons, and Python's compiler (``re._parser`` +
``re._compiler``, pure Python) spent about 0.5 s of CPU on them, an eighth of a cold run on 16 long
articles. The compiled form is a list of integers that depends only on the pattern, its flags and
the interpreter (``_sre.MAGIC``, code size), so it is kept on disk and handed straight to
``_sre.compile``, which is exactly what ``re._compiler.compile`` does after parsing: the resulting
``re.Pattern`` is the same object the normal path builds.

:func:`install` wraps ``re._compiler.compile`` (the one function ``re.compile``, ``re.search`` & co.
call on a miss of their own in-memory cache). At exit, when compiling patterns that the file
did not hold took more than :data:`SAVE_AFTER_S`, the file is rewritten (atomically) with the
patterns used in this process first, then the others it held, up to :data:`MAX_ENTRIES`. Any problem with the file (missing, unreadable,
another interpreter's) means an empty table: patterns then compile as usual. ``SITREP_RE_CACHE=0``
turns the cache off.

File: ``<cache dir>/re-<cache tag>-<_sre.MAGIC>-<_sre.CODESIZE>-2.recache`` (the cache directory of
:func:`sitrep.cachedir.cache_dir`): a marshalled dict of (pattern, flags) -> that entry marshalled on
its own, unpacked when the pattern is first compiled. The file holds up to 5,000 patterns (those of
other commands and corpora, other versions sharing the cache directory), of which a cold run on
16 pages compiles some 2,300: unpacking all of them took ~38 ms at import, the used ones take ~20.

:func:`install` also gives :mod:`sitrep.literals` the :class:`LiteralAnswers` of earlier processes
(the required literals of a pattern, read from its parse tree: another ~0.15 s of a cold run).
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import time
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Optional

import _sre

from sitrep.cachedir import cache_dir
from sitrep.lifelong import unmarshal

MAX_ENTRIES = 5000
FORMAT = 2  # 2: each entry marshalled apart (unpacked on use)
# (pattern, flags) -> (flags of the compiled pattern, code, groups - 1, groupindex, indexgroup), or that
# tuple still marshalled (bytes) as the file gave it
_table: dict = {}
_used: dict = {}
_state = {"installed": False, "misses": 0, "miss_s": 0.0, "path": None, "orig": None}
# rewriting the file costs ~15 ms: not worth it for a few small patterns that differ in every process
# (alternations built from a set, whose order follows the string hash seed)
SAVE_AFTER_S = 0.02


def enabled() -> bool:
    return os.environ.get("SITREP_RE_CACHE", "1") not in ("0", "false", "no", "off")


def cache_file() -> Path:
    return cache_dir() / f"re-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{FORMAT}.recache"


def _compiled(pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for a pattern string (Python 3.11-3.12)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints: the opcodes are int subclasses, which marshal does not write
    return (int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1), groupindex,
            tuple(indexgroup))


def _compile(p, flags=0):
    if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return _state["orig"](p, flags)
    key = (p, flags)
    entry = _table.get(key)
    if entry.__class__ is bytes:
        entry = _unpacked(key, entry)
    if entry is None:
        t = time.perf_counter()
        entry = _compiled(p, flags)  # raises re.error for a bad pattern, as re.compile does
        _table[key] = entry
        _state["misses"] += 1
        _state["miss_s"] += time.perf_counter() - t
    _used[key] = entry
    return _sre.compile(p, entry[0], entry[1], entry[2], entry[3], entry[4])


def _unpacked(key, packed: bytes):
    """The entry of ``key`` as the file holds it (marshalled), unpacked in the table; None when it is
    no valid entry (then dropped: the pattern compiles as usual)."""
    try:
        entry = marshal.loads(packed)
    except (EOFError, ValueError, TypeError):
        entry = None
    if entry is None or not _valid(key, entry):
        _table.pop(key, None)
        return None
    _table[key] = entry
    return entry


def read_table(path: Path) -> dict:
    """The dict marshalled in ``path``, or an empty one (missing, unreadable, not a dict)."""
    try:
        with open(path, "rb") as fh:
            data = unmarshal(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return data



def write_table(path: Path, table: dict) -> bool:
    """Marshal ``table`` to ``path`` atomically (a temporary file, then a rename); False when the
    directory is read-only or full (the next process then computes again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(table, fh)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return False
    return True


def _valid_key(key) -> bool:
    return isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes)) and isinstance(key[1], int)


def _valid(key, entry) -> bool:
    return (_valid_key(key) and isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[1], list)
            and isinstance(entry[3], dict) and isinstance(entry[4], tuple))


class LiteralAnswers:
    """The answers of :func:`sitrep.literals.required_literals` of earlier processes: a marshal file in
    the cache directory, ``literals-<cache tag>-<interpreter version>-<digest of literals.py>.marshal``,
    so that an answer is only reused by the code and the ``re`` parser that gave it. Read on first use;
    written at exit (atomically) when this process spent more than :data:`SAVE_AFTER_S` on answers the
    file did not hold. Any problem with the file means an empty table."""

    MAX_ENTRIES = 5000

    def __init__(self, source: Path) -> None:
        self.source = source  # sitrep/literals.py
        self.table: Optional[dict] = None
        self.used: dict = {}
        self.path: Optional[Path] = None
        self.miss_s = 0.0

    def open(self) -> dict:
        self.table = {}
        try:
            digest = hashlib.sha256(self.source.read_bytes()).hexdigest()[:16]
        except OSError:
            return self.table
        self.path = cache_dir() / f"literals-{sys.implementation.cache_tag}-{sys.hexversion:x}-{digest}.marshal"
        for key, value in read_table(self.path).items():
            if (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and type(key[1]) is int
                    and (value is None or isinstance(value, tuple) and all(isinstance(x, str) for x in value))):
                self.table[key] = value
        atexit.register(self.save)
        return self.table

    def get(self, pattern: str, flags: int, compute):
        """The answer for ``(pattern, flags)``: from the table, else ``compute(pattern, flags)`` (kept)."""
        table = self.table if self.table is not None else self.open()
        key = (pattern, flags)
        try:
            out = table[key]
        except KeyError:
            t = time.perf_counter()
            out = table[key] = compute(pattern, flags)
            self.miss_s += time.perf_counter() - t
        self.used[key] = out
        return out

    def save(self, force: bool = False) -> Optional[Path]:
        if self.path is None or self.table is None or not (force or self.miss_s > SAVE_AFTER_S):
            return None
        out = dict(self.used)
        for key, value in self.table.items():
            if len(out) >= self.MAX_ENTRIES:
                break
            out.setdefault(key, value)
        if not write_table(self.path, out):
            return None
        self.miss_s = 0.0
        return self.path


def install(path: Optional[Path] = None) -> bool:
    """Serve ``re`` compilations from the cache file (once per process); False when off or when this
    interpreter's ``re`` is not the one the cache was written for."""
    if _state["installed"]:
        return True
    if not enabled() or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return False
    p = path or cache_file()
    for key, entry in read_table(p).items():
        if _valid_key(key) and entry.__class__ is bytes:
            _table[key] = entry
    _state.update(installed=True, path=p, orig=_compiler.compile, misses=0, miss_s=0.0)
    _compiler.compile = _compile
    atexit.register(save)
    from sitrep import literals  # noqa: PLC0415  (a leaf: nothing of the package)

    if literals.answers is None:
        literals.answers = LiteralAnswers(Path(literals.__file__))
    return True


def uninstall() -> None:
    """Back to the plain compiler (tests); the table is kept for a later :func:`install`."""
    if _state["installed"]:
        _compiler.compile = _state["orig"]
        _state["installed"] = False
        atexit.unregister(save)
        from sitrep import literals  # noqa: PLC0415

        literals.answers = None


def save(force: bool = False) -> Optional[Path]:
    """Write the cache file when this process spent more than :data:`SAVE_AFTER_S` compiling patterns
    it did not hold (or with ``force``)."""
    path = _state["path"]
    if path is None or not (force or (_state["misses"] and _state["miss_s"] > SAVE_AFTER_S)):
        return None
    out = {key: marshal.dumps(entry) for key, entry in list(_used.items())[:MAX_ENTRIES]}
    for key, entry in _table.items():
        if len(out) >= MAX_ENTRIES:
            break
        if key not in out:
            out[key] = entry if entry.__class__ is bytes else marshal.dumps(entry)
    if not write_table(path, out):
        return None  # a read-only or full cache directory: the next process compiles again
    _state.update(misses=0, miss_s=0.0)
    return path


__all__ = ["install", "uninstall", "save", "cache_file", "enabled", "read_table", "write_table", "LiteralAnswers", "MAX_ENTRIES"]
