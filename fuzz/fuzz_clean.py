"""atheris harness of the cleaner (HTML or text): see fuzz/targets.py for what is checked and
docs/FUZZING.md to run it.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_clean.py fuzz/work/clean tests/fuzz_corpus/clean -max_total_time=3600
"""
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
with atheris.instrument_imports(include=["sitrep"]):
    import targets  # noqa: E402


def one_input(data: bytes) -> None:
    targets.clean_input(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
