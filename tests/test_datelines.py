"""Wire datelines that carry a date (invented reports): 'KYIV, May 12 (Agency) -' must not read
'May' as a modal verb, and a title-case 'Kyiv, May 12:' is where the report was filed."""
import pytest

from helpers_extract import run as events_of


@pytest.mark.parametrize("text", [
    "KYIV, May 12 (Example Wire) - Russian drones struck Kurakhove in the Donetsk region, the ministry said.",
    "MOSCOW, May 12 (Example Wire) - Russian forces have captured the village of Kurakhove in the Donetsk region, "
    "the Defence Ministry said on Monday.",
    "Kyiv, May 12: Russian drones struck Kurakhove in the Donetsk region, the ministry said.",
    "Odesa, 12 May (Example Wire) - Russian drones struck Kurakhove in the Donetsk region, the ministry said.",
])
def test_a_dated_dateline_keeps_the_event_and_is_no_place(text):
    ev = events_of(text, "2025-05-12")
    assert [e.location.name for e in ev] == ["Kurakhove"], [(e.event_type, e.location and e.location.name) for e in ev]


def test_may_the_modal_still_blocks():
    assert events_of("Russian drones may strike Kurakhove again, the ministry said.", "2025-05-12") == []


def test_a_dateline_with_chevrons_is_where_the_report_was_filed():
    ev = events_of("KYIV >> Ukraine's air defence shot down two Iskander-M ballistic missiles and 15 attack drones that "
                   "Russia launched overnight, it said on Tuesday.", "2024-08-06")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].location.precision == 4 and inter[0].location.country_code == "UA", \
        [(e.event_type, e.location) for e in ev]
