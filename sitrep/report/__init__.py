"""The daily brief (``sitrep brief``): see :mod:`sitrep.report.brief`."""
from sitrep.report.brief import Brief, build_brief, load_from_store, to_html, to_markdown, write_brief
from sitrep.report.charts import render_chart, render_map

__all__ = ["Brief", "build_brief", "load_from_store", "render_chart", "render_map", "to_html",
           "to_markdown", "write_brief"]
