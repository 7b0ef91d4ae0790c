from common import E, L, R, C, N, W, S, gold

TITLE = "Kryvyi Rih missile strike: death toll rises to seven, 34 injured"
TEXT = """KRYVBAS EVENING
УКР | РУС | ENG
City  Region  War  Sport  Culture  Ads
Kryvyi Rih missile strike: death toll rises to seven, 34 injured
18.10.2025 · 09:12 · updated 11:47
Two children are among the dead after a Russian ballistic missile struck a residential neighbourhood in Kryvyi Rih on Friday evening, the head of the city's defence council, Mykola Ruban, said on Saturday.

The Iskander-M missile, carrying a cluster warhead, hit a courtyard between five-storey apartment blocks and a children's playground at about 18:50, when many families were outside. Ruban first reported four dead and 20 injured. Overnight two injured people died in hospital, and in the morning rescuers found another body under a collapsed garage.

As of 11:30, seven people have been killed and 34 injured, 11 of them children, Ruban wrote on Telegram. Fourteen people remain in hospital, four in a serious condition.

"The children were on the swings. The bomblets fell everywhere at once," said Svitlana Kovtun, who was sitting on a bench near the playground when the missile exploded.

Russia's Defence Ministry claimed it had carried out "a high-precision strike on a restaurant where unit commanders had gathered". There is no restaurant in the courtyard, local officials said.

Ruban declared Sunday and Monday days of mourning in the city.

Elsewhere in the region
Russian troops shelled Nikopol with artillery on Saturday morning, injuring a 58-year-old man, the regional governor said. In Marhanets an FPV drone attacked a car on Friday afternoon, killing the driver.

On Friday, drones attacked the Synelnykove district three times, setting a farm building on fire, the governor said. No one was injured there.

Air defence destroyed 14 drones over the Dnipropetrovsk region overnight, the governor added.

Kryvyi Rih, the president's hometown, has been hit repeatedly since 2022.

Text: newsroom of Kryvbas Evening
🔥 48   😢 1 311   🙏 622
Join our Viber community: news of Kryvbas first
Partner material
Kryvbas Evening © 2025. Use of materials allowed with a hyperlink.
"""
DOC = {"id": "ke03", "date": "2025-10-18", "source": "Kryvbas Evening (Ukrainian city news site)",
       "url": "https://kryvbas-evening.example/en/war/2025/10/18/kryvyi-rih-strike-toll-seven", "text": TEXT}

D = "2025-10-18"
F = "2025-10-17"
EVENTS = [
    E("ke03-1", "missile_artillery_strike", F, L("Kryvyi Rih"), "RU", "UA", fat=N(7), inj=N(34),
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Mykola Ruban",
      note="'on Friday evening' in a Saturday report; the toll rose overnight and in the morning, the latest figure "
           "wins (7 dead, 34 injured); the MoD's 'strike on a restaurant' is a claim on the same event"),
    E("ke03-2", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'shelled Nikopol with artillery on Saturday morning', one injured"),
    E("ke03-3", "air_drone_strike", F, L("Marhanets"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="FPV drone attacked a car 'on Friday afternoon', the driver killed"),
    E("ke03-4", "air_drone_strike", F, L("Synelnykove", 2, "Synelnykove district"), "RU", "UA", inj=N(0),
      weapons=[W("drone")],
      note="three drone attacks 'On Friday' on a district named after its town (precision 2), one event for the "
           "district; 'No one was injured' = injured 0 (deaths not stated)"),
    E("ke03-5", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(14))], claimant="Dnipropetrovsk region governor",
      note="regional count of downed drones 'overnight' in a Saturday report: required"),
    E("ke03-6", "policy_decision", D, L("Kryvyi Rih"), "UA", None, optional=True,
      note="days of mourning declared: a real local decision but hardly a decision 'about the war' in the taxonomy's "
           "sense: optional"),
]
STATEMENTS = [
    S("Svitlana Kovtun", "UA", "The bomblets fell everywhere at once", "witness"),
    S("Russian Defence Ministry", "RU", "a restaurant where unit commanders had gathered"),
]
MUST_NOT = ["KRYVBAS EVENING", "УКР | РУС | ENG", "City  Region  War  Sport  Culture  Ads",
            "18.10.2025 · 09:12 · updated 11:47", "Text: newsroom of Kryvbas Evening", "🔥 48   😢 1 311   🙏 622",
            "Join our Viber community: news of Kryvbas first", "Partner material",
            "Kryvbas Evening © 2025. Use of materials allowed with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
