"""halves.py: the rows of each half (HALF = int(sha256('sitrep-half|<row id>'), 16) % 2 + 1), by kind, precision
and country; standard library only."""
import collections, hashlib, json, os
rows = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.jsonl'), encoding='utf-8')]
def half(i):
    return int(hashlib.sha256(f'sitrep-half|{i}'.encode()).hexdigest(), 16) % 2 + 1
for h in (1, 2):
    rs = [r for r in rows if half(r['id']) == h]
    k = collections.Counter(r['kind'] for r in rs)
    p = collections.Counter(r['precision'] for r in rs)
    c = collections.Counter(r['country'] for r in rs)
    print(f'HALF={h}: {len(rs)} rows')
    print('  ' + ', '.join(f'{a} {b}' for a, b in sorted(k.items())))
    print('  precision 1/2/3: ' + '/'.join(str(p[i]) for i in (1, 2, 3)))
    print('  ' + ', '.join(f'{a} {b}' for a, b in c.most_common()))
