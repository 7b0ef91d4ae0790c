"""Review helper (standard library): word counts, must_not strings on lines with other text or inside content,
weekday mentions and quoted strings. Usage: python3 tools/check.py [-v]   (run in /tmp/blind15)"""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.review import main  # noqa: E402

main(encoding="utf-8", count_repeats=True, extra_words="|previous")
