"""The offline map/timeline dashboard.

``mount(app)`` adds ``/`` (the single page) and ``/static/...`` (the page's scripts, styles,
the vendored Leaflet and the region polygons) to a FastAPI application. The page only
talks to the API of the same origin (``/events``, ``/events/{id}``, ``/documents/{id}``,
``/meta``); it loads no tiles, fonts or scripts from anywhere else.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
GEO_DIR = STATIC_DIR / "geo"
REGION_NAMES = Path(__file__).resolve().parent.parent / "data" / "region_names.tsv"


def mount(app) -> None:
    """Serve the dashboard from ``app``: ``GET /`` and ``GET /static/...``."""
    from fastapi.responses import FileResponse, Response
    from fastapi.staticfiles import StaticFiles

    index = STATIC_DIR / "index.html"

    @app.get("/", include_in_schema=False)
    def dashboard_index() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/static/regions.json", include_in_schema=False)
    def dashboard_regions() -> Response:
        """The ``region_names.tsv`` join as JSON: ``{adm1_code: {iso, name, file}}``."""
        import json

        return Response(json.dumps(region_table()), media_type="application/json")

    @app.get("/static/labels.json", include_in_schema=False)
    def dashboard_labels() -> Response:
        """Place labels from the gazetteer (:mod:`sitrep.web.labels`)."""
        import json

        from sitrep.web.labels import place_labels

        return Response(json.dumps(place_labels(), ensure_ascii=False), media_type="application/json",
                        headers={"Cache-Control": "max-age=86400"})

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")


@lru_cache(maxsize=1)
def region_table() -> dict[str, dict[str, str]]:
    """``adm1_code`` of a vendored polygon -> ``{"iso": ISO 3166-2 or "", "name", "file"}``."""
    out: dict[str, dict[str, str]] = {}
    with REGION_NAMES.open(encoding="utf-8") as fh:
        rows = csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t")
        for r in rows:
            out[r["adm1_code"]] = {"iso": r["iso_3166_2"], "name": r["name"], "file": r["file"],
                                   "ne_name": r["ne_name"]}
    return out


def iso_names() -> dict[str, str]:
    """ISO 3166-2 code -> display name, for every region of the vendored polygons."""
    return {v["iso"]: v["name"] for v in region_table().values() if v["iso"]}
