#!/usr/bin/env python3
"""Validate cases.jsonl: unique ids, mention in text, coordinates in range, admin1 matches country, a box for each
country (and for each of the five Russian regions). Prints counts per kind. Exit status 1 on any error. (The
check is eval/invented/_lib/geo_rows.check; geo43 adds boxes for the countries new in geo40-geo43 in memory, from boxes.py,
and lowers the southern edge of _lib's Bryansk box from 52.1 to 52.0 for Khoromnoye, the oblast's southern tip.)"""
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
boxes = dict(RU_REGION_BOX)
boxes['RU-BRY'] = (52.0,) + tuple(boxes['RU-BRY'][1:])  # Khoromnoye (52.07 N, Klimovo district) lies south of _lib's 52.1
check_main(__file__, region_boxes=boxes)
