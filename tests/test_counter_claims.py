"""A denial right after a reported incident is the other side's claim about it (invented reports):
kept beside the first claim, which becomes disputed; nothing is averaged away."""
from helpers_extract import run as events_of


def test_a_denial_is_a_counter_claim_and_disputes_the_first():
    text = ("Russian-installed officials said on Sunday that a Ukrainian drone attack on a market in occupied Oleshky "
            "in the Kherson region killed three civilians.\n\nUkraine's southern military command denied the claim, "
            "saying its forces only target military positions.")
    ev = events_of(text, "2025-05-12")
    assert len(ev) == 1
    claims = [(c.claimant_side, c.certainty) for c in ev[0].claims]
    assert ("RU", "disputed") in claims and ("UA", "denied") in claims, claims
    denial = next(c for c in ev[0].claims if c.certainty == "denied")
    assert text[denial.start:denial.end] == denial.quote and denial.quote.startswith("Ukraine's southern military command")


def test_a_side_does_not_deny_its_own_report():
    text = ("The Ukrainian air force said it shot down 40 drones overnight.\n\n"
            "The Ukrainian air force denied reports that a fighter jet had been lost.")
    ev = events_of(text, "2025-05-12")
    assert all(c.certainty != "denied" for e in ev for c in e.claims), [[(c.claimant, c.certainty) for c in e.claims] for e in ev]


def test_a_denial_far_from_any_incident_is_no_claim():
    text = ("Russian drones struck an energy facility near Poltava overnight, the governor said.\n\n"
            "Talks on a ceasefire are due to resume next week.\n\nOfficials met in Geneva.\n\n"
            "The Kremlin denied reports that its envoy had resigned.")
    ev = events_of(text, "2025-05-12")
    assert all(c.certainty != "denied" for e in ev for c in e.claims)


def test_the_mayor_of_a_town_of_the_peoples_republic_speaks_for_russia():
    text = ("Two civilians were killed as the Ukrainian Armed Forces shelled Gorlovka in the Donetsk People's "
            "Republic, the city's mayor Ivan Prikhodko said on Wednesday.")
    ev = events_of(text, "2025-03-12")
    assert ev and ev[0].claims[0].claimant_side == "RU", [(c.claimant, c.claimant_side) for c in ev[0].claims]


def test_a_ukrainian_governor_stays_ukrainian_beside_occupied_towns():
    text = ("Russian forces shelled Nikopol from occupied Enerhodar overnight, injuring two people, the regional "
            "governor said.")
    ev = events_of(text, "2025-03-12")
    assert ev and ev[0].claims[0].claimant_side == "UA", [(c.claimant, c.claimant_side) for c in ev[0].claims]


def test_a_blame_for_the_damage_is_a_claim_on_the_event_just_told():
    from helpers_extract import run
    text = ("A nuclear plant in the south lost external power after shelling near Enerhodar on Tuesday, the IAEA said. "
            "Russia's state nuclear company blamed Ukrainian shelling for the damage.")
    ev = run(text, "2025-06-10")
    assert len(ev) == 1, [(e.event_type, e.rules) for e in ev]
    quotes = [c.quote for c in ev[0].claims]
    assert any("blamed Ukrainian shelling" in q for q in quotes), quotes


def test_it_said_takes_the_speaker_of_the_sentence_before():
    from helpers_extract import run
    text = ("Ukraine's air force said Russia launched 60 Shahed drones and two Iskander-M missiles overnight. "
            "It said 41 drones were shot down over central and southern regions.")
    ev = run(text, "2025-06-10")
    inter = [e for e in ev if e.event_type == "interception"]
    assert inter and inter[0].claims[0].claimant == "Ukraine's air force" and inter[0].claims[0].claimant_side == "UA", \
        [(e.event_type, [(c.claimant, c.claimant_side) for c in e.claims]) for e in ev]


def test_a_claim_another_side_denies_is_disputed_and_a_report_called_untrue_is_no_event():
    from helpers_extract import run as _run
    text = ("Russia says it captured two villages in eastern Ukraine; Kyiv denies\n\n"
            "Russia's defence ministry said on Monday its forces had captured the village of Zelene Pole in Ukraine's Donetsk region.\n\n"
            "Ukraine's military denied that the village had fallen.\n\n"
            "\"The information about the capture of Novoukrainka does not correspond to reality,\" a spokesman for the army told reporters.\n")
    ev = _run(text, "2024-09-09")
    tc = [e for e in ev if e.event_type == "territory_change"]
    assert [e.location.name for e in tc] == ["Zelene Pole"]
    assert not [e for e in ev if e.location and e.location.name.startswith("Novoukr")]
    certs = {(c.claimant_side, c.certainty) for c in tc[0].claims}
    assert ("UA", "denied") in certs and ("RU", "disputed") in certs and ("RU", "denied") not in certs
