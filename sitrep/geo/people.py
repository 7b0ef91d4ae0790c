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
         "Tang Feng Dong Cao Jiang Qin Moon Park Lee Choi Kang Yoon "
         # English-language news: given names before a surname that is also a place ("Denzel Washington")
         "Abraham Denzel LeBron Kobe Kareem Shaquille Serena Beyonce Kanye Elon Oprah Angelina Leonardo Meryl "
         "Keanu Ronald Theodore Woodrow Dwight Lyndon Gerald Jimmy Herbert Ulysses Rutherford Millard Zachary "
         "Malcolm Frederick Martha Hillary Ivanka Melania Jared Bernie Mitt Nikki Gavin Kathy Sarah Josh Jill "
         "Brad Hugh Nicole Steve Robert Thomas Andrew Calvin Tom Joaquin Jennifer Jessica Ashley Amanda Stephanie "
         "Melissa Rebecca Laura Lisa Michelle Kimberly Heather Megan Lauren Samantha Hannah Olivia Isabella "
         "Abigail Ethan Noah Liam Logan Lucas Oliver Elijah Caleb Nathan Ryan Dylan Brandon Kyle Sean Patrick "
         "Timothy Gregory Jeffrey Joshua Anthony Kenneth Steven Brian Edward Luis Miguel Alejandro Diego Fernando "
         "Ricardo Eduardo Rafael Manuel Pablo Jorge Alberto Raul Enrique Francisco Mateo Lucia Camila Valentina "
         "Daniela Gabriela Fernanda Paula Andrea Alejandra Carmen Giorgia Emmanuelle Ursula Olaf Joaquín")


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


# given names that are also places, read as a person only when a surname follows ("Chad Smith", "Florence
# Pugh", "Jordan Peterson"); "Victoria Falls", "Jackson Hole", "Dallas Police", "Houston Rockets" stay places
PLACE_GIVEN = frozenset(fold_token(w) for w in (
    "Chad Florence Jordan Paris Austin Jackson Sydney Orlando Tyler Madison Aurora Victoria Charlotte Eugene "
    "Marion Savannah Regina Adelaide Lorraine Chester Preston Troy Clyde Darwin Nelson Warren Douglas Stanley "
    "Marshall Camden Devon Mary Lincoln").split())
# surnames that are also ordinary English words ("Chad Smith", "Paris Jackson" is handled as a name)
_WORD_SURNAMES = frozenset(
    "smith brown taylor miller wilson moore white clark hill green baker hall young king wright scott adams "
    "turner parker cook bell ward wood rose black gray grey hunt stone fox lane hart long bush carter mason "
    "cole webb pierce rice bloom swift jones williams page little strong price butler riley cooper walker "
    "hunter fisher porter archer bishop knight marsh rivers banks brooks wells lord bond love ford payne "
    "sharp rich bright fry frost steele wolfe crane hawk".split())
# given names of English-language news before a surname that is also a place ("Denzel Washington",
# "Abraham Lincoln", "Michael Jordan")
_NEWS_GIVEN = frozenset(fold_token(w) for w in (
    "Abraham Denzel Michael LeBron Kobe Magic Kareem Shaquille Tiger Serena Venus Taylor Beyonce Kanye Elon "
    "Jeff Mark Steve Bill Melinda Warren Oprah Tom Brad Angelina Leonardo Meryl Hugh Nicole Keanu Will Chris "
    "Robert Ronald Nancy Franklin Theodore Woodrow Dwight Lyndon Gerald Jimmy George Herbert Harry Calvin "
    "Thomas Andrew Ulysses Grover Rutherford Chester Millard Zachary Martin Malcolm Rosa Frederick Booker "
    "Martha Hillary Chelsea Ivanka Melania Jared Kamala Tim Mike Doug Pete Bernie Ted Rand Marco Nikki Ron "
    "Gavin Greg Kathy Kristi Sarah Sarah Paul Ryan Mitt Josh Jon Jonathan Joe Jill Hunter Beau Kevin Lindsey "
    # common English given names of entertainers, athletes and writers in general news
    "Whitney Dolly Britney Aretha Elvis Bruce Bob Johnny Kenny Willie Keith Mick Winston Selena Miley Ariana "
    "Jamie Tina Diana Harriet Ernest Norman Vincent Edgar Kelly Courtney Brittany Tiffany Lindsay Tammy "
    "Loretta Reba Garth Shania Emma Justin Adele Jodie Meg Dolores Frida Claude Camille").split())
_SURNAME_ENDS = ("son", "sen", "ez", "ski", "sky", "ova", "vich", "vic", "escu", "elli", "berg", "stein", "mann")
_GEO_AFTER = frozenset({
    "falls", "river", "valley", "basin", "lake", "hole", "harbour", "harbor", "bay", "beach", "springs", "heights",
    "hills", "park", "square", "street", "avenue", "road", "county", "city", "island", "islands", "township",
    "parish", "airport", "station", "bridge", "mountains", "mountain", "creek", "point", "port", "sea", "gulf",
    "canyon", "desert", "peninsula", "strait", "dam", "state", "province", "region", "district", "town",
    "village", "oblast", "raion", "coast", "rift", "delta", "plain", "plains", "forest", "mount", "lakes"})

def person_name_only(mention: str, context: str, is_place=lambda words: False) -> bool:
    """True when ``mention`` occurs in ``context`` and every occurrence is part of a person's name: a
    surname after a given name or a title ("Denzel Washington", "President Lincoln"), or a given name that
    is also a place before a capitalised surname ("Chad Smith", "Florence Pugh"). ``is_place(words)``
    says the capitalised word after it is a place or a region of its own ("Victoria Texas")."""
    import re

    if not mention or not context or " " in mention.strip() or mention not in context:
        return False
    hits = 0
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(mention) + r"(?![\w-])", context):
        hits += 1
        before = re.findall(r"[\w'’.-]+", context[max(0, m.start() - 40):m.start()])
        after = re.match(r"(?:'s|’s)?\s+([A-Z][\w'’-]*)", context[m.end():m.end() + 40])
        prev = before[-1] if before else ""
        prev2 = before[-2].lower() if len(before) >= 2 else ""
        if prev and prev[:1].isupper() and (prev in TITLES or fold_token(prev) in given_names()
                                             or fold_token(prev) in _NEWS_GIVEN) and prev2 not in LOCATIVE:
            continue  # a surname
        if fold_token(mention) in PLACE_GIVEN and person_before_surname(context, m.start(), m.end(), is_place):
            continue  # a given name before a surname
        return False
    return hits > 0


def _surname_like(word: str) -> bool:
    """A capitalised word after a given name reads as a surname: no place word ("Falls", "County"), and no
    ordinary English word ("Police", "Rockets", "Agreement"), unless a common surname ("Smith")."""
    w = word.lower()
    if w in _GEO_AFTER:
        return False
    if w in _WORD_SURNAMES or (len(w) > 5 and w.endswith(_SURNAME_ENDS)):
        return True
    common = _common_words()
    if not common:
        return False  # no dictionary installed: no person is guessed
    return w not in common and not (w.endswith("s") and w[:-1] in common)


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    from sitrep.geo.wordlist import common_english_words

    return frozenset(common_english_words())


def person_before_surname(text: str, start: int, end: int, is_place=lambda w: False) -> bool:
    """The word at ``text[start:end]`` (a given name that is also a place) is followed by a surname and
    not preceded by a locative word ("Chad Smith said"; not "in Chad", "Chad's army", "Victoria Falls")."""
    import re

    if text[end:end + 1] in ("'", "’"):
        return False
    after = re.match(r"\s+([A-Z][\w'’-]*)", text[end:end + 40])
    before = re.findall(r"[\w'’.-]+", text[max(0, start - 30):start])
    prev = before[-1].lower() if before else ""
    return bool(after and _surname_like(after.group(1)) and prev not in LOCATIVE and not is_place(after.group(1)))

