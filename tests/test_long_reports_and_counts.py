"""Two mechanisms for text nobody tuned on (issue 10): a long analytical text that dates almost
none of its sentences keeps only the events it tells as news (dated to a day, or counted), and a
single weapon told with "a"/"an"/"a single" counts one. Invented text."""
import pytest

from helpers_extract import run as events_of
from sitrep.extract.doctype import analytical_document
from sitrep.extract.weapons import extract_weapons

ANALYSIS = "\n\n".join(
    ["Four years into the war, the front line has barely moved, and both armies have adapted to a war of drones and attrition."]
    + [f"Analysts point to factor {k}: Russian offensive operations remain slow, and Ukraine increasingly relies on long-range strikes to hit refineries." for k in range(34)]
    + ["On 12 February, a Russian missile strike on Kramatorsk killed two people and wounded 16, regional officials said."]
)


def test_analytical_document_detector():
    assert analytical_document(40, 1)
    assert not analytical_document(40, 12)   # a daily assessment dates what it tells
    assert not analytical_document(12, 0)    # a short news item dates by its report day


def test_a_long_analysis_keeps_only_what_it_tells_as_news():
    events = events_of(ANALYSIS, "2026-02-20")
    assert [(e.event_type, e.location.name if e.location else None) for e in events] == [("missile_artillery_strike", "Kramatorsk")]


@pytest.mark.parametrize("text, expect", [
    ("A Shahed drone hit port infrastructure in Izmail overnight.", ("drone", 1, None)),
    ("The air force said it had shot down a Russian Su-34 fighter-bomber over the Donetsk region.", ("aircraft", None, 1)),
    ("On Saturday, a single glide bomb struck a building in Kharkiv.", ("guided_bomb", 1, None)),
    ("A drone attack on Odesa damaged a warehouse.", ("drone", None, None)),
    ("Debris from a downed drone fell on a house in Kyiv.", ("drone", None, None)),
])
def test_one_weapon_counts_one(text, expect):
    ws = extract_weapons(text)
    assert ws and (ws[0].category, ws[0].launched and ws[0].launched.best, ws[0].intercepted and ws[0].intercepted.best) == expect


def test_other_kinds_downed_in_one_region_stay_in_the_region():
    events = events_of("Ukrainian forces shot down a Russian drone and three guided missiles fired from ships in the Odesa region.", "2022-03-25")
    assert [e.location.admin1_code for e in events] == ["UA-51"]


def test_launch_sites_listed_with_semicolons_are_origins():
    text = ("The air force reported on February 21 that Russian forces launched one Iskander-M ballistic missile from "
            "Voronezh Oblast and 120 strike drones from the directions of Bryansk, Kursk, and Oryol cities; Shatalovo, "
            "Smolensk Oblast; Primorsko-Akhtarsk, Krasnodar Krai; and occupied Hvardiiske, Crimea.")
    events = events_of(text, "2026-02-21")
    assert all(e.location.precision == 4 and e.location.country_code == "UA" for e in events), [(e.event_type, e.location.name) for e in events]


def test_an_order_of_battle_line_is_no_strike_but_a_live_report_is():
    assert events_of("Drone operators of the 71st Division are reportedly striking Ukrainian positions near Vovchansk.", "2026-02-21") == []
    assert events_of("Russian drones are attacking Kharkiv right now, the mayor said.", "2026-02-21")


def test_a_section_heading_clash_is_one_of_the_clashes_it_introduces():
    text = ("Russian forces continued offensive operations in northern Kharkiv Oblast on February 21 but did not advance.\n\n"
            "Russian forces attacked north of Kharkiv City near Vovchansk, Vovchanski Khutory and Starytsia on February 21.")
    events = events_of(text, "2026-02-21")
    assert events and all(e.location.precision <= 2 for e in events), [(e.location.name, e.location.precision) for e in events]
