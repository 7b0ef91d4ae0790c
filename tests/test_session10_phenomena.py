"""Phenomena found on the studied half of blind30 (HALF=1) in the tenth session, each written here in new
invented sentences.

Ground troops crossing a border are an incursion, fighting (the artillery barrage before it prepares
the assault, it is not the event); a capital as the subject of an absolute clause after "and"
("... and Moscow rushing reserves") is the government, not a second battlefield; losses "since the start
of the incursion" are a running tally; jets scrambled "as" enemy drones flew elsewhere were raised by
the state whose jets they are, where those jets are; a ministry's tally of hits on "Ukrainian army
manpower and hardware" happened where the targets are; "Fighting continued" names no claimant."""
from __future__ import annotations

from helpers_extract import run as events_of


def _types_places(text: str, ref: str = "2025-05-10"):
    return [(e.event_type, e.location.name if e.location else None) for e in events_of(text, ref)]


def test_troops_crossing_the_border_is_fighting():
    text = "Ukrainian assault groups crossed the frontier near Klintsy on Thursday, catching Russian conscripts off guard."
    assert _types_places(text) == [("armed_clash", "Klintsy")]


def test_barrage_before_an_incursion_is_part_of_the_assault():
    text = "Ukrainian units crossed the border near Klintsy on Thursday after a brief artillery barrage, the governor said."
    assert [t for t, _ in _types_places(text)] == ["armed_clash"]


def test_troops_crossing_into_a_region():
    text = "Ukrainian troops crossed into the Bryansk region near Klintsy on Thursday."
    assert [t for t, _ in _types_places(text)] == ["armed_clash"]


def test_a_crossing_years_ago_is_background():
    text = "Russian troops crossed the border near Kharkiv in February 2022, the mayor recalled on Thursday."
    assert _types_places(text) == []


def test_civilians_crossing_the_border_is_no_fighting():
    text = "Some 2,000 refugees crossed the border into Moldova on Thursday, border police said."
    assert [t for t, _ in _types_places(text) if t == "armed_clash"] == []


def test_capital_in_an_absolute_clause_is_the_government():
    text = ("The raid into the Bryansk region entered its fourth day on Sunday, with both sides reporting fierce fighting "
            "near the village of Suzemka and Moscow sending reserves to the area.")
    places = [p for _, p in _types_places(text, "2025-05-11")]
    assert "Moscow" not in places
    assert any(p and p.startswith("Suz") for p in places)


def test_losses_since_the_start_of_the_incursion_are_a_tally():
    text = "Russia's General Staff claimed on Saturday that Kyiv had lost as many as 1,500 soldiers since the start of the incursion."
    assert _types_places(text) == []


def test_jets_scrambled_as_drones_flew_elsewhere_belong_to_their_state():
    text = ("Romanian and allied fighter jets were scrambled overnight as Russian drones flew toward southern Ukraine, "
            "Romania's Defence Ministry said.")
    evs = events_of(text, "2025-05-14")
    assert [(e.event_type, e.location.country_code, e.actor1_side) for e in evs] == [("military_mobilization", "RO", "RO")]


def test_jets_of_a_state_named_only_by_its_demonym():
    text = ("Slovak and Czech fighter jets were scrambled on Tuesday night as Russian missiles flew toward Zakarpattia, "
            "the Slovak Defence Ministry said.")
    evs = events_of(text, "2025-05-14")
    assert [(e.event_type, e.location.country_code, e.location.precision) for e in evs] == [("military_mobilization", "SK", 4)]


def test_tally_of_hits_on_enemy_manpower_is_where_the_targets_are():
    text = ("Russia's governor of the Belgorod region said on Monday that shelling had damaged houses in Shebekino and Grayvoron. "
            "A drone hit a car near Belgorod, he said.\n\n"
            "Army aviation, unmanned aircraft, rocket troops and artillery struck Ukrainian army manpower and military hardware "
            "in 97 areas over the past day, the Russian Defence Ministry said.")
    evs = events_of(text, "2025-03-10")
    tally = [e for e in evs if "97 areas" in e.claims[0].quote]
    assert len(tally) == 1 and tally[0].location.country_code == "UA"


def test_hit_by_forces_named_by_demonym_is_not_their_country():
    text = ("Russia's governor of the Belgorod region said on Monday that shelling had damaged houses in Shebekino. "
            "A drone hit a car near Belgorod.\n\n"
            "Several buildings were hit by Ukrainian forces overnight, the governor said.")
    evs = events_of(text, "2025-03-10")
    assert all(e.location is None or e.location.country_code == "RU" for e in evs)


def test_fighting_that_continued_names_no_claimant():
    text = "Fighting continued on Friday around the village of Suzemka.\n\nShelling continued overnight in Vovchansk, local officials said."
    evs = events_of(text)
    assert [c.claimant for e in evs for c in e.claims] == [None, "local officials"]


# --- terse incident logs (blind33 HALF=1's layouts, in new entries) ---

_TABLE = """Zaporizhzhia oblast: consequences of enemy attacks over the past day

Settlement | Time | Weapon | Consequences
Stepnohirsk | 10:20 | artillery | a 64-year-old man killed in his yard
Prymorske | 12:05 | FPV drone | a car burned, the driver injured
Malokaterynivka | 15:40 | mortar | power line damaged, 300 households without electricity
Vilniansk | 22:10 | guided bombs | two private houses destroyed, no casualties
Kamianske | — | — | information is being clarified
"""


def test_table_rows_are_article_text_not_furniture():
    from sitrep.ingest.boilerplate import table_rows
    lines = [x.strip() for x in _TABLE.splitlines() if x.strip()]
    assert table_rows(lines) == [1, 2, 3, 4, 5, 6]
    assert table_rows(["Home | World | Sport | Culture", "About | Contact | Jobs", "Terms | Privacy | Cookies"]) == []


def test_each_table_row_is_an_incident_at_its_settlement():
    places = [p for _, p in _types_places(_TABLE, "2024-09-09")]
    for name in ("Stepnohirsk", "Prymorske", "Malokaterynivka"):
        assert name in places
    assert any(p and p.startswith("Viln") for p in places)


_LOG = """Dnipropetrovsk oblast log, 12–13 March

12.03 – Marhanets: shelling damaged a power line; 900 households without electricity.
12.03 – Pokrov: drone attack on a substation; the town has no light.
12.03 – Nikopol: strike on the railway; two commuter trains to Dnipro cancelled.
13.03 – Chervonohryhorivka: artillery fire on the outskirts, and 250 subscribers in the lower part of the village are without water.

Correction 14.03 – Marhanets (12.03): the wounded woman died on 13.03; the record now shows 1 killed.
"""


def test_terse_outages_in_a_log_are_their_own_events():
    got = _types_places(_LOG, "2025-03-14")
    for town in ("Marhanets", "Pokrov", "Nikopol", "Chervonohryhorivka"):
        assert ("infrastructure_disruption", town) in got


def test_a_correction_of_an_earlier_entry_is_no_new_incident():
    evs = events_of(_LOG, "2025-03-14")
    assert not [e for e in evs if str(e.date) == "2025-03-14"]
    assert len([e for e in evs if e.location.name == "Marhanets"]) == 2  # the strike and its outage


def test_district_then_settlement_label_places_the_settlement():
    text = ("Belgorod region: consequences of shelling by the Ukrainian armed forces on 14 March\n\n"
            "Valuysky district — Urazovo: 2 MLRS rockets; the fence of a kindergarten was damaged.\n"
            "Krasnoyaruzhsky district — Krasnaya Yaruga: a drone struck the yard of a private house; windows were broken.\n")
    got = _types_places(text, "2025-03-15")
    assert ("missile_artillery_strike", "Urazovo") in got
    assert not [p for _, p in got if p and "district" in p]


_DIGEST = """ZAPORIZHZHIA WATCH
Weekend on the occupied side: what the installed authorities claimed
Mon 17 Mar 2025 · digest No. 48
About this digest: every line below repeats a claim of the installed authorities in their own spelling of the place. We cannot check these claims and do not endorse them.
Legend: 💥 shelling · 🛸 drone · ⚡ power cut

— Fri 14.03 —
💥 Vasylivka: artillery hit a warehouse in the morning, 1 civilian injured.
🛸 Dniprorudne: a drone dropped a munition on a car, 1 killed.

— Sat 15.03 —
💥 Kamianka-Dniprovska: rockets hit a school yard; no casualties.
🛸 Enerhodar: drone attack on a bus depot, 2 injured.
"""


def _page_events(text: str, ref: str):
    """The whole pipeline of `sitrep extract`: furniture cleaning, then extraction."""
    from sitrep.extract.pipeline import get_pipeline
    from sitrep.model import RawDocument
    return get_pipeline().process(RawDocument(doc_id="t", text=text), ref).events


def test_short_day_headings_date_the_pictograph_entries_under_them():
    evs = _page_events(_DIGEST, "2025-03-17")
    days = {e.location.name: str(e.date) for e in evs if e.location}
    assert days.get("Vasylivka") == "2025-03-14" and days.get("Enerhodar") == "2025-03-15"


def test_a_legend_of_pictographs_is_furniture():
    assert [e.event_type for e in _page_events(_DIGEST, "2025-03-17") if e.location and e.location.precision == 4] == []


def test_capital_with_a_day_before_its_verb_is_the_government():
    text = ("Ukrainians hold near Siversk, Moscow moved reserves\n\n"
            "Russian troops attacked Ukrainian positions near Siversk on Tuesday. Moscow on Wednesday moved fresh battalions "
            "to this sector, the Ukrainian command said.")
    assert "Moscow" not in [p for _, p in _types_places(text, "2025-08-14")]
