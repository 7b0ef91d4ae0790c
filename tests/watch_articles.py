"""Invented war reports served by the ``sitrep watch`` tests (not real events)."""
from __future__ import annotations

ARTICLES = {
    "kharkiv-drones": (
        "Russian drones hit Kharkiv overnight, two killed",
        "2025-05-14",
        "KHARKIV, 14 May 2025 - Russian drones struck a residential district of Kharkiv overnight, "
        "killing two people and injuring seven others, regional governor Oleh Syniehubov said on "
        "Wednesday. A five-storey building and several cars caught fire after the attack, he said. "
        "Rescuers worked through the night to put out the blaze.",
    ),
    "odesa-port": (
        "Missile strike damages Odesa port warehouse",
        "2025-05-15",
        "ODESA, 15 May 2025 - A Russian ballistic missile hit a grain warehouse in the port of Odesa on "
        "Thursday morning, injuring four workers, governor Oleh Kiper said. The warehouse was "
        "destroyed and a fire broke out nearby, the regional administration said.",
    ),
    "zaporizhzhia-shelling": (
        "Shelling kills one in Zaporizhzhia region village",
        "2025-05-16",
        "ZAPORIZHZHIA, 16 May 2025 - Russian artillery shelled the village of Stepnohirsk in the "
        "Zaporizhzhia region on Friday, killing a 64-year-old man, governor Ivan Fedorov said on "
        "Telegram. Two houses were damaged by the shelling.",
    ),
    "sumy-glide-bomb": (
        "Glide bomb strike on Sumy injures five",
        "2025-05-17",
        "SUMY, 17 May 2025 - Russian aircraft dropped a guided aerial bomb on the centre of Sumy on "
        "Saturday, injuring five civilians, the regional military administration said. An "
        "administrative building and a shop were damaged in the strike.",
    ),
}


def article_html(slug: str, outlet: str = "Frontline Wire") -> bytes:
    title, date, body = ARTICLES[slug]
    paras = "".join(f"<p>{s.strip().rstrip('.')}.</p>" for s in body.split(". ") if s.strip())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T07:30:00+00:00">
<meta property="og:site_name" content="{outlet}"></head>
<body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>{title}</h1>{paras}</article>
<footer>Copyright 2025 {outlet}. All rights reserved.</footer></body></html>""".encode("utf-8")


def rss(base: str, slugs: list[str], *, extra_query: str = "") -> bytes:
    items = []
    for slug in slugs:
        title, date, body = ARTICLES[slug]
        items.append(f"""<item><title>{title}</title>
<link>{base}/news/{slug}.html{extra_query}</link>
<guid>{base}/news/{slug}.html</guid>
<pubDate>{date[8:10]} May {date[:4]} 07:30:00 +0000</pubDate>
<description>{title}.</description></item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontline Wire</title><link>{base}/</link>
<description>Invented test feed</description>
{''.join(items)}
</channel></rss>""".encode("utf-8")
