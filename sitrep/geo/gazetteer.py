"""The offline gazetteer: the loaded index, its location records, and the shared instance.

The behaviour lives in mixins, one module each: :mod:`~sitrep.geo.candidates` (candidates of a name
and their scores, typo candidates, city districts), :mod:`~sitrep.geo.context` (regions and places a
context names), :mod:`~sitrep.geo.resolve` (``geocode`` / ``explain`` of one mention; the reasons of
a choice and their confidence in :mod:`~sitrep.geo.reasons`), :mod:`~sitrep.geo.mentions`
(``find_mentions`` in free text; each mention resolved in :mod:`~sitrep.geo.mention_resolve`),
:mod:`~sitrep.geo.forms` (other spellings, a place written in the oblast next door); words and
patterns are in :mod:`~sitrep.geo.lexicon`.

Everything works on the compact index built by :mod:`sitrep.geo.build` (a marshal file in the cache
directory: :mod:`sitrep.geo.index_file`). Names are matched through :func:`sitrep.geo.translit.fold`
keys, so that spelling variants meet; renamed places come from ``sitrep/data/geo/aliases.tsv``.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Optional

from sitrep.lifelong import unmarshal
from sitrep.model import Location
from sitrep.geo.abroad import AbroadMixin
from sitrep.geo.candidates import CandidatesMixin
from sitrep.geo.context import ContextMixin
from sitrep.geo.counties import UsCountiesMixin
from sitrep.geo.forms import WrittenFormsMixin
from sitrep.geo.hints import ContextHintsMixin
from sitrep.geo.hromadas import HromadaMixin
from sitrep.geo.lexicon import FRONT_ADMIN1, RU_BORDER, THEATRE, WAR_ADMIN1, is_metonymy
from sitrep.geo.mentions import MentionsMixin, PlaceMention
from sitrep.geo.minor import MinorMixin
from sitrep.geo.neighbours import NeighboursMixin
from sitrep.geo.resolve import ResolveMixin
from sitrep.geo.world_text import WorldTextMixin

__all__ = ["FRONT_ADMIN1", "Gazetteer", "PlaceMention", "RU_BORDER", "THEATRE", "WAR_ADMIN1", "get_gazetteer",
           "is_metonymy"]


class Gazetteer(CandidatesMixin, ContextMixin, ContextHintsMixin, ResolveMixin, MentionsMixin, MinorMixin,
                NeighboursMixin, WrittenFormsMixin, WorldTextMixin, UsCountiesMixin, AbroadMixin, HromadaMixin):
    """The loaded index. Use :func:`sitrep.geo.get_gazetteer` for the shared instance."""

    def __init__(self, index: dict) -> None:
        self.version = index["version"]
        P = index["P"]
        self._name = P["name"]
        self._cc = P["cc"]
        self._a1 = P["a1"]
        self._a2 = P["a2"]
        self._lat = P["lat"]
        self._lon = P["lon"]
        self._pop = P["pop"]
        self._gid = P["gid"]
        self._src = P["src"]
        self._prec = P["prec"]
        self._front = P.get("front") or (0,) * len(self._name)
        self._names = index["names"]
        self._regions = index["regions"]
        self._region_keys = index["region_keys"]
        self._countries = index["countries"]
        self._country_keys = index["country_keys"]
        self._demonym_keys = index["demonym_keys"]
        self._areas = index["areas"]
        self._area_keys = index["area_keys"]
        self._area_heads = index.get("area_heads", {})
        self._aliases = index["aliases"]
        self._stop = index["stop"]
        self._capital_keys = index["capital_keys"]
        self._districts = index.get("districts", {})
        self._town_keys = index.get("town_keys", frozenset())  # war-zone towns, for typos in free text
        self._border_districts = index.get("border_districts", {})  # "glushkovski" -> (RU-KRS, centre, name)
        self._hromadas = index.get("hromadas", {})  # folded hromada name forms -> its places (KATOTTG)
        self._raions = index.get("raions", {})  # folded raion name / stem -> (name, iso, lat, lon, n)
        self._first_names = index.get("first_names", frozenset())
        # folded names that are also ordinary English words ("Mirror", "Stern", "Below", "Human")
        self._english = index.get("english", frozenset())
        self._world_region_keys = index.get("world_region_keys", {})
        self._subregion_keys = index.get("subregion_keys", {})  # "Wiltshire": only after "X, "
        self._abbrev_keys = index.get("abbrev_keys", {})  # "Ga.", "Tenn.": only after "X, 
        self._world_typed = index.get("world_typed", {})  # "Idlib governorate": sitrep.geo.world_text
        self._news_places = index.get("news_places", frozenset())
        self._us_counties = index.get("us_counties", {})  # "Dade County" -> its states: sitrep.geo.counties  # "Khan Younis", "Sderot": without their country
        self._anykeys_cache: Optional[set] = None
        self._loc_cache: dict[str, Location] = {}
        self._fuzzy_index: dict[str, dict] = {}
        self._ctx_cache: dict = {}
        self._keys_by_a1: Optional[dict[str, list]] = None  # sitrep.geo.typos.keys_by_region, for regions outside the blob
        self._grid = None
        self._fuzzy_blob = index.get("fuzzy")  # prebuilt misspelling indexes: sitrep.geo.typos, unpacked on use
        self._minor_blob = index.get("minor")  # small places abroad: sitrep.geo.minor, parts unpacked on use
        self.build_seconds = index.get("build_seconds")

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | os.PathLike | None = None, *, build_if_missing: bool = True) -> "Gazetteer":
        from sitrep.geo.index_file import cache_path  # (not the builder: importing it is 7 ms of every cold start)

        p = Path(path) if path else cache_path()
        if not p.exists():
            if not build_if_missing:
                raise FileNotFoundError(p)
            index = _build_cache(p)
            if index is not None:  # built in this process (cache directory not writable?)
                return cls(index)
        with open(p, "rb") as fh:
            index = unmarshal(fh.read())
        return cls(index)

    @property
    def _anykeys(self) -> set:
        """Every key find_mentions looks up (built on first use: geocode alone does not need it)."""
        if self._anykeys_cache is None:
            keys = set(self._names)  # one set grown in place: a chain of "|" copied the 168,000 names five times (30 ms)
            keys.update(self._region_keys, self._country_keys, self._demonym_keys, self._area_keys, self._aliases)
            self._anykeys_cache = keys
        return self._anykeys_cache

    def __len__(self) -> int:
        return len(self._name)

    # ------------------------------------------------------------------ records
    def _region_name(self, iso: Optional[str]) -> Optional[str]:
        r = self._regions.get(iso) if iso else None
        return r[0] if r else None

    def _place_location(self, i: int, precision: Optional[int] = None, name: Optional[str] = None) -> Location:
        prec = self._prec[i]
        if precision is not None:
            prec = max(prec, precision)
        return Location.model_construct(
            name=name or self._name[i], country_code=self._cc[i], admin1_code=self._a1[i],
            admin1=self._region_name(self._a1[i]), admin2=self._a2[i], lat=self._lat[i], lon=self._lon[i],
            geonameid=self._gid[i] or None, precision=prec, source=self._src[i],
        )

    def region_location(self, iso_code: str) -> Optional[Location]:
        iso = iso_code.upper()
        loc = self._loc_cache.get(iso)
        if loc is not None:
            return loc.model_copy()
        loc = self._region_location(iso)
        if loc is not None:
            self._loc_cache[iso] = loc
        return loc

    def _region_location(self, iso: str) -> Optional[Location]:
        r = self._regions.get(iso)
        if r is None:
            return None
        name, cc, lat, lon = r
        return Location.model_construct(name=name, country_code=cc, admin1_code=iso, admin1=name, lat=lat,
                                        lon=lon, admin2=None, geonameid=None, precision=3, source="iso3166")

    def country_location(self, code: str) -> Optional[Location]:
        cc = code.upper()
        loc = self._loc_cache.get(cc)
        if loc is not None:
            return loc.model_copy()
        loc = self._country_location(cc)
        if loc is not None:
            self._loc_cache[cc] = loc
        return loc

    def _country_location(self, cc: str) -> Optional[Location]:
        c = self._countries.get(cc)
        if c is None:
            return None
        name, lat, lon, gid, _cap = c
        return Location.model_construct(name=name, country_code=cc, admin1_code=None, admin1=None, admin2=None,
                                        lat=lat, lon=lon, geonameid=gid, precision=4, source="country")

    def _area_location(self, j: int) -> Location:
        name, cc, iso, lat, lon, prec = self._areas[j]
        return Location.model_construct(name=name, country_code=cc, admin1_code=iso,
                                        admin1=self._region_name(iso), admin2=None, lat=lat, lon=lon,
                                        geonameid=None, precision=prec, source="sitrep")


# ---------------------------------------------------------------------------- singleton
_LOCK = threading.Lock()
_GAZ: Optional[Gazetteer] = None


def _build_cache(path: Path) -> Optional[dict]:
    """Build the cache in a child process (keeps the parent's memory low).

    Falls back to building in this process; returns the index then (also when it cannot be
    written), else None.
    """
    env = dict(os.environ)
    env["SITREP_CACHE_DIR"] = str(path.parent)
    try:
        code = ("import sys, pathlib; from sitrep.geo.build import build_index, write_index; "
                "write_index(build_index(), pathlib.Path(sys.argv[1]))")
        r = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True,
                           timeout=600)
        if r.returncode == 0 and path.exists():
            return None
    except (OSError, subprocess.SubprocessError):
        pass
    from sitrep.geo.build import build_index, write_index

    index = build_index()
    try:
        write_index(index, path)
    except OSError:
        pass
    return index


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded lazily from the cache (built on first use if missing)."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                _GAZ = Gazetteer.load()
    return _GAZ
