"""nearest_km: the distance to the nearest anchor, measured only on the anchors in a latitude band,
compares with every threshold up to ``within`` exactly as the plain minimum over all anchors does
(it replaced a minimum over all anchors for every candidate namesake: millions of haversines on
long articles)."""
import math
import random

from hypothesis import given, settings, strategies as st

from sitrep.geo.lexicon import _haversine, nearest_km

coord = st.tuples(st.floats(44.0, 53.0), st.floats(22.0, 41.0))


def _plain(lat, lon, pts):
    return min(_haversine(lat, lon, a[0], a[1]) for a in pts)


@settings(max_examples=300, deadline=None)
@given(coord, st.lists(coord, min_size=1, max_size=40))
def test_same_verdicts_as_the_plain_minimum(p, pts):
    lat, lon = p
    got, want = nearest_km(lat, lon, pts), _plain(lat, lon, pts)
    if want <= 100:
        assert got == want
    else:
        assert got > 100
    for t in (25, 50, 100):
        assert (got < t) == (want < t) and (got <= t) == (want <= t)


def test_points_just_inside_and_outside_the_radius():
    rng = random.Random(7)
    lat, lon = 48.5, 37.9
    pts = []
    for _ in range(400):  # anchors spread around 100 km north, south, east and west
        d = rng.uniform(95, 105) / 111.19
        ang = rng.uniform(0, 2 * math.pi)
        pts.append((lat + d * math.sin(ang), lon + d * math.cos(ang) / math.cos(math.radians(lat))))
    for q in pts[:50]:
        got, want = nearest_km(q[0] + 0.9, q[1], pts), _plain(q[0] + 0.9, q[1], pts)
        assert (got <= 100) == (want <= 100) and (want > 100 or got == want)


def test_reused_list_and_changed_list():
    pts = [(48.0, 37.0), (50.0, 30.0)]
    assert nearest_km(48.0, 37.0, pts) == 0.0
    pts.append((50.45, 30.52))  # the same list, grown: not the stale sorted copy
    assert nearest_km(50.45, 30.52, pts) == 0.0
    assert nearest_km(40.0, 20.0, pts) == math.inf  # nothing within the band
