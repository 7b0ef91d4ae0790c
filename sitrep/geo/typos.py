"""The misspelling index: which names are one edit from a folded key ("Dontesk", "Avdiika").

A symmetric-deletion index maps every key, and every key with one letter deleted, to the keys it
came from; two keys one edit apart share an entry. The indexes of the war-zone regions and of the
war zone's towns are built with the gazetteer index (:func:`fuzzy_blob`) and unpacked on the first
misspelt name (~0.05 s instead of ~0.4 s to build them); other regions are built on demand.
"""
from __future__ import annotations

import marshal
from typing import Iterable


def fuzzy_entry(code: int, key: str, pop) -> bool:
    """Whether a name entry (``code``: place index << 2 | name strength) goes in the misspelling index: a
    place's own name, or an alternate spelling of 7 letters or more of a place of 1,000 people or more
    (a Russian form: "Belozerka")."""
    return code & 3 >= 2 or code & 3 == 1 and len(key) >= 7 and pop[code >> 2] >= 1000


def deletions(key: str) -> set:
    """``key`` and ``key`` with each one letter deleted."""
    return {key} | {key[:p] + key[p + 1:] for p in range(len(key))}


def deletion_index(keys: Iterable[str]) -> dict[str, tuple]:
    """Every key and every one-letter deletion of it -> the keys it comes from."""
    idx: dict[str, list] = {}
    for k in keys:
        for v in deletions(k):
            idx.setdefault(v, []).append(k)
    return {v: tuple(ks) for v, ks in idx.items()}


def keys_by_region(names: dict, a1, pop) -> dict[str, list]:
    """Region code -> the keys (5 letters or more) of its index entries (:func:`fuzzy_entry`)."""
    by: dict[str, list] = {}
    for k, codes in names.items():
        if len(k) >= 5:
            regions = {a1[code >> 2] for code in codes if fuzzy_entry(code, k, pop) and a1[code >> 2]}
            for r in sorted(regions):
                by.setdefault(r, []).append(k)
    return by


def one_edit_keys(idx: dict, key: str) -> set:
    """The keys of ``idx`` that share a deletion with ``key`` (candidates one edit away, ``key`` too)."""
    out: set = set()
    for v in deletions(key):
        out.update(idx.get(v, ()))
    return out


def fuzzy_blob(names: dict, a1, pop, regions: Iterable[str], town_keys: Iterable[str]) -> bytes:
    """The prebuilt indexes, marshalled: {region: deletion index} for ``regions``, and "towns"."""
    by = keys_by_region(names, a1, pop)
    tables = {r: deletion_index(by.get(r, ())) for r in sorted(regions)}
    tables["towns"] = deletion_index(sorted(town_keys))
    return marshal.dumps(tables)
