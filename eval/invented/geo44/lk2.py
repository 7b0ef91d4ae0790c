"""lk2.py CC name...: like lk.py, but compact, and flags GeoNames ids already used by earlier geo sets (used_geo37_42.json)
(eval/invented/_lib/geo_lookup.py)."""
import os
import sys
import build_common  # noqa: F401  (eval/invented on sys.path; this set's admin1 maps)
from _lib.geo_lookup import lk_marked

if __name__ == '__main__':
    lk_marked(sys.argv[1:], os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json'))
