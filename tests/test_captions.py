"""Photo captions in a page with a body (issue 10): what a picture shows, in the present tense and
dated to the picture, is no event of the day; the same words as a whole snippet are. Invented text."""
from __future__ import annotations

import pytest

from sitrep.extract.captions import is_caption
from helpers_extract import run as events_of


@pytest.mark.parametrize("sentence", [
    "Rescuers work at the scene of a damaged building after a missile attack in Vinnytsia on March 3, 2025.",
    "Bodies are exhumed from a mass grave near the town, in Kharkiv region, in September 2022.",
    "An aerial view of the ruined town, the site of months of fighting, in June 2023.",
    "Officers and defence chiefs inspecting military drills near the border in September 2021.",
    "A satellite image shows troops deployed near the border, in November 2021.",
    "The president welcomes the envoy during a meeting at the palace on Jan. 22, 2026.",
])
def test_captions(sentence):
    assert is_caption(sentence)


@pytest.mark.parametrize("sentence", [
    "The building was hit by a missile on April 28, 2023.",
    "Russia launched 40 drones at Ukraine overnight, the air force said.",
    "The plant has been out of action since it was struck in October 2022.",
    "Kyiv says Russia fired 40 missiles at the grid in December 2025.",
    "Russian troops shelled the village on March 3, 2025, killing two people.",
])
def test_not_captions(sentence):
    assert not is_caption(sentence)


PAGE = """Four years on, the front barely moves

Rescuers work at the scene of a damaged building after a missile attack in Vinnytsia on March 3, 2025.

The war has settled into attrition. Both armies dig in along a line that has barely shifted in a year.

Bodies are exhumed from a mass grave near Izium, in Kharkiv region, in September 2022.

On Tuesday night, Russian drones struck an energy facility in Odesa, injuring three workers, the regional governor said.

Analysts expect little change before the spring.
"""


def test_captions_make_no_events_but_the_body_does():
    events = events_of(PAGE, "2026-02-25")
    regions = {e.location.admin1_code for e in events if e.location is not None}
    assert "UA-51" in regions  # Odesa
    assert "UA-05" not in regions and "UA-63" not in regions  # Vinnytsia, Izium


def test_a_snippet_that_is_a_caption_is_still_news():
    events = events_of("Rescuers work at the scene of a missile attack on a school in Vinnytsia on March 3, 2025.", "2025-03-03")
    assert any(e.location is not None and e.location.admin1_code == "UA-05" for e in events)
