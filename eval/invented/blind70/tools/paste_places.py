"""Paste tools/places.txt (output of mkplaces.py) into the PLACES table of src/common.py. Standard library only."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import paste  # noqa: E402

paste(os.path.dirname(os.path.abspath(__file__)))
