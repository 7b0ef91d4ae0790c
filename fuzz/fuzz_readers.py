"""atheris harness of the readers (text, HTML, JSON/JSONL, RSS/Atom, WARC, gzip), each document
also cleaned: see fuzz/targets.py for what is checked and docs/FUZZING.md to run it.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_readers.py fuzz/work/readers tests/fuzz_corpus/readers -max_total_time=3600
"""
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
with atheris.instrument_imports(include=["sitrep"]):
    import targets  # noqa: E402


def one_input(data: bytes) -> None:
    targets.readers_input(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
