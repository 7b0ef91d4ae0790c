"""Loading what lives as long as the process without the cyclic garbage collector's passes over it.

The gazetteer index, the compiled-regex table and the spaCy model are hundreds of thousands of
containers allocated at once, none of them garbage. The collector scanned them while they loaded
(full collections among them) and once more after (a young collection scans all that was allocated
since the last one): ~0.1 s of CPU of a cold ``sitrep extract``. :func:`lifelong` pauses the
collector while such a structure is built and then freezes every object it tracks
(:func:`gc.freeze`), so that no later pass scans them. Reference counting still frees whatever is
dropped; only a reference cycle among frozen objects would outlive its use (these loads make none
worth a thought). No sitrep imports: any stage may use it.
"""
from __future__ import annotations

import gc
import marshal
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def lifelong() -> Iterator[None]:
    """The collector paused in the block, every tracked object frozen at its end (also on an error),
    the collector then back as it was.

    Paused twice over: disabled, and its first threshold 0 (no automatic collection at all), because a
    library may turn it back on inside the block: srsly's msgpack readers call ``gc.disable()`` and
    then ``gc.enable()`` around every file they read, which the spaCy model's vocabulary and lemma
    tables are, and two collections over the half-loaded model then took ~40 ms of a cold run."""
    was_on = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)
        (gc.enable if was_on else gc.disable)()


# the collector's first threshold for a command-line process (Python's default: 700)
FIRST_THRESHOLD = 50_000


def fewer_collections() -> None:
    """Raise the collector's first threshold to :data:`FIRST_THRESHOLD` (never lower it) for a
    command-line process. A young collection runs after every 700 net new containers by default:
    194 collections in a cold ``sitrep extract`` of 16 long pages, over the modules and tables being
    imported and loaded (which :func:`lifelong` then freezes) and over per-page results that reference
    counting frees anyway: ~0.03 s of CPU that freed 1,271 objects in all. Reference cycles are still
    collected, after 50,000 net new containers (a few MB at most)."""
    first, *rest = gc.get_threshold()
    if first and first < FIRST_THRESHOLD:
        gc.set_threshold(FIRST_THRESHOLD, *rest)


def unmarshal(data: bytes):
    """``marshal.loads(data)`` of a table that lives as long as the process (:func:`lifelong`)."""
    with lifelong():
        return marshal.loads(data)
