"""near.py GEONAMEID KM: GeoNames cities500 points within KM of a GeoNames point (to find city districts and
neighbourhoods); prints name, id, ISO admin1, distance, population (eval/invented/_lib/geo_lookup.py)."""
import sys
import build_common  # noqa: F401  (eval/invented on sys.path; this set's admin1 maps)
from _lib.geo_lookup import near_points

if __name__ == '__main__':
    near_points(sys.argv[1:])
