"""Canonical URLs: the same article reached through a feed, a listing page, a share link or a
newsletter is one item (scheme and host lower-cased, default port, fragment and tracking
parameters dropped, the remaining query sorted)."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# query parameters that say who sent the reader, never which page
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "referrer", "cmpid", "ocid",
    "icid", "ito", "sr_share", "smid", "spm", "s_cid", "xtor", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
    "at_custom4", "wt_mc", "wt.mc_id", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
    "utm",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_", "hsa_", "oly_")


def is_tracking(param: str) -> bool:
    p = param.lower()
    return p in TRACKING_PARAMS or p.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """``HTTPS://Example.org:443/a/b/?utm_source=x&id=2&b=1#top`` -> ``https://example.org/a/b/?b=1&id=2``.

    Paths keep their case and trailing slash (servers differ on both); only http(s) URLs are
    changed, anything else is returned stripped."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/:@!$&'()*+,;=-._~%")
    path = re.sub(r"/{2,}", "/", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def host_of(url: str) -> str:
    """``scheme://host[:port]`` of an URL (the unit of politeness: robots.txt, rate, concurrency)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
