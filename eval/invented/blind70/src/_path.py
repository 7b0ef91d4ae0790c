"""This folder and eval/invented (the shared _lib/) on sys.path, as eval/invented/_lib documents for the sets' scripts."""
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [p for p in (SRC, os.path.dirname(os.path.dirname(SRC))) if p not in sys.path]
