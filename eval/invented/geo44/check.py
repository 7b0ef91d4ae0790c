#!/usr/bin/env python3
"""Validate cases.jsonl: unique ids, mention in text, coordinates in range, admin1 matches country, a box for each
country (and for each of the five Russian regions). Prints counts per kind. Exit status 1 on any error. (The
check is eval/invented/_lib/geo_rows.check; geo44 adds boxes for the countries new in geo40-geo42 and geo44 in memory, from boxes.py.)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.join(HERE, '..'))  # eval/invented, for _lib
from _lib import geo_rows  # noqa: E402
from _lib.geo_rows import RU_REGION_BOX, check_main  # noqa: E402
from boxes import NEW_BOX  # noqa: E402

for cc, box in NEW_BOX.items():
    geo_rows.BOX.setdefault(cc, box)
check_main(__file__, region_boxes=RU_REGION_BOX)
