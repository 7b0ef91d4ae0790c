"""Person and organisation names in free text that look like places (issue 11): "Marco Rubio"
is no Rubio in Venezuela, "Prime Minister Imran Khan" no Haan in Germany, "the Kiel Institute",
"Benfica" and "Commonwealth countries" no places.

A capitalised word right after a given name or a title word is a surname, unless a place cue
follows it ("Victoria Falls" is a name of its own in the gazetteer). The given names are
``sitrep/data/given_names.txt`` (the list extract reads too; geo is below extract, so it reads
the file itself) and a few more that world news writes before a surname.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sitrep.geo.translit import fold_token

# titles before a person's name (title case as written before a name)
TITLES = frozenset({
    "President", "Minister", "Secretary", "General", "Gen", "Mr", "Mrs", "Ms", "Dr", "Chancellor", "Senator",
    "Sen", "Rep", "Governor", "Gov", "Mayor", "Ambassador", "Envoy", "Premier", "Pope", "Colonel", "Col",
    "Lieutenant", "Lt", "Commander", "Admiral", "Sergeant", "Sgt", "Captain", "Capt", "Prince", "King",
    "Queen", "Sheikh", "Spokesman", "Spokeswoman", "Professor", "Prof", "Judge", "Justice", "Speaker",
    "Ayatollah", "Emir", "Chairman", "Chairwoman", "Deputy", "Marshal",
})
# given names of world news not in the shared list, and Chinese / Korean family names written first
_MORE = ("Ada Imran Shehbaz Nawaz Benazir Anwar Mahmoud Mohamed Mohammad Abdel Ebrahim Hossein Masoud Abbas "
         "Yair Naftali Bibi Kaja Josep Ursula Wopke Kristalina Gabriel Alain Luc Jacques Nicolas Francois "
         "Pierre Marine Giuseppe Sergio Mario Silvio Pedro Carlos Javier Gustavo Andres Luis Jose Juan Lula "
         "Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Luo Song Zheng Xie Han "
         "Tang Feng Dong Cao Jiang Qin Moon Park Lee Choi Kang Yoon")


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    path = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    words.extend(_MORE.split())
    return frozenset(fold_token(w) for w in words)


# words after a name that make it a place after all ("Ada county", "Khan district")
_PLACE_AFTER = frozenset({"region", "oblast", "province", "county", "district", "city", "village", "town",
                          "raion", "governorate", "state"})


def surname_at(words: list[str], cap: list[int], i: int, j: int) -> bool:
    """True when the capitalised tokens ``words[i:j]`` follow a title or a given name (a person's
    surname), with no place word after them."""
    if i == 0 or cap[i - 1] != 1:
        return False
    if j < len(words) and words[j].lower() in _PLACE_AFTER:
        return False
    prev = words[i - 1]
    if prev in TITLES:
        return True
    if fold_token(prev) not in given_names():
        return False
    # "in Sofia Kharkiv ..." is no person: a locative word before the given name
    return not (i >= 2 and words[i - 2].lower() in ("in", "near", "at", "from", "to", "of", "outside"))


# a name followed by one of these is an organisation's or a club's name ("the Kiel Institute",
# "the Carnegie Endowment", "Man Utd", "Leeds United")
ORG_AFTER = frozenset({"institute", "institution", "endowment", "foundation", "university", "college", "council",
                       "utd", "united", "fc", "school", "academy", "club",
                       "county", "parish", "township"})  # "Bergen County" is no Norwegian town
# football clubs that are also towns or districts somewhere ("Benfica" is a town in Angola)
CLUBS = frozenset(fold_token(w) for w in (
    "Benfica Ajax Everton Arsenal Anderlecht Feyenoord Galatasaray Fenerbahce Besiktas Juventus Celtic "
    "Rangers Sevilla Villarreal Olympiacos Dynamo").split())
# ordinary English words that are also towns abroad ("Peace Summit Opens In Hub Of Diplomacy",
# "Commonwealth countries"): a place only after a lower-case locative word, a settlement word or
# with its region written
COMMON_WORDS = frozenset(fold_token(w) for w in (
    "Summit Hub Commonwealth Union Independence Liberty Unity Victory Freedom Progress Enterprise Alliance "
    "Harmony Concord Triumph Welcome Friendship Commerce Industry Justice Opportunity Reform").split())
LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "into", "to", "around", "of"})
