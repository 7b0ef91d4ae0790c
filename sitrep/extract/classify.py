"""Event typing rules: trigger filtering (modality, negation, history), the weapon-decides rule
for strikes, generic attacks (ground fighting vs violence against civilians), ACLED variants
(protest policing, riots, territory changes, bases) and target categories.

Pure functions over one sentence; the trigger words themselves live in ``sitrep/data/triggers.tsv``.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.extract.actors import ActorMention
from sitrep.extract.lexicon import trigger_index, triggers
from sitrep.extract.patterns import told_recalled
from sitrep.extract.rules import cue
from sitrep.nlp.prefilter import Gated
from sitrep.model import Weapon
from sitrep.nlp.dates import find_dates
from sitrep.nlp.sentences import Sentence

STRIKE = {"missile_artillery_strike", "air_drone_strike"}


def family(event_type: str) -> str:
    """The type family frames are compared by: both strike types (and a casualty report not yet typed)
    are "strike"; every other type is its own."""
    return "strike" if event_type in STRIKE or event_type == "__casualty__" else event_type


def blast_family(event_type: str) -> str:
    """A wider family for pairing a headline with the body: a headline's "explosion" (a strike) may be
    the body's planted charge (``remote_explosive``)."""
    return "strike" if event_type == "remote_explosive" else family(event_type)
VIOLENT = STRIKE | {"armed_clash", "territory_change", "remote_explosive", "grenade", "suicide_bombing", "chemical_attack",
                    "attack_on_civilians", "sexual_violence", "abduction", "riot", "protest"}
AIR_WEAPONS = {"drone", "aircraft", "guided_bomb"}
MISSILE_WEAPONS = {"missile", "ballistic_missile", "cruise_missile", "artillery", "mlrs"}
# which type wins when one sentence carries several triggers (lower = stronger)
PRIORITY = {t: i for i, t in enumerate([
    "suicide_bombing", "chemical_attack", "sexual_violence", "territory_change", "interception", "grenade", "armed_clash",
    "remote_explosive", "air_drone_strike", "missile_artillery_strike", "abduction", "attack_on_civilians",
    "riot", "protest", "looting_destruction", "arrest", "agreement", "armed_group_change",
    "infrastructure_disruption", "policy_decision", "military_mobilization", "diplomatic_contact",
])}
_MODAL = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)(?!\s*\d)|shall|plans? to|planning to|planned|intends? to|intending to|gearing up to|going to|"
    r"prepar(?:es|ing|ed) to|threaten(?:s|ed|ing)? to|ready to|aims? to|seeks? to|in order to|if|unless|to perform|to carry out|"
    r"to conduct|to deploy|to launch|permission to|allowed to|allow(?:s|ing)? (?:\w+ )?to|for (?:targeted|possible|future|long-range)|capable of|"
    r"able to|ability to|attempt(?:ing|s)? to|trying to|tried to|calls? (?:for|to)|calling for|urged?|warn(?:s|ed)? (?:of|about|that)|"
    r"fears? of|fearing|feared|return to|(?:the )?return of|risk of|possibility of|threat of|avoid|prevent(?:ing)?|deter|against (?:possible|potential)|potential|possible|difficult to|hard to|impossible to|how to|whether|what weapon|did not specify)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer|denied|deny|denies|refuted|without|nor|neither|no(?!\.?\s*\d))\b|n’t", re.I)  # "School No. 5" is no negation
_HISTORY = Gated(re.compile(r"\b(?:since (?:the )?(?:onset|start|beginning)|since (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d\d|(?:is|are|was|were|has been|have been) (?:regularly|routinely|frequently|often|constantly|systematically) (?:shelled|attacked|targeted|hit|struck)|since (?:19|20)\d\d|since (?:\w+ )?\d{1,2},? (?:\w+,? )?(?:19|20)\d\d|in (?:19|20)\d\d|back in|years? ago|over the (?:nearly |more than |past )?(?:\w+[- ])?years?|throughout the war|over the (?:nearly )?(?:\w+-year-long )?(?:conflict|war)|during (?:world war|the soviet))\b", re.I))  # (its keywords first: most sentences hold none)
WAVE_SCOPE = re.compile(r"\b(?:across|throughout|all over|various|several|many|multiple(?! (?:rocket|launch))|all|(?:massive|combined|large-scale) (?:missile|drone|attack|strike|assault)|nationwide|regions)\b", re.I)
PROTEST_FORCE = re.compile(r"\b(?:killed|shot|beat(?:en)?|live (?:ammunition|fire)|opened fire on|died from gunfire|gunfire|batons?|hits? (?:\w+ ){0,4}with)\b", re.I)
PROTEST_INTERVENTION = re.compile(r"\b(?<!following the )(?<!after the )(?:detained|detaining|detention|arrest(?:ed|ing|s)?|dispers\w*|tear gas|rubber bullets|water cannons?|suppress\w*|halt(?:ed)?|broke up|cut short|drag(?:ged)? (?:them|protesters)|crackdown|intervened|kettled|banned)\b", re.I)
NON_STATE = re.compile(r"\b(?:gunm[ae]n|militants?|insurgents?|terrorists?|jihadists?|bandits?|rebels?|armed (?:men|group|groups|assailants)|assailants?|attackers?|fighters|separatists?|extremists?|Taliban|al-?Shabaa?b|Boko Haram|(?-i:ISIS|ISIL|IS)|Islamic State|Houthis?|Hamas|Hezbollah|al-Qaeda|opposition|militia(?:men)?|guerrillas?|mob|masked men|unidentified (?:men|gunmen|armed men|attackers))\b", re.I)
STATE_FORCES = Gated(re.compile(r"\b(?:army|troops|soldiers|government forces|security forces|military|armed forces|national guard|police|gendarmes?|marines|forces)\b", re.I))
MILITARY_TARGET = Gated(re.compile(r"\b(?:soldiers?|troops|army|military|police(?:men)?|security (?:forces|personnel|post)|checkpoints?|outposts?|bases?|barracks|camps?|convoys?|patrols?|positions|garrison|posts?|servicem[ae]n|officers|forces)\b", re.I))
CIVILIAN_TARGET = Gated(re.compile(r"\b(?:civilians?|villagers?|villages?|residents?|communit(?:y|ies)|worshippers?|students?|passengers?|market(?:place)?|mosque|church|school|hospital|homes?|houses?|family|families|women|children|people|farmers?|shoppers?|journalists?|doctors?|a man|a woman|vehicle|car|bus|plane|universit(?:y|ies)|institution|teahouse|cafe|restaurant|hotel|bar|shops?|classrooms?|wedding|funeral|worshippers|pilgrims|festival|concert)\b", re.I))
TARGET_NOUN = Gated(re.compile(r"\b(?:village|town|city|base|positions?|convoy|market|mosque|church|school|hospital|checkpoint|depot|warehouse|plant|factory|bridge|airport|port|station|building|house|home|camp|outpost|vessel|ship|warship|headquarters|infrastructure|facilit(?:y|ies)|substation|refinery|community|area|district|region|province|neighbou?rhood)\b", re.I))
DISASTER = cue("disaster")  # one home: sitrep/data/cues.tsv
ENTRY_HARM = cue("entry_harm")  # a log entry's harm and target (sitrep/data/cues.tsv)
ENTRY_TARGET = cue("entry_target")
CONFLICT = Gated(re.compile(r"\b(?:attack\w*|shrapnel|shell fragments|gunshot|gunfire|bullets?|strikes?|struck|shell\w*|drones?|missiles?|rockets?|bomb\w*|war|forces|troops|soldiers|servicem[ae]n|militants?|gunm[ae]n|shot|shooting|fire|fighting|clash\w*|explosions?|blasts?|occupiers|invaders|enemy|military|raid\w*|artillery|assault|battles?|combat|front(?:line)?|AFU|DPR|LPR|marines)\b", re.I))
_DIGIT = re.compile(r"\d")
_DATE_WORD = Gated(re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|overnight|night|morning|evening|afternoon|week|month|past|last|this|ago\b|previous|preceding|earlier|day before)", re.I))


def date_hint(text: str) -> bool:
    """Whether ``text`` may name a date: a digit, or a month, weekday or time word (a digit is found by
    the engine's fast scan, the words only in texts holding one of them)."""
    return _DIGIT.search(text) is not None or _DATE_WORD.search(text) is not None
TALLY = Gated(re.compile(r"\b(?:in total|total (?:number|losses|casualties|death toll)|overall|estimates?|estimated|since the (?:start|beginning|outbreak) of the (?:war|invasion|full-scale invasion|conflict|year)|over (?:the )?(?:past |last )?(?:\w+ )?years|so far this year|to date)\b", re.I))
_RIOT_MOB = re.compile(r"\bmob\b|\blynch|\bvigilante|\bcrowd (?:attacked|beat)", re.I)


TARGETS = [
    ("energy", r"energy|power (?:plant|station|grid|line|facilit)|electricity|substation|thermal power|hydroelectric|TPP|CHP|gas (?:production|infrastructure|facilit)|oil (?:depot|refinery)|refinery|fuel depot"),
    ("railway", r"railway|rail(?:road)?|train|depot of Ukrzaliznytsia|Ukrzaliznytsia|locomotive"),
    ("residential", r"residential|apartment|houses?|homes?|high-rise|dwelling|private sector"),
    ("medical", r"hospital|clinic|medical"),
    ("education", r"school|kindergarten|university|college"),
    ("port", r"\bports?\b|grain terminal|harbou?r"),
    ("industrial", r"plant|factory|enterprise|industrial"),
    ("military", r"positions?|military (?:facilit|target|base|unit|airfield)|airfield|ammunition depot|command post|troops|military equipment|air base|barracks"),
    ("civilian_infrastructure", r"civilian infrastructure|infrastructure|bridge|road|shop|market|store|church|administrative building"),
]
_TARGETS = [(name, Gated(re.compile(r"\b(?:" + pat + r")", re.I))) for name, pat in TARGETS]


def target_of(text: str) -> Optional[str]:
    for name, rx in _TARGETS:
        if rx.search(text):
            return name
    return None


def _clause_left(text: str, pos: int, limit: int = 70) -> str:
    left = text[max(0, pos - limit):pos]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"), left.rfind("—"), left.rfind(" but "), left.rfind(" and "))
    return left[cut + 1:] if cut >= 0 else left


# "a week after the missile strike": the event right after it is recalled, earlier than the sentence
RECALLED_BEFORE = re.compile(r"\b(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?|years?) (?:after|since) "
                             r"(?:the|a|an|last|that)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _trigger_ok(text: str, m: re.Match, event_type: str, has_date: bool) -> bool:
    if (rb := RECALLED_BEFORE.search(text, max(0, m.start() - 60), m.start())) is not None and not told_recalled(text, rb.start(), m.end()):
        return False  # (the next match of the same words may be the sentence's own event)
    left = _clause_left(text, m.start())
    word = m.group(0).lower()
    if event_type == "infrastructure_disruption" and has_date:
        return not _NEGATION.search(left)
    if _MODAL.search(left) or _NEGATION.search(left[-30:]):
        return False
    right = text[m.end():m.end() + 30]
    if re.match(r"\s+(?:are|were|is) not\b|\s+launchers?\b", right, re.I):
        return False
    if event_type == "grenade" and re.match(r"\s*launchers?", right, re.I):
        return False
    if word in ("hit", "hits", "struck", "targeted", "attack", "attacks") and re.match(r"\s+(?:hard|by sanctions|back|out at|the headlines|a record)", right, re.I):
        return False
    if event_type == "missile_artillery_strike" and word.startswith("launch") and re.match(r"\s+(?:a|an|the)\s+(?:investigation|probe|campaign|program|initiative|appeal|website|review|case|inquiry)", right, re.I):
        return False
    return True


def sentence_triggers(s: Sentence, has_date: bool) -> list[tuple[str, str, re.Match]]:
    found = []
    hist: Optional[re.Match] | bool = False  # _HISTORY.search(s.text), on the first match of a trigger
    low = s.text.lower()
    use_lower = len(low) == len(s.text)  # offsets stay valid (true for all but a few Unicode letters)
    present = trigger_index().present(low) if use_lower else None
    for trig in triggers():
        if present is not None and trig.keywords is not None and present.isdisjoint(trig.keywords):
            continue  # none of the strings every match contains: the regex cannot match
        for m in (trig.lower_regex.finditer(low) if use_lower and trig.lower_regex is not trig.regex else trig.regex.finditer(s.text)):
            if hist is False:
                hist = _HISTORY.search(s.text)
            if hist is not None and hist.start() < m.start() and len(find_dates(s.text, None)) <= 1 and not re.search(r"\b(?:overnight|today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", s.text, re.I):
                continue  # "Since October 19, 2022, by decree …": background, not news
            if _trigger_ok(s.text, m, trig.event_type, has_date):
                found.append((trig.event_type, trig.strength, m))
                break
    return found


ROCKETRY = {"missile", "ballistic_missile", "cruise_missile"}


def strike_type(weapons: list[Weapon], trig_types: set[str], default: Optional[str]) -> tuple[str, bool]:
    cats = {w.category for w in weapons if w.category not in ("mixed", "other")}
    if "aircraft" in cats and not cats & {"cruise_missile", "ballistic_missile", "artillery", "mlrs"} \
            and not {"missile", "drone"} <= cats:  # ("24 drones and two missiles launched from aircraft": a missile-and-drone wave)
        return "air_drone_strike", True  # "warplanes fired a missile": delivered from the air
    if (cats & AIR_WEAPONS or "air_drone_strike" in trig_types) and not cats & ROCKETRY:
        # "an airstrike and mortar fire", "drones and artillery struck": ACLED codes the air part;
        # a wave of missiles and drones stays a missile strike (its heaviest weapon)
        return "air_drone_strike", True
    if cats & MISSILE_WEAPONS:
        return "missile_artillery_strike", True
    if cats & AIR_WEAPONS:
        return "air_drone_strike", True
    if "air_drone_strike" in trig_types:
        return "air_drone_strike", True
    return (default or "missile_artillery_strike"), False


_GROUND_DIRECTION = re.compile(r"\s*(?:(?:again|also|unsuccessfully|repeatedly)\s+)?(?:(?:\w+ times|once|twice)\s+)?(?:(?:with)?in\s+and\s+)?(?:near|within|towards?|in the (?:\w+ )?directions? of|in the vicinity of|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)? of|along|across|in the (?:\w+ )?(?:direction|sector|area)|in the (?:[\w'’-]+(?:,|,? and)?\s+){1,12}?(?:directions|sectors|areas|axes))\b", re.I)

# where troops attacked, in an assessment's words: "in Toretsk and northeast of the town", "on the southern
# flank of Bakhmut", "on the outskirts of X" (with no casualties told: "forces attacked in X, killing" is fire)
_GROUND_PLACE = re.compile(r"\s+(?:(?:in|inside)\s+(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?(?!\s+(?:oblast|region|province|Oblast|Region))\b"
                           r"(?=\s*(?:,|and|on|from|\.|$|\())|on the (?:[\w-]+ )?(?:flanks?|outskirts|edges?|approaches|outer edges?) (?:of|to)\s+(?-i:[A-Z]))")
_HARM_WORDS = re.compile(r"\b(?:civilians?|residents?|people|person|killing|wounding|injuring)\b", re.I)


def _harm_told(text: str) -> bool:
    """Whether the sentence tells of civilians or casualties ("... attacked in X, killing two"): then
    troops attacking a place is fire on it, not a ground assault."""
    return bool(CIVILIAN_TARGET.search(text) or _HARM_WORDS.search(text))


# a count of attacks ("four attacks", "12 enemy attacks") and a bulletin's front sector heading the sentence
_COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|numerous)\s+(?:more\s+)?(?:enemy\s+)?(?:ground\s+)?$", re.I)
_FRONT_SECTOR_LEAD = re.compile(r"\W*(?:In|On)\s+the\s+(?-i:[A-Z])[\w'’-]+(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:direction|sector|axis)s?\b", re.I)
# "in Zaporizhzhia and Dnipropetrovsk oblasts", "in northern Kharkiv Oblast"
_IN_REGIONS = re.compile(r"\s*in (?:(?:north|south)?(?:north|south|east|west)ern\s+)?(?-i:[A-Z])[\w'’-]+"
                         r"(?:(?:,|,? and)\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:oblasts?|regions?|provinces?)\b", re.I)


_COUNT_OF_ATTACKS = re.compile(r"(?P<count>\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:more\s+)?(?:enemy\s+)?(?:ground\s+)?)(?:attacks|assaults)\b", re.I)
_BY_AGENT = re.compile(r"^\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:armed forces|forces|troops|army|military|units)\b", re.I)
_OF_THEM = re.compile(r"^\s*,\s*(?:most|all|several|many|some|\d+|two|three|four|five|six)\s+of\s+them\s*")  # ", most of them near X"
# a bearing heading the sentence: "South of Kostiantynivka, ...", "Northeast of Kupiansk, ..."
_BEARING_LEAD = re.compile(r"\W*(?:(?:north|south|east|west)(?:-?(?:east|west))?|near)\s+of\s+(?-i:[A-Z])[\w'’-]+\s*,|\W*Near\s+(?-i:[A-Z])[\w'’-]+\s*,", re.I)
_NO_GROUND_GAIN = re.compile(r"\b(?:made|making|gained|achieved) no (?:progress|gains?|headway|advances?)|\bwithout (?:success|progress|advancing)\b|"
                             r"\bwas (?:repelled|repulsed|beaten back|stopped)\b", re.I)
_ATTRIBUTION_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:said|says|reported|reports|announced|wrote|stated|claimed)\b", re.I)


def generic_attack(text: str, trig_pos, default: str) -> str:
    """An attack without a named remote weapon: ground fighting when armed men hit soldiers,
    police or positions; violence against civilians when they hit villagers, worshippers,
    a market; else the strike type (remote fire is the common case in this war)."""
    right = text[trig_pos[1]:trig_pos[1] + 90]
    right = right[:m.start()] if (m := _ATTRIBUTION_AFTER.search(right)) else right  # (not "..., the regional military administration said")
    left = text[max(0, trig_pos[0] - 90):trig_pos[0]]
    if re.search(r"\b(?:shelling|shelled|artillery|mortars?|rockets?|missiles?|bombard)", text, re.I):
        return default
    nonstate = NON_STATE.search(text)
    if re.search(r"\b(?:air forces?|air units|aviation|aircraft|warplanes|helicopters?|drones?|UAVs?)\b", left, re.I):
        return "air_drone_strike"  # "Ukrainian air forces attacked Russian forces"
    if re.fullmatch(r"struck|strik(?:e|es|ing)|hit(?:s|ting)?|targeted", text[trig_pos[0]:trig_pos[1]], re.I):
        return default  # remote-strike verbs: "claimed it had struck military targets"
    if re.fullmatch(r"fired (?:at|on|upon)|shot at|opened fire(?: on)?", text[trig_pos[0]:trig_pos[1]], re.I) \
            and re.search(r"\b(?:civilians?|residents?|villagers|evacuees|families|passengers)\b", left, re.I) \
            and not re.search(r"\b(?:troops|soldiers|forces|army|police|militants?|gunmen)\b", left, re.I):
        return "attack_on_civilians"  # "Car carrying civilians fired upon at a checkpoint": the civilians were the target
    target_side = _BY_AGENT.sub("", right, count=1)  # ("attacks by the Ukrainian armed forces on the region": the agent, not the target)
    if MILITARY_TARGET.search(target_side) or (re.search(r"\b(?:troops|soldiers|forces|army)\b", left, re.I) and NON_STATE.search(right)):
        return "armed_clash"
    if re.search(r"\b(?:troops|soldiers|forces|army|units|infantry|enemy)\s*$", left, re.I) and re.search(
            r"\b(?:armou?red (?:vehicles?|column)|tanks|infantry fighting vehicles|IFVs|APCs|columns? of|assault groups?|on foot|motorcycles|buggies)\b", right, re.I):
        return "armed_clash"  # "forces attacked from the east with a column of armoured vehicles": a ground assault
    if re.search(r"\b(?:troops|soldiers|forces|army|units|infantry|assault (?:groups|units|detachments)|marines|paratroopers|enemy|occupiers|invaders|Russians|Ukrainians)"
                 r"(?:\s+(?:conducted|launched|carried out|made|mounted|continued|undertook|staged|resumed)\s+(?:(?:limited|unsuccessful|failed|several|"
                 r"multiple|ground|offensive|assault|infantry|new|renewed|\d+|\w+-\w+)\s+){0,2})?\s*"
                 r"(?:(?:had|have|has|been|also|again|reportedly|recently|unsuccessfully|allegedly|continued)\s+){0,3}$", left, re.I) \
            and (_GROUND_DIRECTION.match(right) or re.match(r"\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:itself|city|town)\b", right)
                 or re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:times|once|twice)\b", right)  # ("the Russians attacked four times over the past day")
                 or _GROUND_PLACE.match(right) and not _harm_told(text)):
        return "armed_clash"  # "Russian forces attacked near X and east of Y": ground assaults, not fire
    counted = re.fullmatch(r"attacks|assaults|attack attempts", text[trig_pos[0]:trig_pos[1]], re.I) is not None
    if re.fullmatch(r"launch(?:ed|es)|carried out|conducted|made|mounted", text[trig_pos[0]:trig_pos[1]], re.I) \
            and (m := _COUNT_OF_ATTACKS.match(right)) is not None:  # "the occupiers launched 19 attacks": the count is the trigger's
        left, right, counted = left + text[trig_pos[0]:trig_pos[1]] + right[:m.end("count")], right[m.end():], True
    if counted and (_GROUND_DIRECTION.match(_OF_THEM.sub("", right, count=1)) and (_COUNTED_BEFORE.search(left) or _FRONT_SECTOR_LEAD.match(text))
                    or _COUNTED_BEFORE.search(left) and (_FRONT_SECTOR_LEAD.match(text) or _BEARING_LEAD.match(text))):
        # "there were four attacks near X", "In the Kupiansk direction, 12 attacks, most of them near X",
        # "South of Kostiantynivka, the occupiers launched 19 attacks."
        return "armed_clash"
    if re.fullmatch(r"attack|assault|attacks|assaults", text[trig_pos[0]:trig_pos[1]], re.I) and _GROUND_DIRECTION.match(right) \
            and _NO_GROUND_GAIN.search(text):
        return "armed_clash"  # "an attack near Stepnohirsk on October 21 made no progress": an assault that gained nothing
    if re.search(r"\b(?:troops|soldiers|forces|army|units|infantry|enemy|occupiers|invaders)(?:\s+(?:continued|conducted|launched|made|mounted|resumed)"
                 r"(?:\s+(?:limited|unsuccessful|failed|several|ground|offensive|assault|infantry|renewed))?)?\s*$", left, re.I) \
            and _IN_REGIONS.match(right) and _GROUND_DIRECTION.search(right[_IN_REGIONS.match(right).end():]) \
            and not _harm_told(text):
        return "armed_clash"  # "forces attacked in X and Y oblasts, including near Z": ground assaults in those regions
    if CIVILIAN_TARGET.search(right) and (nonstate or re.search(r"\b(?:shot|opened fire|stabbed|gunned|beat|beaten|executed)", text, re.I)):
        return "attack_on_civilians"
    if nonstate and re.search(r"\b(?:killed|killing|shot)\b", text, re.I):
        return "attack_on_civilians" if not MILITARY_TARGET.search(text) else "armed_clash"
    return default


# a reporting frame before the reported clause: "X said (that)", "according to X,"
_REPORT_FRAME = re.compile(r"^[^;:]{0,160}?\b(?:said|says|reported|stated|announced|claimed|confirmed|told [\w ]{1,40}?)\s+(?:(?:on \w+|today|yesterday|earlier|later|late \w+)\s+)?(?:that\s+)?"
                           r"|^\W*according to [^,]{1,80},\s*", re.I)


def variant(et: str, text: str, actors: list[ActorMention]) -> str:
    if et == "protest":
        if PROTEST_FORCE.search(text):
            return "excessive_force"
        if PROTEST_INTERVENTION.search(text):
            return "intervention"
        return "peaceful"
    if et == "riot":
        return "mob_violence" if _RIOT_MOB.search(text) else "violent_demonstration"
    if et == "territory_change":
        # "the army spokesman said rebels have taken over four localities": who took it is in the reported clause
        frame = _REPORT_FRAME.match(text)
        if frame is not None and len(text) - frame.end() > 20:
            actors = [a for a in actors if a.start >= frame.end()] or actors
            text = text[frame.end():]
        violent = re.search(r"\b(?:following (?:heavy )?(?:clashes|fighting|battles?)|as a (?:the )?result of (?:an? )?(?:armed )?(?:clash|counteroffensive|counter-offensive|fighting|battle)|counteroffensive|counter-offensive|after (?:heavy )?fighting|stormed)\b", text, re.I)
        if not violent and re.search(r"\b(?:no information on whether fighting|without (?:a )?(?:fight|resistance|fighting)|handed over|handover|evacuation deal|deal|agreement|transferr?ed (?:control )?to|withdr(?:ew|awn)|pulled out|peacefully)\b", text, re.I):
            return "non_violent"
        passive = re.search(r"\b(?:were|was|been) (?:pushed|driven|forced|expelled|ousted|kicked|routed)\b", text, re.I)
        first = actors[0] if actors else None
        if first is None or first.side not in ("UA", "RU"):
            if not passive and re.match(r"\W*(?:it|they)\s+(?:\w+\s+)?(?:recaptur\w*|retook|retaken|regain\w*|won back|took back|seized back)\b", text, re.I):
                return "government_regains"  # "the army said it has recaptured the town from rebels"
            ns, st = NON_STATE.search(text), STATE_FORCES.search(text)
            if ns or st:
                state_first = st is not None and (ns is None or st.start() < ns.start())
                return "non_state_overtakes" if state_first == bool(passive) else "government_regains"
        if first is not None and first.side == "UA":
            return "government_regains"
        if first is not None and first.side == "RU":
            return "non_state_overtakes"
        nonstate = NON_STATE.search(text)
        state = re.search(r"\b(?:army|troops|soldiers|government forces|security forces|military|armed forces|government)\b", text, re.I)
        if nonstate and (not state or nonstate.start() < state.start()):
            return "non_state_overtakes"
        if state or re.search(r"\b(?:liberat\w*|recaptur\w*|retook|regained)\b", text, re.I):
            return "government_regains"
        return "non_state_overtakes"
    if et == "armed_group_change":
        return "base" if re.search(r"\b(?:headquarters|bases?|camps?|posts?|outposts?|observation points?)\b", text, re.I) else "change"
    return ""
