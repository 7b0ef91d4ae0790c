from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Border villages in Kursk and Bryansk regions report weekend of shelling and drone drops"
TEXT = """THE CASPIAN WIRE
World | Europe | Russia-Ukraine | Energy | Markets
Border villages in Kursk and Bryansk regions report weekend of shelling and drone drops
Filed 16 Oct 2023, 09:05 GMT · by the Caspian Wire Moscow-watch desk
Text size: A A A

A man was killed when shells hit the Russian border village of Tetkino on Sunday, the governor of the Kursk region said, in one of more than a dozen incidents Russian regional officials attributed to Ukrainian forces over the weekend.

The governor wrote on Telegram that a private house in Tetkino had been destroyed and that the 52-year-old owner died at the scene. On Saturday, mortar rounds landed in Popovo-Lezhachi, in the same Glushkovo district, without injuring anyone, he said.

Near Glushkovo itself, a drone dropped an explosive on a gas distribution point late on Sunday, leaving about 90 households without gas. "The repair team can only go out when the sky is quiet, and it is not quiet," said Pavel Zaitsev, head of the Glushkovo district.

In the neighbouring Bryansk region, the governor reported that a drone had dropped explosives on a substation in Klimovo on Sunday morning, cutting power to some 1,500 residents, and that a woman was wounded by mortar fire in Suzemka on Sunday evening.

Gas engineers restored supply to about a third of the Glushkovo households by Monday morning, the district said; the rest will wait until a damaged section of pipe can be replaced.

Russia's Defence Ministry said air defences destroyed six Ukrainian drones over the Bryansk region overnight. Ukraine does not comment on such reports.

Border Count, a volunteer project that tallies the governors' daily posts, said the Kursk region had recorded 64 attacks over the past week, up from 41 the week before. "The numbers in Glushkovo district have doubled since September, and they are almost all small drones now," said Yana Orlik, who runs the project from Tbilisi.

Kursk region officials said a school in Tetkino would switch to remote lessons from Tuesday and that about 40 children had already left for relatives further from the border. Bus services between Glushkovo and Tetkino were suspended on Sunday afternoon after the shelling, the district administration said.

Cross-border fire into Russia's Kursk, Belgorod and Bryansk regions has become a near-daily feature of the war since 2022, though it remains far smaller in scale than Russian strikes on Ukrainian cities.

The Caspian Wire could not independently verify the reports.
Reporting by the Moscow-watch desk; editing by Hugh Kendall
Our Standards: The Caspian Wire Trust Charter
Licensing enquiries: syndication@caspianwire.example
"""
DOC = {"id": "kh04", "date": "2023-10-16", "source": "The Caspian Wire (news agency)",
       "url": "https://caspianwire.example/world/europe/border-villages-kursk-bryansk-2023-10-16", "text": TEXT}

EVENTS = [
    E("kh04-1", MAS, "2023-10-15", L("Tetkino"), "UA", "RU", fat=N(1), weapons=[W("artillery")],
      claimant="Kursk region governor",
      note="'shells hit … Tetkino on Sunday' (15 Oct), the owner died = 1 killed; attributed to Ukrainian forces"),
    E("kh04-2", MAS, "2023-10-14", L("Popovo-Lezhachi"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'On Saturday, mortar rounds landed in Popovo-Lezhachi … without injuring anyone' = 0/0 (14 Oct)"),
    E("kh04-3", ADS, "2023-10-15", H("Glushkovo", "near Glushkovo"), "UA", "RU", weapons=[W("drone")],
      note="'Near Glushkovo itself, a drone dropped an explosive on a gas distribution point late on Sunday' = "
           "precision 2; casualties not stated"),
    E("kh04-4", DIS, "2023-10-15", H("Glushkovo", "near Glushkovo"), "UA", "RU", parent="kh04-3",
      note="'leaving about 90 households without gas'"),
    E("kh04-5", ADS, "2023-10-15", L("Klimovo"), "UA", "RU", weapons=[W("drone")], claimant="Bryansk region governor",
      note="drone dropped explosives on a substation in Klimovo 'on Sunday morning'"),
    E("kh04-6", DIS, "2023-10-15", L("Klimovo"), "UA", "RU", parent="kh04-5",
      note="'cutting power to some 1,500 residents'"),
    E("kh04-7", MAS, "2023-10-15", L("Suzemka"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      note="'a woman was wounded by mortar fire in Suzemka on Sunday evening'"),
    E("kh04-8", INT, "2023-10-16", R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(6))],
      claimant="Russian Defence Ministry",
      note="'destroyed six Ukrainian drones over the Bryansk region overnight' in a Monday report = 16 Oct; region "
           "with a count = required interception"),
    E("kh04-9", MAS, "2023-10-10", R("RU-KRS", "Kursk region"), "UA", "RU", end="2023-10-16", prec="range", agg=True,
      family=[ADS], claimant="Border Count",
      note="'64 attacks over the past week' = weekly aggregate 10-16 Oct (reference-6 … reference), required by the "
           "earlier sets' convention; the week before (41) is a comparison, not an event"),
    E("kh04-10", DIS, "2023-10-15", L("Glushkovo"), "UA", "RU",
      note="'Bus services between Glushkovo and Tetkino were suspended on Sunday afternoon after the shelling' = a "
           "transport disruption caused by the war (blind14: transport suspensions are disruptions); placed at "
           "Glushkovo (the first named end; Tetkino accepted by admin1 anyway)"),
]
# Not events: remote lessons 'from Tuesday' (a school arrangement, not a war restriction), the children who left,
# 'since 2022' (background), 'more than a dozen incidents … over the weekend' (the sum of the named ones), the doubling 'since
# September', 'Ukraine does not comment'.
STATEMENTS = [
    S("Pavel Zaitsev", "RU", "The repair team can only go out when the sky is quiet", "head of the Glushkovo district"),
    S("Yana Orlik", None, "they are almost all small drones now", "head of Border Count"),
]
MUST_NOT = ["THE CASPIAN WIRE", "World | Europe | Russia-Ukraine | Energy | Markets",
            "Filed 16 Oct 2023, 09:05 GMT · by the Caspian Wire Moscow-watch desk", "Text size: A A A",
            "Reporting by the Moscow-watch desk; editing by Hugh Kendall",
            "Our Standards: The Caspian Wire Trust Charter", "Licensing enquiries: syndication@caspianwire.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
