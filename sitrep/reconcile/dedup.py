"""Near-duplicate detection for articles (syndication, light rewrites).

Documents are shingled into overlapping word n-grams and summarised by a MinHash
signature; a MinHash LSH index finds candidates whose estimated Jaccard similarity is
above the threshold (~0.8). Pure functions plus a small in-memory index; the store
persists the signatures so that the index can be rebuilt.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch is imported lazily: it is slow to import and only writers need it
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_SIZE = 3
THRESHOLD = 0.8

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_WORD.findall(text))


def content_hash(text: str) -> str:
    """Hash of the text itself (exact duplicate detection)."""
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> "MinHash":
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm)
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return m


def signature_bytes(m: "MinHash") -> bytes:
    """Serialised signature: ``<scheme>:`` then the hash values as little-endian uint64."""
    scheme = getattr(m, "scheme", "legacy") or "legacy"
    return scheme.encode() + b":" + np.asarray(m.hashvalues, dtype="<u8").tobytes()


def signature_from_bytes(data: bytes, num_perm: int = NUM_PERM) -> "MinHash":
    from datasketch import MinHash

    scheme, sep, raw = bytes(data).partition(b":")
    if not sep or len(raw) != 8 * num_perm:  # pragma: no cover - defensive
        raise ValueError("not a stored MinHash signature")
    values = np.frombuffer(raw, dtype="<u8").astype(np.uint64)
    return MinHash(num_perm=num_perm, hashvalues=values, scheme=scheme.decode())


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


@dataclass
class Match:
    key: str
    similarity: float


class NearDuplicateIndex:
    """MinHash LSH over document texts; ``query`` returns the best match above threshold."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                 min_shingles: int = 8):
        self.threshold = threshold
        self.num_perm = num_perm
        self.min_shingles = min_shingles
        # candidates come from a looser LSH band setting (few false negatives near the
        # threshold); each candidate is then verified against the real threshold
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.3), num_perm=num_perm)
        self._sigs: dict[str, "MinHash"] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: str) -> bool:
        return key in self._sigs

    def add(self, key: str, sig: "MinHash") -> None:
        if key in self._sigs:
            return
        self._lsh.insert(key, sig)
        self._sigs[key] = sig

    def remove(self, key: str) -> None:
        if key in self._sigs:
            self._lsh.remove(key)
            del self._sigs[key]

    def query(self, sig: "MinHash") -> Match | None:
        best: Match | None = None
        for key in self._lsh.query(sig):
            sim = float(sig.jaccard(self._sigs[key]))
            if sim >= self.threshold and (best is None or sim > best.similarity
                                          or (sim == best.similarity and key < best.key)):
                best = Match(key, sim)
        return best

    def usable(self, text: str) -> bool:
        """Very short texts give unreliable signatures; they only dedupe by exact hash."""
        return len(shingles(text)) >= self.min_shingles


def find_near_duplicates(texts: dict[str, str], threshold: float = THRESHOLD) -> dict[str, str]:
    """Map each near-duplicate key to the key of the first (insertion order) text it repeats."""
    index = NearDuplicateIndex(threshold=threshold)
    out: dict[str, str] = {}
    for key, text in texts.items():
        if not index.usable(text):
            continue
        sig = minhash(text)
        m = index.query(sig)
        if m is not None:
            out[key] = out.get(m.key, m.key)
        else:
            index.add(key, sig)
    return out
