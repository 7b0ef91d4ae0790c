#!/usr/bin/env bash
# Set up sitrep and run the main job on the embedded default: ingest the bundled demo corpus
# (examples/reports) into sitrep.db (SQLite) and print the events found.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
. .venv/bin/activate
DB="${SITREP_DB:-sitrep.db}"
sitrep ingest examples/reports --db "$DB"
sitrep events --db "$DB" --limit 200
echo
echo "Dashboard: run  .venv/bin/sitrep serve --db $DB  and open http://127.0.0.1:8000/"
echo "Daily brief: .venv/bin/sitrep brief --db $DB --date <YYYY-MM-DD> -o brief.md"
