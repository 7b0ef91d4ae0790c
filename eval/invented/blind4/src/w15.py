from common import E, L, R, C, N, W, S, gold

TITLE = "Polish jets shoot down two drones over Lublin province during Russian attack on Ukraine"
TEXT = """WARSAW OBSERVER
04.12.2025 09:12
Author: Katarzyna Zielińska
Polish jets shoot down two drones over Lublin province during Russian attack on Ukraine

Polish and allied aircraft shot down two drones that entered Polish airspace from Belarus overnight during a massive Russian attack on western Ukraine, the Operational Command of the Polish Armed Forces said on Thursday morning.

The command said it had scrambled fighter jets shortly after 01:30 and put ground-based air defence and radar reconnaissance systems on the highest state of readiness. Both drones were downed over Lublin province.

Debris from one of them was found at dawn in a field near Włodawa, close to the border with Belarus and Ukraine, where it damaged the roof of a barn. No one was injured, police said.

Airports in Rzeszów and Lublin were closed to traffic for about four hours overnight, the Polish Air Navigation Services Agency said.
Photo: PAP / Marek Nowicki
"This was an act of aggression that posed a real threat to the lives of our citizens," Defence Minister Tomasz Wieczorek told reporters. Foreign Minister Anna Borkowska said Poland could request consultations under Article 4 of the North Atlantic Treaty if the drones were found to have been deliberately directed at Polish territory.

The Russian chargé d'affaires was summoned to the foreign ministry in Warsaw on Thursday morning. The Russian embassy denied that any Russian drones had targeted Poland.

Russia fired 415 drones and 40 cruise and ballistic missiles at Ukraine overnight, mainly at the western regions, Ukraine's air force said. Air defences shot down 380 drones and 33 missiles.

In Lviv, a missile struck an industrial facility, injuring two people, the mayor said. In Lutsk, drones damaged a residential building, killing one person, regional officials said.

Read more: Eastern Shield: what Poland is building on its border
Advertisement
Follow the Warsaw Observer on X and Facebook
"""
DOC = {"id": "w15", "date": "2025-12-04", "source": "Warsaw Observer",
       "url": "https://warsawobserver.example/poland/2025/12/04/drones-shot-down-lublin-province", "text": TEXT}

D = "2025-12-04"
EVENTS = [
    E("w15-1", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Operational Command"),
    E("w15-2", "interception", D, R("PL-06", "Lublin province"), "PL", "RU", weapons=[W("drone", intercepted=N(2))],
      claimant="Operational Command"),
    E("w15-3", "air_drone_strike", D, L("Wlodawa", 2, "near Włodawa"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="police", note="debris of a downed drone damaged a barn"),
    E("w15-4", "infrastructure_disruption", D, L("Rzeszow", 1, "Rzeszów airport"), "RU", "PL",
      claimant="Polish Air Navigation Services Agency"),
    E("w15-5", "infrastructure_disruption", D, L("Lublin", 1, "Lublin airport"), "RU", "PL",
      claimant="Polish Air Navigation Services Agency"),
    E("w15-6", "diplomatic_contact", D, L("Warsaw"), "PL", "RU", claimant="Warsaw Observer"),
    E("w15-7", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(415)), W("missile", launched=N(40))], claimant="Ukrainian Air Force"),
    E("w15-8", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(380)), W("missile", intercepted=N(33))], claimant="Ukrainian Air Force"),
    E("w15-9", "missile_artillery_strike", D, L("Lviv"), "RU", "UA", inj=N(2), weapons=[W("missile")], parent="w15-7",
      claimant="mayor of Lviv"),
    E("w15-10", "air_drone_strike", D, L("Lutsk"), "RU", "UA", fat=N(1), weapons=[W("drone")], parent="w15-7",
      claimant="regional officials"),
]
STATEMENTS = [
    S("Tomasz Wieczorek", "PL", "posed a real threat to the lives of our citizens", "Polish defence minister"),
]
MUST_NOT = ["WARSAW OBSERVER", "04.12.2025 09:12", "Author: Katarzyna Zielińska", "Photo: PAP / Marek Nowicki",
            "Read more: Eastern Shield: what Poland is building on its border", "Advertisement",
            "Follow the Warsaw Observer on X and Facebook"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
