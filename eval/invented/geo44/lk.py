"""Look up places: `lk.py CC name...` lists GeoNames cities500 entries (exact name or alternate name, accents
folded); `lk.py KT name...` lists KATOTTG objects (Ukrainian names) with their raion/oblast path
(eval/invented/_lib/geo_lookup.py, with this set's ISO 3166-2 maps from build_common)."""
import sys
import build_common  # noqa: F401  (eval/invented on sys.path; this set's admin1 maps)
from _lib.geo_lookup import lk

if __name__ == '__main__':
    lk(sys.argv[1:])
