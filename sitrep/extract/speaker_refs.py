"""What a quotation's attribution points back to, for :func:`sitrep.extract.speakers.attribute`: a
description of someone the paragraph named ("the 47-year-old driver explains"), a label naming the
speaker ("Quote from the head of the regional administration:"), and the author an outlet says a
message was posted by ("This was reported on Telegram by the head of the administration")."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract.referents import people_in

# "the 47-year-old driver", "a 62-year-old pensioner": a person described by age and what they do
_AGED = re.compile(r"^(?:the|a|an)\s+\d{1,3}-year-old\s+[\w'’-]+(?:\s+[\w'’-]+)?$", re.I)
# "Quote from the head of the administration:", "Words of the mayor:"
_LABELLED = re.compile(r"^\s*(?:a\s+)?(?:quote|quotes|words|statement|comment|message)\s+(?:from|of|by)\s+"
                       r"(?P<who>(?:the\s+)?[^:“”\"]{3,100}?)\s*:\s*$", re.I)
# "was reported on Telegram by the head of the Regional Military Administration"
_POSTED_BY = re.compile(r"\b(?:reported|posted|announced|stated|written|published|shared)\s+(?:on\s+(?:Telegram|Facebook|X|Twitter|"
                        r"his|her|its|their)(?:\s+(?:page|channel|account))?\s+)?by\s+(?:the\s+)?(?P<who>[^,.;:“”\"()\n]{3,90})")


def described_in_full(subj: str, rn: re.Match) -> bool:
    """An office described with its place, not "the official" who spoke before: a name among its
    modifiers ("the Kyiv mayor", "the Moscow mayor")."""
    return bool(re.search(r"\b[A-Z]", rn.group("mods") or ""))


def described_person(text: str, a: int, subj: str) -> Optional[str]:
    """The person the paragraph named before ``a`` when ``subj`` only describes someone by age."""
    if not _AGED.match(subj or ""):
        return None
    people = people_in(text[text.rfind("\n", 0, a) + 1:a])
    return people[-1][1] if people else None


def labelled_speaker(head: str) -> Optional[str]:
    """The speaker a label before a quotation names ("Quote from the mayor:" → "the mayor")."""
    m = _LABELLED.match(head)
    return m.group("who") if m else None


def posted_by(before: str) -> Optional[str]:
    """The last author an outlet says a message was posted by, in ``before``."""
    found = list(_POSTED_BY.finditer(before))
    return found[-1].group("who").strip() if found else None


def office_told_before(text: str, pos: int, role: str) -> Optional[str]:
    """The last fuller mention of an office before ``pos`` ("reported the head of the Dnipropetrovsk regional
    military administration" before "the head of the RMA wrote"), or None."""
    found = list(re.finditer(r"\b" + re.escape(role) + r"\s+of\s+(?:the\s+)?[^,.;:“”\"()\n]{3,90}", text[max(0, pos - 1500):pos], re.I))
    return found[-1].group(0).strip() if found else None


def unnamed_before(text: str, pos: int, noun: str) -> Optional[str]:
    """The latest unnamed holder of ``noun`` introduced before ``pos`` ("a Russian war correspondent"),
    within 1,500 characters, without its article; None when none or when a name follows it."""
    if not re.fullmatch(r"[a-z-]+", noun):
        return None
    found = None
    for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne|(?P<of>(?-i:[A-Z])[\w’'-]+['’]s))\s+((?:[\w’'-]+\s+){0,3}?" + re.escape(noun) + r")\b(?!\s+(?-i:[A-Z]))",
                         text[max(0, pos - 1500):pos]):
        found = m.group(0) if m.group("of") else m.group(2)  # ("Ukraine's foreign minister": whose office it is)
    return found
