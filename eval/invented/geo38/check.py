#!/usr/bin/env python3
"""Validate cases.jsonl: unique ids, mention in text, coordinates in range, admin1 matches country.
Prints counts per kind. Exit status 1 on any error."""
import json, sys, collections, os
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl')
try:
    import pycountry
except ImportError:
    pycountry = None
REQ = ['id', 'kind', 'text', 'mention', 'lat', 'lon', 'admin1', 'country', 'precision', 'note']
# rough bounding boxes (lat_min, lat_max, lon_min, lon_max) to catch swapped or wrong coordinates
BOX = {'UA': (44.3, 52.4, 22.1, 40.3), 'RU': (41, 82, 19, 180), 'MD': (45.4, 48.5, 26.6, 30.2),
       'RO': (43.6, 48.3, 20.2, 29.8), 'PL': (49.0, 54.9, 14.1, 24.2), 'BY': (51.2, 56.2, 23.1, 32.8),
       'LV': (55.6, 58.1, 20.9, 28.3), 'LT': (53.9, 56.5, 20.9, 26.9), 'EE': (57.5, 59.7, 21.7, 28.3),
       'GE': (41.0, 43.6, 40.0, 46.8)}
# per-region boxes for the Russian border regions (a wrong oblast code is caught as well)
RUBOX = {'RU-KRS': (50.8, 52.5, 34.0, 38.6), 'RU-BEL': (49.7, 51.5, 35.2, 39.3), 'RU-BRY': (52.1, 54.0, 31.1, 35.4),
         'RU-VOR': (49.5, 52.2, 38.0, 42.9), 'RU-ROS': (45.9, 50.3, 38.2, 44.4)}
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
        if adm in RUBOX and isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            a, b, c, d = RUBOX[adm]
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
    sys.exit(1)
print('OK')
