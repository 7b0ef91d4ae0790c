"""What a cold ``sitrep extract`` of plain text imports: not SQLAlchemy (no database), not lxml (no
HTML page): 0.13 s and 0.035 s of CPU of every cold run (docs/PERFORMANCE.md, extraction speed)."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r'''
import os, runpy, sys
sys.argv = ["sitrep", "extract", sys.argv[1], "--format", "jsonl", "--date", "2025-03-08", "-o", os.devnull]
try:
    runpy.run_module("sitrep", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "lxml", "spacy"})))
'''


def test_extract_of_plain_text_imports_no_database_nor_html_parser(tmp_path):
    report = sorted((ROOT / "examples" / "reports").glob("*.txt"))[0]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    res = subprocess.run([sys.executable, "-c", PROBE, str(report)], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    imported = res.stdout.split()
    assert "sqlalchemy" not in imported and "lxml" not in imported, imported


def test_lifelong_loads_pause_the_collector_and_freeze_what_they_built():
    import gc
    import marshal

    from sitrep.lifelong import lifelong, unmarshal

    table = {"k%d" % i: (i, [i]) for i in range(1000)}
    was = gc.isenabled()
    try:
        gc.enable()
        before = gc.get_freeze_count()
        thresholds = gc.get_threshold()
        with lifelong():
            assert not gc.isenabled()
            gc.enable()  # (a library turning the collector back on: srsly's msgpack readers do)
            assert gc.get_threshold()[0] == 0  # still no automatic collection
        assert gc.isenabled() and gc.get_threshold() == thresholds
        assert unmarshal(marshal.dumps(table)) == table
        assert gc.isenabled() and gc.get_freeze_count() >= before + 1000
        gc.disable()
        with lifelong():
            pass
        assert not gc.isenabled()  # left as it was
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_fewer_collections_raises_the_first_threshold_only():
    """A command-line process collects after 50,000 net new containers, not 700 (sitrep.lifelong); a higher
    threshold and a collector turned off by threshold 0 are left as they are."""
    import gc

    from sitrep.lifelong import FIRST_THRESHOLD, fewer_collections

    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        fewer_collections()
        assert gc.get_threshold() == (FIRST_THRESHOLD, 10, 10)
        gc.set_threshold(FIRST_THRESHOLD * 2, 5, 5)
        fewer_collections()
        assert gc.get_threshold() == (FIRST_THRESHOLD * 2, 5, 5)
        gc.set_threshold(0, 10, 10)
        fewer_collections()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*saved)
