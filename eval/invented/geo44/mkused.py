"""mkused.py: list the GeoNames ids (and the names of rows without one) used by geo37, geo38, geo39, geo40, geo41 and geo42, from the
notes of their cases.jsonl, into used_geo37_42.json (read by lk2.py). Only ids, names and kinds are kept."""
import json, os, re
BASE = '/work/main/eval/invented'
used = {}
for s in ('geo37', 'geo38', 'geo39', 'geo40', 'geo41', 'geo42'):
    for line in open(os.path.join(BASE, s, 'cases.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        m = re.search(r'GeoNames (\d+)', r['note'])
        key = m.group(1) if m else r['mention']
        used.setdefault(key, [s, r['mention'], r['kind']])
json.dump(used, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'used_geo37_42.json'), 'w'), ensure_ascii=False)
print(len(used))
