"""info.py GEONAMEID...: for each GeoNames id its ISO admin1, the KATOTTG settlements of the same Ukrainian name in
that oblast (with raion and hromada), and the nearest towns of 10,000+ with distance and bearing
(eval/invented/_lib/geo_lookup.py, with this set's ISO 3166-2 maps from build_common)."""
import sys
import build_common  # noqa: F401  (eval/invented on sys.path; this set's admin1 maps)
from _lib.geo_lookup import info

info(sys.argv[1:])
