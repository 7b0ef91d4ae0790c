"""dist.py ID1 ID2 ...pairs: GeoNames distance (km) and the bearing of ID1 as seen from ID2 (used for the texts'
"N km <direction> of X"; eval/invented/_lib/geo_lookup.py)."""
import sys
import build_common  # noqa: F401  (eval/invented on sys.path; this set's admin1 maps)
from _lib.geo_lookup import dist_pairs

if __name__ == '__main__':
    dist_pairs(sys.argv[1:])
