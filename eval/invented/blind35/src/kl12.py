from common import E, L, R, C, N, W, S, gold

TITLE = "Berlin and Washington clear tanks for Ukraine; Kyiv confirms it left Soledar"
TEXT = """VLTAVA POST
Czech news in English since 1998
Partner of the Prague Media Literacy Week 2023
WORLD · UKRAINE
Berlin and Washington clear tanks for Ukraine; Kyiv confirms it left Soledar
Thursday 26 January 2023 · 14:05 CET · Article ID: 4471829
Germany will send 14 Leopard 2 battle tanks to Ukraine and allow other countries to re-export theirs, the German government announced on Wednesday, ending weeks of hesitation that had strained relations with its allies. Hours later the US president said Washington would supply 31 M1 Abrams tanks.

The two decisions came after a meeting of the Ukraine Defense Contact Group at the Ramstein air base last Friday ended without agreement on tanks, with Berlin insisting it would not act alone. Poland, Finland and Norway said on Wednesday they would now prepare their own Leopards for delivery, and Czech officials said Prague would consider sending spare parts. No date for the first deliveries has been set; officials in Berlin said the German tanks could reach Ukraine by the end of March.

"This is the moment when Germany stopped hiding behind others," said Lars Hoffmann, a Social Democrat member of the Bundestag's defence committee.

Russia's embassy in Berlin responded with a statement. "This extremely dangerous decision takes the conflict to a new level of confrontation," it said. The Kremlin spokesman said the tanks would "burn like all the rest".
Share to Mastodon · Telegram · Copy link
On the front line, the Ukrainian military confirmed on Wednesday that its troops had withdrawn from Soledar, a salt-mining town north of Bakhmut, nearly two weeks after Russia's Defence Ministry claimed its capture on 13 January. "The units left Soledar in an organised way to preserve the lives of our soldiers and took up new lines," said Colonel Andrii Pavlenko, a spokesman for Ukraine's eastern group of forces. He did not say when the withdrawal took place.

Russia answered the tank decisions with another massive strike early on Thursday. Ukraine's air force said Russia had launched 55 missiles in the morning, after 24 Iranian-made Shahed drones overnight, and that 47 of the missiles and all of the drones had been shot down.

In Kyiv, one man was killed and two people injured when debris hit a building in the Holosiivskyi district, the city's military administration said. Two energy facilities in the Odesa region were hit, the regional governor said, without giving details. Emergency power cuts were introduced in the Kyiv, Odesa and Vinnytsia regions.

Will the tanks change the course of the war? Military analysts in Prague are cautious. "A hundred tanks are a brigade or two, not an army. What matters is ammunition, training and spare parts," said Jana Šimková of the Institute for Defence Policy.
Komentáře (0) — the discussion closes 48 hours after publication
You have read 1 of 5 free articles this week. Support the Vltava Post ›
© Vltava Post s.r.o., Prague. ISSN 1213-7782
"""
DOC = {"id": "kl12", "date": "2023-01-26", "source": "Vltava Post (Czech news site in English)",
       "url": "https://vltavapost.example/world/2023/01/26/berlin-washington-clear-tanks-ukraine-soledar", "text": TEXT}

EVENTS = [
    E("kl12-1", "policy_decision", "2023-01-25", L("Berlin"), "DE", "UA",
      note="German government 'announced on Wednesday' (25 Jan) 14 Leopard 2 and re-export permission: one decision, "
           "placed in Berlin (named as the government)"),
    E("kl12-2", "policy_decision", "2023-01-25", L("Washington"), "US", "UA",
      note="'Hours later the US president said Washington would supply 31 M1 Abrams': decision announced on Wednesday"),
    E("kl12-3", "diplomatic_contact", "2023-01-20", L("Ramstein", 2, "Ramstein air base"), None, None,
      note="'a meeting of the Ukraine Defense Contact Group at the Ramstein air base last Friday' (20 Jan): many "
           "states, sides null; the air base = precision 2 at Ramstein-Miesenbach"),
    E("kl12-4", "territory_change", "2023-01-13", L("Soledar"), "RU", "UA",
      note="'Russia's Defence Ministry claimed its capture on 13 January' (recalled with a day; a capture claim is "
           "dated the day it was made)"),
    E("kl12-5", "territory_change", "2023-01-25", L("Soledar"), "RU", "UA", optional=True,
      note="Ukraine 'confirmed on Wednesday that its troops had withdrawn' without saying when: the same change seen "
           "from Kyiv, optional (a second prediction for it is not penalised)"),
    E("kl12-6", "missile_artillery_strike", "2023-01-26", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(55)), W("drone", "Shahed-136", launched=N(24))],
      note="wave 'early on Thursday' (publication day): 55 missiles in the morning after 24 Shaheds overnight = one "
           "combined wave typed by the missiles"),
    E("kl12-7", "interception", "2023-01-26", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(47)), W("drone", "Shahed-136", intercepted=N(24))],
      note="'47 of the missiles and all of the drones had been shot down' (all = 24)"),
    E("kl12-8", "missile_artillery_strike", "2023-01-26", L("Kyiv"), "RU", "UA", fat=N(1), inj=N(2), parent="kl12-6",
      family=["air_drone_strike"],
      note="debris on a building 'in the Holosiivskyi district' (district = the city); weapon of the debris unstated"),
    E("kl12-9", "missile_artillery_strike", "2023-01-26", R("UA-51", "Odesa region"), "RU", "UA", parent="kl12-6",
      family=["air_drone_strike"],
      note="'Two energy facilities in the Odesa region were hit': region only, weapon unstated"),
    E("kl12-10", "infrastructure_disruption", "2023-01-26", C("UA", "Kyiv, Odesa and Vinnytsia regions"), "RU", "UA",
      parent="kl12-6",
      note="'Emergency power cuts were introduced in the Kyiv, Odesa and Vinnytsia regions': listed regions = one "
           "country-level disruption"),
]
# Not events: Poland/Finland/Norway 'would now prepare' and Prague 'would consider' (plans), deliveries 'could reach
# Ukraine by the end of March' (forecast), the embassy's warning and the Kremlin's 'burn' (threats), the question.
STATEMENTS = [
    S("Lars Hoffmann", "DE", "This is the moment when Germany stopped hiding behind others",
      "member of the Bundestag's defence committee"),
    S("Russian embassy in Berlin", "RU", "This extremely dangerous decision takes the conflict to a new level",
      "Russian embassy in Berlin"),
    S("Andrii Pavlenko", "UA", "The units left Soledar in an organised way", "spokesman, eastern group of forces"),
    S("Jana Šimková", None, "A hundred tanks are a brigade or two, not an army", "Institute for Defence Policy"),
]
MUST_NOT = ["VLTAVA POST", "Czech news in English since 1998", "Partner of the Prague Media Literacy Week 2023",
            "WORLD · UKRAINE", "Thursday 26 January 2023 · 14:05 CET · Article ID: 4471829",
            "Share to Mastodon · Telegram · Copy link",
            "Komentáře (0) — the discussion closes 48 hours after publication",
            "You have read 1 of 5 free articles this week. Support the Vltava Post ›",
            "© Vltava Post s.r.o., Prague. ISSN 1213-7782"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
