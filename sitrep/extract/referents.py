"""Who a pronoun or an unnamed speaker can be: the grammatical gender a person's name suggests
("she said" after "Annalena Baerbock met Dmytro Kuleba" is Baerbock), and the plain nouns of
unnamed or collective speakers ("officials said", "police said", "two people familiar with the
matter said").

Gender is a guess from the name alone, used only to skip a person a pronoun cannot stand for:
given names ending in -a/-ia/-ya are female except a short list of male ones (Mykola, Ilya,
Nikita ...), a short list of female names end otherwise (Alice, Ursula's peers Kate, Mary ...),
and East Slavic / Polish surnames in -ova, -eva, -skaya, -ska are female. Anything else is male
when its given name is known, unknown otherwise; an unknown name fits both pronouns.
Source: written by the sitrep authors from general knowledge of name morphology.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

_MALE_IN_A = frozenset("mykola nikita ilya illia ilia kuzma luca joshua foma sasha nicola andrea jonah jakub "
                       "akhmad ahmad musa isa yahya mustafa taha attila costa".split())
_FEMALE_OTHER = frozenset("alice anne ann kate karen susan mary rachel sarah elizabeth catherine charlotte emily hillary "
                          "jane linda lindsey kristi nancy liz theresa mette salome ruth ingrid nicole christine agnes "
                          "esther carmen beatrice madeleine michelle michele marine kaja ursula heather margaret "
                          "caroline pauline kristen kirsten jennifer megan samantha harriet lyubov liubov nadezhda "
                          "raisa inès ines sophie chrystia".split())
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|skaya|tskaya|ckaya|ska|cka|zka|aya)$", re.I)
_HONORIFIC = re.compile(r"\b(?:(?P<m>Mr|Sir|Lord|King)|(?P<f>Mrs|Ms|Miss|Madam|Dame|Lady|Queen))\.?\s*$")


@lru_cache(maxsize=4096)
def gender_of(name: str) -> Optional[str]:
    """"f", "m" or None (unknown) for a person's name."""
    from sitrep.geo.people import fold_token, given_names  # the one list of given names (sitrep/data/given_names.txt)

    words = name.split()
    if not words:
        return None
    if _FEMALE_SURNAME.search(words[-1]) and len(words[-1]) > 5:
        return "f"
    if len(words) == 1:
        return None
    first = words[0].lower()
    if first in _FEMALE_OTHER:
        return "f"
    if first in _MALE_IN_A:
        return "m"
    if first.endswith("a") and first[0].isalpha():
        return "f"
    return "m" if fold_token(words[0]) in given_names() else None


def honorific_gender(before: str) -> Optional[str]:
    """The gender an honorific right before a name says ("Ms. Kallas": "f")."""
    m = _HONORIFIC.search(before)
    return None if m is None else ("m" if m.group("m") else "f")


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def fits(name: Optional[str], pronoun: str) -> bool:
    """Whether ``name`` can be the antecedent of ``pronoun``: he/she/him/her a person of that gender
    or of unknown gender, "it" no one known to be a person; any other pronoun anyone."""
    if pronoun.lower() == "it":  # "…,” it said: a body, not a person
        return not name or gender_of(name) is None
    want = PRONOUN_GENDER.get(pronoun.lower())
    if want is None or not name:
        return True
    g = gender_of(name)
    return g is None or g == want


# the head nouns of unnamed or collective speakers written without an article ("officials said",
# "police said", "Ukrainian emergency services said", "two people familiar with the matter said")
COLLECTIVE_NOUNS = ("officials|authorities|police|services|sources|people|residents|witnesses|soldiers|troops|"
                    "prosecutors|investigators|rescuers|diplomats|analysts|experts|activists|volunteers|"
                    "medics|doctors|locals|survivors|relatives|lawmakers|observers|monitors|bloggers|"
                    "commanders|officers|spokespeople|representatives|insiders")
