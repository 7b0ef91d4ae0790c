"""Suite-wide settings.

With SITREP_REQUIRE_SERVICES=1 (set by .ci/run), a test skipped because PostgreSQL, chromium
or playwright is missing counts as a failure: CI must not go green by skipping them.
"""
import os

import pytest
from hypothesis import settings

# CI replays a fixed set of generated examples (reproducible landings); local runs explore.
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
if os.environ.get("SITREP_REQUIRE_SERVICES") == "1":
    settings.load_profile("ci")



def pytest_configure(config):
    """The full run (``-m ''``: scripts/test.sh, CI) gives the hypothesis properties their slow
    budget (tests/fuzz_budget.py)."""
    import fuzz_budget

    fuzz_budget.configure(full_run=(config.option.markexpr or "").strip() == "")


_SERVICE_WORDS = ("postgres", "chromium", "playwright", "SITREP_TEST_POSTGRES_URL")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("SITREP_REQUIRE_SERVICES") != "1" or not report.skipped:
        return
    reason = str(report.longrepr)
    if any(w.lower() in reason.lower() for w in _SERVICE_WORDS):
        report.outcome = "failed"
        report.longrepr = f"required service missing (SITREP_REQUIRE_SERVICES=1): {reason}"


@pytest.fixture(autouse=True)
def _process_settings_restored():
    """The application's settings configure process-wide switches (spaCy on/off, parse on/off) every
    time the driver runs; each test starts (and ends) with the environment deciding them again, so a
    driver run (in a test or a session fixture) does not carry over into the tests after it."""
    from sitrep.nlp import spacy_pipeline

    spacy_pipeline.configure(spacy=None, parse=None)
    yield
    spacy_pipeline.configure(spacy=None, parse=None)
