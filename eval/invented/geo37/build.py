"""Assemble cases.jsonl from rows1..rows4 (coordinates pulled from GeoNames by id)."""
import json, rows1, rows2, rows3, rows4
DROP = {('typo','Krasnopilia'),('typo','Sellydove'),('typo','Marhanest'),
        ('russian_form','Kurakhovo'),('russian_form','Velikaya Novoselka'),
        ('renamed','Dnipropetrovsk'),('renamed','Krasnyi Lyman'),
        ('namesake','Balakliia'),('namesake','Vesele'),('two_places','Vesele'),
        ('city_district','Sobornyi district'),('raion_hromada','Chervonohryhorivka hromada'),
        ('ru_border','Golovchino'),('ru_border','Maslova Pristan'),('occupied','Volnovakha'),
        ('abroad','Ceatalchioi'),('word_noise','Lubny'),('word_noise','Myrhorod'),('word_noise','Berdychiv')}
rows = [r for r in rows1.R + rows2.R + rows3.R + rows4.R if (r['kind'], r['mention']) not in DROP]
# interleave kinds so the file is not blocked by phenomenon
import random
random.Random(37).shuffle(rows)
with open('cases.jsonl', 'w', encoding='utf-8') as f:
    for i, r in enumerate(rows, 1):
        out = {'id': f'g37-{i:03d}'}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print(len(rows))
