"""How many examples each hypothesis property gets.

A property is declared with two budgets, ``@fuzz(fast, slow)``: ``fast`` in the default run
(``pytest``: a few seconds for the whole set), ``slow`` in the full run (``pytest -m ''``, which
is what ``scripts/test.sh`` and CI run). ``$SITREP_FUZZ_SCALE`` multiplies the budget of the run
(``SITREP_FUZZ_SCALE=20 pytest -m '' tests/test_fuzz_*.py`` to explore for longer; the atheris
harnesses of ``fuzz/`` run for hours). ``tests/conftest.py`` tells this module which run it is
(:func:`configure`), before any test module is imported. :data:`PLANNED` sums the examples
the properties declared in this run, :data:`SLOW` in the full run (>= 10,000 asserted by
test_fuzz_inputs.py)."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FULL_RUN = False
PLANNED: dict[str, int] = {}  # property -> examples in this run
SLOW: dict[str, int] = {}  # property -> examples in the full run


def configure(full_run: bool) -> None:
    global FULL_RUN
    FULL_RUN = full_run


def examples(fast: int, slow: int) -> int:
    n = slow if FULL_RUN else fast
    scale = float(os.environ.get("SITREP_FUZZ_SCALE") or 1)
    return max(1, int(n * scale))


def fuzz(fast: int, slow: int, name: str | None = None, **kwargs):
    """Hypothesis settings with this run's number of examples (no deadline: CI machines vary)."""
    n = examples(fast, slow)

    def decorate(fn):
        key = name or f"{fn.__module__}.{fn.__name__}"
        PLANNED[key], SLOW[key] = n, slow
        return settings(max_examples=n, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                               HealthCheck.filter_too_much], **kwargs)(fn)
    return decorate
