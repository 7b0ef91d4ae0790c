from common import E, L, R, C, N, W, S, gold

TITLE = "Russian army shells Nikopol district: woman killed, gas cut in Marhanets"
TEXT = """UKRINFO ▪ National news agency of Ukraine
Ukraine  War  Economy  Regions  World  Culture
Russian army shells Nikopol district: woman killed, gas cut in Marhanets
Regions | 14.08.2023 09:12 | 1 412 views
Russian troops shelled the Nikopol district of Dnipropetrovsk region six times over the past day with heavy artillery and kamikaze drones, killing one civilian and injuring two.

This was reported on Telegram by the head of the Dnipropetrovsk Regional Military Administration, UkrInfo reports.

"Nikopol suffered the most. A 63-year-old woman died of her wounds in hospital; two men, aged 38 and 71, were injured. Five private houses, a shop and a power line were damaged," the message says.

The shelling of Nikopol took place on Sunday evening, according to the city's mayor.

In Marhanets, a kamikaze drone hit a gas distribution pipeline. About 1,200 families were left without gas supply; repairs are under way.

The Chervonohryhorivka hromada also came under fire. Several outbuildings were damaged there. No one was injured.

Overnight, air defence forces of the Eastern Air Command destroyed four Shahed attack drones over the region. Debris fell on the territory of an enterprise in Dnipro. There were no casualties, the head of the regional administration said.

Nikopol lies on the northern bank of the Kakhovka reservoir, opposite the Russian-occupied Zaporizhzhia nuclear power plant, and has been shelled almost daily since the summer of 2022.

As UkrInfo reported, on August 11 a Russian drone struck a minibus in the Nikopol district, injuring four passengers.

Photo: illustrative
Found an error? Select it and press Ctrl+Enter, and we will fix it.
Citing and using materials online is allowed only with a hyperlink to ukrinfo.example not lower than the first paragraph.
"""
DOC = {"id": "g14", "date": "2023-08-14", "source": "UkrInfo (state news agency)",
       "url": "https://www.ukrinfo.example/rubric-regions/3748211-russian-army-shells-nikopol-district.html", "text": TEXT}

D = "2023-08-14"
D0 = "2023-08-13"
RNG = dict(prec="range", end=D)
GOV = "Dnipropetrovsk Regional Military Administration head"
EVENTS = [
    E("g14-1", "missile_artillery_strike", D0, L("Nikopol", 2, "Nikopol district"), "RU", "UA", agg=True, fat=N(1),
      inj=N(2), weapons=[W("artillery"), W("drone")], claimant=GOV, **RNG,
      note="past-day district tally (six attacks, 1 k / 2 w): aggregate range; district named after its town = "
           "precision 2; mixed artillery + drones → missile type"),
    E("g14-2", "missile_artillery_strike", D0, L("Nikopol"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("artillery")],
      parent="g14-1", claimant=GOV,
      note="'on Sunday evening' = 13 Aug; the quote's casualties are Nikopol's; typed by 'shelling'"),
    E("g14-3", "air_drone_strike", D0, L("Marhanets"), "RU", "UA", weapons=[W("drone")], parent="g14-1", **RNG,
      note="kamikaze drone on a gas pipeline (no hour: past-day range)"),
    E("g14-4", "infrastructure_disruption", D0, L("Marhanets"), "RU", "UA", parent="g14-1", **RNG,
      note="1,200 families without gas"),
    E("g14-5", "missile_artillery_strike", D0, L("Chervonohryhorivka", 2, "Chervonohryhorivka hromada"), "RU", "UA",
      fat=N(0), inj=N(0), family=["air_drone_strike"], parent="g14-1", **RNG,
      note="'came under fire' (weapon unstated); hromada = precision 2; 'No one was injured' = 0/0"),
    E("g14-6", "interception", D, R("UA-12", "Dnipropetrovsk Oblast"), "UA", "RU",
      weapons=[W("drone", "Shahed", intercepted=N(4))], claimant="Eastern Air Command",
      note="four Shaheds downed over the region overnight"),
    E("g14-7", "air_drone_strike", D, L("Dnipro"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent="g14-6",
      note="debris on an enterprise (child of the interception it came from); 'There were no casualties' = 0/0"),
    E("g14-8", "air_drone_strike", "2023-08-11", L("Nikopol", 2, "Nikopol district"), "RU", "UA", inj=N(4),
      weapons=[W("drone")], note="'As UkrInfo reported, on August 11': recalled with a resolvable day, own event"),
]
STATEMENTS = [
    S(GOV, "UA", "Nikopol suffered the most", "head of the regional military administration"),
]
MUST_NOT = ["UKRINFO ▪ National news agency of Ukraine", "Ukraine  War  Economy  Regions  World  Culture",
            "Regions | 14.08.2023 09:12 | 1 412 views", "Photo: illustrative",
            "Found an error? Select it and press Ctrl+Enter, and we will fix it.",
            "Citing and using materials online is allowed only with a hyperlink to ukrinfo.example not lower than the first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
