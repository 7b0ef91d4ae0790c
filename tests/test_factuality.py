"""Factuality of event triggers and the rule table: invented sentences, one phenomenon each."""
import pytest

from sitrep.extract.factuality import factuality_of
from sitrep.extract.rules import rules, rules_of
from helpers_extract import run as events_of

CASES = [
    ("The president authorized the army to use long-range missiles to strike targets across the border.", "strike", "permitted"),
    ("Kyiv has been allowed to strike military targets in the Belgorod region.", "strike", "permitted"),
    ("Russia could launch another massive missile attack on the capital this week, officials warned.", "launch", "hypothetical"),
    ("Moscow threatened to hit government buildings in the capital.", "hit", "threatened"),
    ("The ministry denied shelling the village.", "shelling", "denied"),
    ("The ministry denied that its troops had shelled the village.", "shelled", "denied"),
    ("If Russian troops attack the town, the bridge will be blown up.", "attack", "conditional"),
    ("Will Russia strike the grid again this winter?", "strike", "question"),
    ("Drones frequently target the city but are usually shot down.", "target", "habitual"),
    ("Russian forces did not capture the town, the general staff said.", "capture", "negated"),
    ("Ukraine failed to retake the village after heavy fighting.", "retake", "negated"),
    ("He warned that Russia was preparing a new offensive in the north.", "offensive", "anticipated"),
    ("The command sent two brigades to attack the bridgehead.", "attack", "planned"),
    # a habit told with "increasingly" on the verb whose phrase holds the trigger noun; an ongoing
    # campaign; "no <event noun>" (issue 10: long analytical reports)
    ("Both armies fielded large numbers of guns, with Kyiv increasingly relying on drones for scouting and strikes.", "strikes", "habitual"),
    ("Kyiv is now increasingly taking the war home to Russia with long-range drone strikes.", "strikes", "habitual"),
    ("Moscow keeps thousands of tanks in its ongoing offensive operations.", "offensive", "habitual"),
    ("Months of talks produced several drafts but no agreement on borders.", "agreement", "negated"),
    ("There was no shelling of the town overnight, the mayor said.", "shelling", "negated"),
    # asserted: the cue does not govern the trigger
    ("Russia launched no fewer than 40 drones overnight, the air force said.", "launched", "asserted"),
    ("Air defence shot down no fewer than 40 drones over the south.", "shot down", "asserted"),
    ("Overnight, Russian forces attacked Kharkiv with drones, increasingly the pattern of the winter.", "attacked", "asserted"),
    ("Russian artillery shelled the village of Novoselivka overnight, killing two residents, the governor said.", "shelled", "asserted"),
    ("Officials said the drone may have been launched from occupied territory.", "launched", "asserted"),
    ("Air defence shot down 20 drones, and the remaining ones hit a warehouse that could not be repaired.", "hit", "asserted"),
    ("The governor said the attack damaged a school and warned that more strikes could follow.", "attack", "asserted"),
    ("The defence ministry said its forces had repelled attacks near the village.", "attacks", "asserted"),
    ("Russia denied the claims and said its forces struck a military depot.", "struck", "asserted"),
    ("The brigade was redeployed after heavy attacks near the town.", "attacks", "asserted"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_factuality(sentence, word, expected):
    i = sentence.index(word)
    assert factuality_of(sentence, i, i + len(word)) == expected


def test_no_cue_no_parse(monkeypatch):
    import sitrep.extract.factuality as F

    monkeypatch.setattr(F, "parse", lambda s: (_ for _ in ()).throw(AssertionError("parsed")))
    s = "A drone hit a warehouse in the port overnight."
    assert F.factuality_of(s, s.index("hit"), s.index("hit") + 3) == "asserted"


def test_rule_table_loads_with_unique_ids_and_known_stages():
    table = rules()
    assert len({r.id for r in table}) == len(table)
    assert rules_of("trigger") and rules_of("retype")
    assert all(r.note for r in table)


@pytest.mark.parametrize("text", [
    "KYIV, 3 March 2025 — The US administration authorized Ukraine to use long-range missiles to strike military targets in the Kursk region, officials said on Monday.",
    "KYIV, 3 March 2025 — Russian officials threatened to strike government buildings in Kyiv if the bridge attacks continued.",
    "KYIV, 3 March 2025 — The Russian defence ministry denied that its forces had shelled the village of Velyka Pysarivka on Sunday.",
])
def test_non_factual_mentions_are_not_strikes(text):
    evs = events_of(text, "2025-03-03")
    assert not [e for e in evs if e.event_type in ("missile_artillery_strike", "air_drone_strike")]


def test_events_record_their_rules():
    evs = events_of("KHARKIV, 3 March 2025 — Russian artillery shelled the village of Kupiansk-Vuzlovyi overnight, killing two residents, the governor said.", "2025-03-03")
    assert evs and all(e.rules and e.rules[0].startswith(("trigger.", "fallback.")) for e in evs)


@pytest.mark.parametrize("text,forbidden", [
    # a capital standing for its government is not where anything happened
    ("KYIV, 3 March 2025 — Russia's assault on Pokrovsk has been very costly for Moscow, the general staff said.", "RU-MOW"),
    ("KYIV, 3 March 2025 — Kyiv's forces repelled an attack near the village of Andriivka on Monday, the brigade said.", "UA-30"),
    # running totals of the war are not a night's wave
    ("MOSCOW, 3 March 2025 — In total, since the start of the operation, 2,350 drones and 1,120 aircraft have been destroyed, the ministry said.", None),
    # background in a later report
    ("KYIV, 3 March 2025 — The full-scale invasion launched by Moscow in 2022 has displaced millions of people.", None),
    # an air-raid alert and distant noise are not a strike
    ("KYIV, 3 March 2025 — Air raid sirens sounded across the capital in the evening and residents heard loud explosions.", None),
])
def test_non_events_and_metonymy(text, forbidden):
    evs = events_of(text, "2025-03-03")
    violent = [e for e in evs if e.event_type in ("missile_artillery_strike", "air_drone_strike", "interception")]
    if forbidden is None:
        assert not violent, [e.event_type for e in evs]
    else:
        assert all((e.location is None or e.location.admin1_code != forbidden) for e in evs)


def test_ground_assaults_are_clashes():
    evs = events_of("KHARKIV, 3 March 2025 — Russian forces launched 14 assaults against Ukrainian positions near Kupiansk over the past day, the general staff said.", "2025-03-03")
    assert any(e.event_type == "armed_clash" for e in evs)
    assert not [e for e in evs if e.event_type == "missile_artillery_strike"]


def test_present_tense_headline_joins_the_body_incident_of_days_ago():
    text = ("Russian drone attack on Kharkiv injures three\n\n"
            "On Thursday evening, a Russian drone hit a residential building in Kharkiv, injuring three people, "
            "the mayor said on Saturday.")
    evs = [e for e in events_of(text, "2025-03-08") if e.event_type == "air_drone_strike"]
    assert len(evs) == 1 and evs[0].date == "2025-03-06"


def test_rules_looked_up_by_type_fire_as_when_tested_one_by_one(monkeypatch):
    # rules._applying takes the rules of the trigger's type (looked up again after a retype): the events
    # of the example reports and of this file's sentences are those of testing every rule in order
    from pathlib import Path

    from sitrep.extract import rules as R

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "examples" / "reports").glob("*.txt"))]
    texts += [c[0] for c in CASES]
    fast = [[e.model_dump_json() for e in events_of(t)] for t in texts]
    R._rules_typed.cache_clear()
    monkeypatch.setattr(R, "_applying", lambda stage, ctx: (r for r in R.rules_of(stage) if r.applies(ctx)))
    plain = [[e.model_dump_json() for e in events_of(t)] for t in texts]
    assert fast == plain and sum(map(len, fast)) > 20
