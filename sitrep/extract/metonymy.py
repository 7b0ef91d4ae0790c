"""Capitals and countries named as their governments ("Kyiv said", "talks with Washington", "tanks pledged
to Kyiv", "Moscow and Kyiv agreed"): not where anything happened. Used by :mod:`sitrep.extract.places`
to give such a mention the role "metonymy"."""
from __future__ import annotations

import re

CAPITALS = {"kyiv", "kiev", "moscow", "washington", "warsaw", "berlin", "paris", "london", "minsk", "beijing", "brussels", "ankara",
             "tehran", "pyongyang", "vilnius", "riga", "tallinn", "chisinau", "bucharest", "budapest", "bratislava", "prague",
             "helsinki", "stockholm", "oslo", "copenhagen", "rome", "madrid", "tokyo", "seoul", "delhi", "new delhi", "ottawa",
             "canberra", "tbilisi", "yerevan", "baku", "astana", "damascus", "tel aviv", "jerusalem", "cairo", "riyadh", "doha",
             "abu dhabi", "the hague", "vienna", "bern", "amsterdam", "lisbon", "athens", "sofia", "belgrade", "zagreb"}
# a capital standing for its government: "Kyiv's forces", "costly for Moscow", "Moscow in control of", "talks with Washington"
_METONYM_LEFT = re.compile(r"\b(?:for|with|between|against|by|urged|pressed|allowed|allowing|authori[sz]ed|authori[sz]ing|permitted|"
                           r"permitting|cleared|encouraged|forced|called on|told|asked|warned|accused|accusing|discredit|discrediting|embarrass|blame|provoke|provoking|"
                           r"supports?|supported|supplied|supplying|gave|giving|pressure on|ties with|talks with|relations with|"
                           r"ally|allies|backed by|blamed|blaming|signal to|message to|demands? (?:from|of)|"
                           r"(?:pledged|promised|sent|delivered|provided|offered|shipped|transferred|donated|handed over|aid|assistance|help) to)\s+(?:the\s+)?$", re.I)
_METONYM_RIGHT = re.compile(r"^(?:['’]s\s+(?!(?:\w+\s+){0,2}(?:district|region|oblast|outskirts|suburbs?|cent(?:re|er)|airport|streets?|"
                            r"residents|skies|sky|neighbou?rhoods?|metro|railway|station|power|infrastructure|buildings?|homes?|"
                            r"houses?|historic|left bank|right bank|mayor|city|port|area)\b)|\s+(?:in control|in charge)\b)", re.I)
_WEAPONS_AGAINST = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|bombs?|shells?|strikes?|attacks?|raids?|offensive|assaults?|barrages?)\b[^.;]{0,30}\bagainst\s+(?:the\s+)?$", re.I)
# "Moscow and Kyiv agreed ...": a pair of capitals as the subject of a verb (not "drones struck Moscow and Kyiv")
_CAPITAL_PAIR = re.compile(r"\s+and\s+(?-i:Kyiv|Kiev|Moscow|Washington|Beijing|London|Paris|Berlin|Minsk|Tehran|Ankara)\b", re.I)


# a capital as the subject of an absolute clause after "and" ("... and Moscow rushing reserves to the area"): a state's
# deeds, not what is done to a place ("struck Kyiv using drones" has no "and" before the name)
_AND_BEFORE = re.compile(r"\band\s+$")
_GERUND_OF_STATE = re.compile(r"\s+(?:\w+ly\s+)?(?:rushing|sending|moving|deploying|pouring|bringing|throwing|redeploying|transferring|"
                              r"massing|weighing|seeking|pressing|demanding|insisting|claiming|saying|denying|accusing|refusing|"
                              r"warning|threatening|preparing|planning|trying|hoping|vowing|pledging|promising|blaming|urging|"
                              r"offering|signall?ing|scrambling|pulling|rejecting|dismissing|calling)\b", re.I)


def bare(name: str) -> str:
    """A mention without its possessive ending, lower case ("Kyiv's" -> "kyiv")."""
    low = name.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def capital_metonymy(text: str, start: int, end: int) -> bool:
    """A capital named as its government, not as a place where something happened."""
    if _WEAPONS_AGAINST.search(text[max(0, start - 60):start]):
        return False  # "sent 13 Shahed drones against Kyiv": the target of an attack, not the government
    if _METONYM_LEFT.search(text[max(0, start - 40):start]) or _METONYM_RIGHT.match(text[end:end + 60]):
        return True
    if _AND_BEFORE.search(text, max(0, start - 8), start) and _GERUND_OF_STATE.match(text, end):
        return True  # "fighting around the town and Moscow rushing reinforcements": an absolute clause, the government acting
    pair = _CAPITAL_PAIR.match(text, end)
    return pair is not None and bool(SUBJECT_VERB.match(text[pair.end():pair.end() + 80]))
SUBJECT_VERB = re.compile(r"^\s+(?:(?:on|late on|early on|last|this) (?:\w+day|night|week|month)(?: (?:night|morning|afternoon|evening))?,?\s+)?"  # "Kyiv on Tuesday rushed ..."
                          # (a headline's "Berlin to send third Patriot system": the government's plan)
                          r"(?:to (?:send|supply|deliver|provide|give|buy|train|host|ban|impose|expel|sanction|summon|boost|extend|join|sign|fund|finance|lend|offer|pledge|arm|equip|donate|transfer)\b|"
                          r"(?:has |have |had |is |was |also |successfully |reportedly |then |too |will |would |did not |does not |has not |didn't |doesn't |hasn't |never )*(?:[a-z]+ed|said|says|sent|shot|struck|hit|took|won|made|gave|told|wants|insists|denies|accuses|claims|warns|announced|responded|acknowledge|comment|confirm|deny|respond|say|retake|retook|recapture|regain|reclaim|seize|liberate|push|pushes|takes|launches|strikes|attacks|wins|loses|tries|seeks|wants|aims|hopes|plans|intends|refuses|rejects|demands|expects|fears|believes|considers|urges|vows|threatens|describes|calls|views|sees|regards|stresses|emphasi[sz]es|insists|argues|maintains|welcomes|condemns|signals|offers|proposes|opposes|supports|backs|needs|prefers|dismisses|swap|swaps|exchange|exchanges|agree|agrees|sign|signs|trade|trades|hits|shells|downs|pounds|bombs|targets|retaliates|weighs|mulls|eyes|presses|pursues|continues|keeps|escalates|intensifies|expands|tightens|ponders|debates|studies|readies|prepares|moves|sends|deploys|signals|steps up|ramps up|boosts|orders|approves|bans|blocks|imposes|summons|expels|condemns|protests)\b)|^\s+[\"“]?(?:is|was|has been|are|remains)\s+(?:not\s+|still\s+|also\s+)?[\"“]?(?:[a-z]+ing|ready|willing|unwilling|prepared|determined|open|committed|confident|concerned|interested|keen|eager|reluctant|serious|sincere)\b")
