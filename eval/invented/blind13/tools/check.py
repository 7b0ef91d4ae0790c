"""Review helper (standard library): word counts, must_not strings on lines with other text, weekdays, quotes."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.review import main  # noqa: E402

main()
