"""Exports of stored events: ACLED-style CSV, GeoJSON, JSONL and Parquet.

Pure functions from event records (``StoredEvent`` from the store, or plain
``model.Event``) to files / file-like objects.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from typing import IO, Any, Iterable, Iterator

from sitrep import model

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
EXTRA_COLUMNS = [
    "sitrep_event_type", "date_end", "date_precision", "is_aggregate", "admin1_code",
    "actor1_side", "actor2_side", "fatalities_low", "fatalities_best", "fatalities_high",
    "fatalities_qualifier", "injured", "injured_low", "injured_high", "missing", "target",
    "weapons", "claims_count", "claimants", "parent_id", "doc_id", "cluster_size", "source_urls",
    "geonameid", "review_status",
]
FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")

FALLBACK_ATTRIBUTION = (
    "Place names and coordinates: GeoNames (https://www.geonames.org), CC BY 4.0; "
    "Ukrainian administrative units: KATOTTG (Codifier of administrative-territorial units "
    "of Ukraine); region codes: ISO 3166-2."
)
_ISO_NUMERIC = {"UA": 804, "RU": 643, "BY": 112, "PL": 616, "MD": 498, "RO": 642, "US": 840,
                "GB": 826, "DE": 276, "FR": 250, "GE": 268, "KZ": 398, "LT": 440, "LV": 428, "EE": 233,
                "FI": 246, "SK": 703, "HU": 348, "TR": 792, "IR": 364, "KP": 408}
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}


def attribution() -> str:
    try:
        from sitrep import geo  # noqa: PLC0415 - optional, written by another stage
        text = getattr(geo, "ATTRIBUTION", None)
        if isinstance(text, str) and text.strip():
            return text
    except Exception:  # pragma: no cover - geo stage not importable
        pass
    return FALLBACK_ATTRIBUTION


def _parts(item: Any) -> tuple[model.Event, list[dict], int, datetime | None]:
    """(event, sources, cluster_size, updated_at) from a StoredEvent or a plain Event."""
    if isinstance(item, model.Event):
        return item, [], 1, None
    return item.event, list(item.sources or []), int(item.cluster_size or 1), item.updated_at


def _country_name(cc: str | None) -> str:
    if not cc:
        return ""
    try:
        import pycountry
        c = pycountry.countries.get(alpha_2=cc.upper())
        if c is not None:
            return {"RU": "Russia", "MD": "Moldova", "IR": "Iran", "KP": "North Korea"}.get(cc.upper(), c.name)
    except Exception:  # pragma: no cover
        pass
    return cc


def _inter(actor: str | None) -> str:
    if not actor:
        return ""
    a = actor.lower()
    if a.startswith("civilians"):
        return "Civilians"
    if a.startswith(("military forces", "police forces", "government of")):
        return "State forces"
    if a.startswith("protesters"):
        return "Protesters"
    if a.startswith("rioters"):
        return "Rioters"
    if "militia" in a:
        return "Political militia"
    return "External/Other forces" if a else ""


def _time_precision(p: str) -> int:
    return {"day": 1, "week": 2}.get(p, 3)


def _geo_precision(p: int | None) -> int | str:
    if p is None:
        return ""
    return min(max(int(p), 1), 3)


def _fmt(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def _weapons_text(ev: model.Event) -> str:
    out = []
    for w in ev.weapons:
        s = w.category + (f":{w.model}" if w.model else "")
        if w.launched is not None and w.launched.best is not None:
            s += f" launched={w.launched.best}"
        if w.intercepted is not None and w.intercepted.best is not None:
            s += f" intercepted={w.intercepted.best}"
        out.append(s)
    return "; ".join(out)


def acled_row(item: Any) -> dict[str, Any]:
    """One event as an ACLED-style row (ACLED columns, then sitrep's extra columns)."""
    ev, sources, size, updated = _parts(item)
    loc = ev.location or model.Location()
    outlets: list[str] = []
    urls: list[str] = []
    for s in sources:
        if s.get("outlet") and s["outlet"] not in outlets:
            outlets.append(s["outlet"])
        if s.get("url") and s["url"] not in urls:
            urls.append(s["url"])
    i1, i2 = _inter(ev.actor1), _inter(ev.actor2)
    notes = " | ".join(c.quote.replace("\n", " ") for c in ev.claims[:3])
    tags = []
    if ev.fatalities is not None and ev.fatalities.qualifier != "exact":
        tags.append(f"fatalities {ev.fatalities.qualifier.replace('_', ' ')}")
    if ev.fatalities is None:
        tags.append("casualties unknown")
    if ev.is_aggregate:
        tags.append("aggregate")
    f = ev.fatalities
    row = {
        "event_id_cnty": ev.event_id,
        "event_date": ev.date or "",
        "year": ev.date[:4] if ev.date else "",
        "time_precision": _time_precision(ev.date_precision),
        "disorder_type": _DISORDER.get(ev.acled_event_type, ""),
        "event_type": ev.acled_event_type,
        "sub_event_type": ev.acled_sub_event_type,
        "actor1": ev.actor1 or "", "assoc_actor_1": "", "inter1": i1,
        "actor2": ev.actor2 or "", "assoc_actor_2": "", "inter2": i2,
        "interaction": f"{i1}-{i2}" if i1 and i2 else (i1 or i2),
        "civilian_targeting": "Civilian targeting" if ev.civilian_targeting else "",
        "iso": _ISO_NUMERIC.get((loc.country_code or "").upper(), ""),
        "region": "Europe" if (loc.country_code or "").upper() in ("UA", "RU", "BY", "PL", "MD", "RO") else "",
        "country": _country_name(loc.country_code),
        "admin1": loc.admin1 or "", "admin2": loc.admin2 or "", "admin3": "",
        "location": loc.name or "",
        "latitude": _fmt(loc.lat), "longitude": _fmt(loc.lon),
        "geo_precision": _geo_precision(loc.precision if ev.location else None),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": notes,
        "fatalities": (f.best if f is not None and f.best is not None else (f.low or 0) if f is not None else 0),
        "tags": "; ".join(tags),
        "timestamp": int(updated.timestamp()) if updated is not None else "",
        "sitrep_event_type": ev.event_type,
        "date_end": ev.date_end or "",
        "date_precision": ev.date_precision,
        "is_aggregate": _fmt(ev.is_aggregate),
        "admin1_code": loc.admin1_code or "",
        "actor1_side": ev.actor1_side or "", "actor2_side": ev.actor2_side or "",
        "fatalities_low": _fmt(f.low if f else None), "fatalities_best": _fmt(f.best if f else None),
        "fatalities_high": _fmt(f.high if f else None), "fatalities_qualifier": f.qualifier if f else "",
        "injured": _fmt(ev.injured.best if ev.injured else None),
        "injured_low": _fmt(ev.injured.low if ev.injured else None),
        "injured_high": _fmt(ev.injured.high if ev.injured else None),
        "missing": _fmt(ev.missing.best if ev.missing else None),
        "target": ev.target or "",
        "weapons": _weapons_text(ev),
        "claims_count": len(ev.claims),
        "claimants": "; ".join(sorted({c.claimant for c in ev.claims if c.claimant})),
        "parent_id": ev.parent_id or "",
        "doc_id": ev.doc_id,
        "cluster_size": size,
        "source_urls": " ".join(urls),
        "geonameid": _fmt(loc.geonameid),
        "review_status": getattr(item, "review_status", None) or "unreviewed",
    }
    return row


def write_acled_csv(items: Iterable[Any], fh: IO[str]) -> int:
    w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, extrasaction="ignore",
                       lineterminator="\n")
    w.writeheader()
    n = 0
    for it in items:
        w.writerow(acled_row(it))
        n += 1
    return n


def event_record(item: Any, include_claims: bool = True) -> dict[str, Any]:
    """The contract record (EVENTS.md) plus sources / cluster size when known."""
    if isinstance(item, model.Event):
        d = item.model_dump(mode="json")
        if not include_claims:
            d.pop("claims", None)
        return d
    return item.to_dict(include_claims=include_claims)


def write_jsonl(items: Iterable[Any], fh: IO[str]) -> int:
    n = 0
    for it in items:
        fh.write(json.dumps(event_record(it), ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(item: Any) -> dict[str, Any]:
    d = event_record(item)
    loc = d.get("location") or {}
    geom = None
    if loc.get("lat") is not None and loc.get("lon") is not None:
        geom = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    return {"type": "Feature", "id": d["event_id"], "geometry": geom, "properties": d}


def iter_geojson(items: Iterable[Any], metadata: dict | None = None) -> Iterator[str]:
    """A FeatureCollection, streamed as text chunks."""
    meta = {"attribution": attribution(), "generator": "sitrep",
            "generated_at": datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"}
    meta.update(metadata or {})
    yield '{"type":"FeatureCollection","metadata":' + json.dumps(meta, ensure_ascii=False) + ',"features":['
    first = True
    for it in items:
        yield ("" if first else ",") + json.dumps(geojson_feature(it), ensure_ascii=False)
        first = False
    yield "]}"


def to_geojson(items: Iterable[Any], metadata: dict | None = None) -> dict[str, Any]:
    return json.loads("".join(iter_geojson(items, metadata)))


def write_geojson(items: Iterable[Any], fh: IO[str], metadata: dict | None = None) -> int:
    items = list(items)
    for chunk in iter_geojson(items, metadata):
        fh.write(chunk)
    return len(items)


PARQUET_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS


def parquet_table(items: Iterable[Any]):
    import pyarrow as pa

    items = list(items)
    rows = [acled_row(it) for it in items]
    ints = {"year", "time_precision", "geo_precision", "fatalities", "timestamp", "fatalities_low",
            "fatalities_best", "fatalities_high", "injured", "injured_low", "injured_high", "missing",
            "claims_count", "cluster_size", "iso", "geonameid"}
    floats = {"latitude", "longitude"}
    cols: dict[str, Any] = {}
    for c in PARQUET_COLUMNS:
        vals = [r.get(c) for r in rows]
        if c in ints:
            cols[c] = pa.array([None if v in ("", None) else int(v) for v in vals], type=pa.int64())
        elif c in floats:
            cols[c] = pa.array([None if v in ("", None) else float(v) for v in vals], type=pa.float64())
        elif c == "is_aggregate":
            cols[c] = pa.array([v == "true" for v in vals], type=pa.bool_())
        else:
            cols[c] = pa.array(["" if v is None else str(v) for v in vals], type=pa.string())
    cols["record_json"] = pa.array([json.dumps(event_record(it), ensure_ascii=False) for it in items],
                                   type=pa.string())
    table = pa.table(cols)
    meta = {b"attribution": attribution().encode(), b"generator": b"sitrep"}
    return table.replace_schema_metadata(meta)


def write_parquet(items: Iterable[Any], dest: Any) -> int:
    import pyarrow.parquet as pq

    table = parquet_table(items)
    pq.write_table(table, dest)
    return table.num_rows


def export(items: Iterable[Any], fmt: str, dest: Any) -> int:
    """Write ``items`` in ``fmt`` to ``dest`` (text file object, or binary / path for parquet)."""
    if fmt == "acled-csv":
        return write_acled_csv(items, dest)
    if fmt == "jsonl":
        return write_jsonl(items, dest)
    if fmt == "geojson":
        return write_geojson(items, dest)
    if fmt == "parquet":
        return write_parquet(items, dest)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


CHUNK_EVENTS = 200  # events per streamed chunk


def _batches(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_export(items: Iterable[Any], fmt: str, *, chunk: int = CHUNK_EVENTS) -> Iterator[bytes]:
    """``export_bytes(items, fmt)`` as a stream of byte chunks (``chunk`` events each, read
    from ``items`` as they come): the same bytes, with memory bounded by one chunk (Parquet:
    one row group of ``chunk`` events, spooled to a temporary file, which is then streamed)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        yield from _iter_parquet(items, chunk)
        return
    if fmt == "geojson":
        parts = iter_geojson(items)
        for batch in _batches(parts, chunk):
            yield "".join(batch).encode("utf-8")
        return
    buf = io.StringIO()
    w = None
    if fmt == "acled-csv":
        w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
    for batch in _batches(items, chunk):
        for it in batch:
            if w is not None:
                w.writerow(acled_row(it))
            else:
                buf.write(json.dumps(event_record(it), ensure_ascii=False) + "\n")
        yield buf.getvalue().encode("utf-8")
        buf.seek(0)
        buf.truncate()
    if buf.tell():  # only the CSV header: no events
        yield buf.getvalue().encode("utf-8")


def _iter_parquet(items: Iterable[Any], chunk: int) -> Iterator[bytes]:
    import tempfile

    import pyarrow.parquet as pq

    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as fh:
        writer = None
        for batch in _batches(items, chunk):
            table = parquet_table(batch)
            if writer is None:
                writer = pq.ParquetWriter(fh, table.schema)
            writer.write_table(table)
        if writer is None:  # no events: an empty table with the columns
            pq.write_table(parquet_table([]), fh)
        else:
            writer.close()
        fh.seek(0)
        while True:
            data = fh.read(256 * 1024)
            if not data:
                break
            yield data


def export_bytes(items: Iterable[Any], fmt: str) -> bytes:
    if fmt == "parquet":
        buf = io.BytesIO()
        write_parquet(items, buf)
        return buf.getvalue()
    s = io.StringIO()
    export(items, fmt, s)
    return s.getvalue().encode("utf-8")
