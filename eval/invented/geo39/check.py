#!/usr/bin/env python3
"""Validate cases.jsonl: unique ids, mention in text, coordinates in range, admin1 matches country, and a box
for each of the five Russian regions. Prints counts per kind. Exit status 1 on any error. (The check is
eval/invented/_lib/geo_rows.check; geo39 adds a box for Bulgaria, its one new country, in memory.)"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented, for _lib
from _lib import geo_rows  # noqa: E402
from _lib.geo_rows import RU_REGION_BOX, check_main  # noqa: E402

geo_rows.BOX.setdefault('BG', (41.2, 44.3, 22.3, 28.7))
check_main(__file__, region_boxes=RU_REGION_BOX)
