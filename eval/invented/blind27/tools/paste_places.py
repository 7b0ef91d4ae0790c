"""Paste tools/places.txt (output of mkplaces.py) into the PLACES table of src/common.py. Standard library only."""
import os
import re
HERE = os.path.dirname(os.path.abspath(__file__))
table = open(os.path.join(HERE, "places.txt"), encoding="utf-8").read()
table = table.replace('"yinka', "'yinka").replace('s"ke', "s'ke")
p = os.path.join(HERE, "..", "src", "common.py")
s = open(p, encoding="utf-8").read()
s = re.sub(r"PLACES = \{\n.*?\n\}\n", lambda m: "PLACES = {\n" + table + "}\n", s, flags=re.S)
open(p, "w", encoding="utf-8").write(s)
