"""End to end over examples/reports with the real pipeline: idempotency only (extraction quality
is tested elsewhere)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parents[1] / "examples" / "reports"

pytestmark = pytest.mark.slow


def _have_pipeline() -> bool:
    try:
        from sitrep.extract.pipeline import get_pipeline  # noqa: F401
        from sitrep.ingest import read_inputs  # noqa: F401
    except Exception:
        return False
    return True


@pytest.mark.skipif(not REPORTS.is_dir() or not any(REPORTS.iterdir()), reason="examples/reports is empty")
@pytest.mark.skipif(not _have_pipeline(), reason="extraction pipeline not available")
def test_ingest_examples_twice(tmp_path):
    db = str(tmp_path / "e2e.db")
    cmd = [sys.executable, "-m", "sitrep", "ingest", str(REPORTS), "--db", db]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert first.returncode in (0, 2), first.stderr
    assert "documents:" in first.stdout
    for _ in range(2):
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        assert " 0 added" in again.stdout and "events: 0 added" in again.stdout, again.stdout
    from sitrep.store import open_store

    st = open_store(db)
    try:
        assert st.integrity_problems() == []
        assert st.meta()["documents"] > 0
    finally:
        st.close()
