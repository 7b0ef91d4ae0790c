"""The application layer: one settings object (arguments over SITREP_* over defaults) and the one
pipeline driver (read -> skip known -> extract with a time limit -> store)."""
import ast
import threading
import time
from pathlib import Path

import pytest

from sitrep import model
from sitrep.app import Settings, SettingsError, driver
from sitrep.app.timeout import DocTimeout, call_with_timeout
from sitrep.store import open_store
from store_fixtures import fake_process, generated_raws, random_text

ROOT = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------------------- settings

def test_settings_arguments_over_environment_over_defaults():
    env = {"SITREP_DATABASE_URL": "env.db", "SITREP_WORKERS": "3", "SITREP_DOC_TIMEOUT": "12.5",
           "SITREP_SPACY": "1", "SITREP_PARSE": "0", "SITREP_INGEST_TOKEN": "t0k3n",
           "SITREP_CACHE_DIR": "/tmp/sitrep-cache-x"}
    s = Settings.from_env(env)
    assert (s.database_url, s.workers, s.doc_timeout, s.spacy, s.parse) == ("env.db", 3, 12.5, True, False)
    assert s.cache_dir == Path("/tmp/sitrep-cache-x") and s.ingest_token == "t0k3n"
    assert "t0k3n" not in repr(s)  # the token stays out of logs
    s = Settings.from_env(env, database_url="arg.db", workers=None, doc_timeout=0)
    assert (s.database_url, s.workers, s.timeout) == ("arg.db", 3, None)  # None: not given
    d = Settings.from_env({})
    assert (d.database_url, d.workers, d.scheduler, d.timeout, d.spacy, d.parse) == (None, 1, None, 300.0, False, True)


@pytest.mark.parametrize("env,given,names", [
    ({"SITREP_WORKERS": "many"}, {}, "workers (or $SITREP_WORKERS)"),
    ({}, {"workers": 0}, "workers"),
    ({}, {"ref_date": "12/04/2026"}, "ref_date"),
    ({"SITREP_DOC_TIMEOUT": "-1"}, {}, "doc_timeout"),
])
def test_bad_settings_are_one_line_naming_the_setting(env, given, names):
    with pytest.raises(SettingsError) as exc:
        Settings.from_env(env, **given)
    msg = str(exc.value)
    assert names in msg and "\n" not in msg


def test_settings_are_passed_down_not_read_behind_caches(tmp_path, monkeypatch):
    from sitrep import cachedir
    from sitrep.nlp import spacy_pipeline

    monkeypatch.setenv("SITREP_CACHE_DIR", "/nonexistent-env-dir")
    monkeypatch.setenv("SITREP_PARSE", "1")
    try:
        Settings(cache_dir=tmp_path, parse=False).configure_process()
        assert cachedir.cache_dir() == tmp_path and spacy_pipeline.parsing_enabled() is False
    finally:
        Settings.from_env().configure_process()  # back to what the environment says
    assert cachedir.cache_dir() == Path("/nonexistent-env-dir") and spacy_pipeline.parsing_enabled() is True


# ----------------------------------------------------------------------------- layering

def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n.startswith("sitrep")}


def test_store_only_stores_and_app_sits_below_the_shells():
    for f in (ROOT / "sitrep" / "store").rglob("*.py"):
        bad = {n for n in _imports(f) if n.startswith(("sitrep.extract", "sitrep.app", "sitrep.api", "sitrep.cli"))}
        assert not bad, (f, bad)
    for f in (ROOT / "sitrep" / "app").glob("*.py"):
        bad = {n for n in _imports(f) if n.startswith(("sitrep.api", "sitrep.cli", "sitrep.web", "sitrep.watch",
                                                       "sitrep.alerts", "sitrep.report"))}
        assert not bad, (f, bad)
    # nothing drives the pipeline but the driver: no shell imports the pipeline's process itself
    for shell in ("api/app.py", "cli/db.py"):
        assert "sitrep.extract.pipeline" not in _imports(ROOT / "sitrep" / shell), shell


# ----------------------------------------------------------------------------- driver

def test_ingest_paths_and_documents_together_idempotent(tmp_path):
    (tmp_path / "a-1.txt").write_text(random_text("file1", 70), encoding="utf-8")
    (tmp_path / "bad-2.txt").write_text("BAD " + random_text("bad", 70), encoding="utf-8")
    docs = list(generated_raws(3, prefix="mem"))
    items = [str(tmp_path / "a-1.txt"), *docs, str(tmp_path / "missing.txt"), str(tmp_path / "bad-2.txt")]
    settings = Settings(database_url=str(tmp_path / "d.db"))
    seen, errors = [], []
    s = driver.ingest(settings, items, process=fake_process,
                      on_progress=lambda d, st: seen.append((d, st)), on_error=lambda d, m: errors.append((d, m)))
    assert (s.added, s.failed, s.skipped) == (4, 2, 0), s
    assert [d for d, _ in seen] == ["a-1", "mem-0", "mem-1", "mem-2", "missing", "bad-2"]
    assert [d for d, _ in errors] == ["missing", "bad-2"] and "not a report" in errors[1][1]
    again = driver.ingest(settings, items, process=fake_process)
    assert (again.added, again.skipped, again.failed, again.events_added) == (0, 4, 2, 0)
    with open_store(settings.database_url) as st:
        assert st.meta()["documents"] == 4


def _slow_on_marker(raw: model.RawDocument):
    if "STALL" in raw.text:
        while True:  # a runaway extraction (pure Python: interrupted between bytecodes)
            sum(range(1000))
    return fake_process(raw)


def test_doc_timeout_fails_one_document_keeps_the_batch(tmp_path):
    docs = list(generated_raws(4, prefix="t"))
    docs[1] = docs[1].model_copy(update={"text": "STALL " + docs[1].text})
    settings = Settings(database_url=str(tmp_path / "t.db"), doc_timeout=0.3)
    errors = []
    t0 = time.monotonic()
    s = driver.ingest(settings, docs, process=_slow_on_marker, on_error=lambda d, m: errors.append((d, m)))
    assert time.monotonic() - t0 < 10
    assert (s.added, s.failed) == (3, 1)
    (doc_id, msg), = errors
    assert doc_id == "t-1" and "time limit" in msg and "--doc-timeout" in msg and "\n" not in msg


def test_doc_timeout_in_a_worker_thread():
    """The API and Dask run extraction in threads: the watchdog path."""
    out = {}

    def work():
        try:
            call_with_timeout(lambda: _slow_on_marker(model.RawDocument(doc_id="x", text="STALL")), 0.2)
        except DocTimeout:
            out["timeout"] = True
        out["after"] = call_with_timeout(lambda: 41 + 1, 5)  # a later call is not hit by a stale timer
        time.sleep(0.3)
        out["still"] = True

    th = threading.Thread(target=work)
    th.start()
    th.join(10)
    assert out == {"timeout": True, "after": 42, "still": True}


def test_extract_keeps_input_order_with_reader_errors(tmp_path):
    (tmp_path / "one.txt").write_text(random_text("o", 50), encoding="utf-8")
    res = list(driver.extract(Settings(), [model.RawDocument(doc_id="m", text=random_text("m", 50)),
                                           str(tmp_path / "nope.txt"), str(tmp_path / "one.txt")],
                              process=fake_process))
    assert [getattr(r, "doc_id", None) or r.document.doc_id for r in res] == ["m", "nope", "one"]
    assert isinstance(res[1], model.IngestError)
