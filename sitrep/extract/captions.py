"""Photo captions inside article text (issue 10: long analytical reports and feature pages).

A caption tells what a picture shows, in the present tense, and ends with the day or month the
picture was taken: "Rescuers work at the scene of a damaged building in Kyiv on March 3, 2025.",
"Bodies are exhumed from a mass grave near the town in September 2022.", "An aerial view of the
ruined town in June 2023.", "A satellite image shows troops deployed near the border in November
2021." Its words are no news of the day: the event it names is told by the body when it is news,
and is background when the picture is older. A sentence in the past tense ("The building was hit
on March 3, 2025.") is no caption, and a caption that is the whole document (a news snippet, a
headline) is the news itself: the caller asks only for sentences of a page with a body.

Only a sentence ending in a dated tail with a year is parsed (few are); the verdict is that of
its root: a present-tense verb, a present participle or passive present ("are exhumed"), or no
verb at all (a noun phrase).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.ingest.datetables import MONTH_ALT
from sitrep.nlp.spacy_pipeline import parse

# ", in Kyiv, Ukraine, on February 4, 2026." / "in September 2022." / "on Jan. 22, 2026" / "in 2023."
_DATED_TAIL = re.compile(r"(?:,\s*|\s)(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + MONTH_ALT + r")\.?\s+(?:\d{1,2},?\s+)?)?"
                         r"(?:19|20)\d\d\s*[.)]?\s*$"
                         r"|\s(?:on|early on|late on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s*\.\s*$", re.I)  # ("... in Zaporizhzhia on Saturday.")
# openers that announce a picture whatever the tense
_PICTURE_OPENER = re.compile(r"^\W*(?:(?:An?|The)\s+(?:aerial|satellite|drone|general|file|handout)\s+(?:view|image|photo(?:graph)?|picture|shot|footage)"
                             r"|(?:This|A|An)\s+(?:handout\s+)?(?:photo(?:graph)?|picture|image|still|screenshot|screen grab)\s+(?:taken|released|shows|showing|provided|obtained|made))\b", re.I)
_PRESENT = frozenset({"VBZ", "VBP", "VBG"})
# a present-tense verb of saying or thinking reports news ("Kyiv says Russia fired 40 missiles in
# December 2025"), it does not describe a picture
_SAYS = frozenset("say says saying tell tells report reports claim claims announce announces state states add adds "
                  "write writes note notes confirm confirms accuse accuses allege alleges warn warns insist insists "
                  "believe believes estimate estimates think thinks argue argues acknowledge acknowledges".split())


@lru_cache(maxsize=4096)
def is_caption(sentence: str) -> bool:
    """True when ``sentence`` reads as a photo caption (see the module doc)."""
    s = sentence.strip()
    if not s or len(s) > 400:
        return False
    if _PICTURE_OPENER.match(s):
        return True
    if not _DATED_TAIL.search(s):
        return False
    doc = parse(s)
    if doc is None:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.lower_ in _SAYS:
        return False
    if root.tag_ in _PRESENT:
        # "Rescuers work at the scene", "Putin welcomes the envoy", "Officers inspecting drills"
        return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in root.children)
    if root.tag_ == "VBN":
        # "Bodies are exhumed ..." (passive present), not "were exhumed" / "have been"
        aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        return bool(aux) and all(c.tag_ in ("VBZ", "VBP") and c.lower_ in ("is", "are") for c in aux)
    return root.pos_ in ("NOUN", "PROPN")  # "An aerial view of the town in June 2023."
