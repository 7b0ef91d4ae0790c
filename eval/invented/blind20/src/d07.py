from common import E, L, R, C, N, W, S, gold

TITLE = "Polish jets down Russian drones over Lublin province; debris hits house near Hrubieszów"
TEXT = """VISTULA COURIER · English edition
Poland · Security · Business · Opinion · Podcasts
🔴 LIVE UPDATES ENDED
Polish jets down Russian drones over Lublin province; debris hits house near Hrubieszów
Wojciech Zieliński, Anna Brzozowska
18.03.2026, 12:46
Polish and allied aircraft shot down four Russian drones over Lublin province overnight, the Operational Command of the Armed Forces said on Wednesday, after at least eight drones entered Polish airspace during a massive Russian attack on western Ukraine.

Debris from one of the drones fell on the roof of a single-family house in a village near Hrubieszów, close to the Ukrainian border, shortly before 3 a.m. The roof and an outbuilding were damaged; the elderly couple inside were not injured, the provincial governor's office said.

A second drone was found in a field near Chełm on Wednesday morning. Police cordoned off the area and sappers were examining whether it carried a warhead.

"This was not an accident. It was a deliberate test of whether NATO will respond," the Polish defence minister's spokesman, Paweł Kowalczyk, told reporters in Warsaw.

Airports in Rzeszów and Lublin were closed for about four hours during the night, and several flights were diverted to Kraków and Katowice.

The prime minister convened an emergency meeting of the government on Wednesday morning, and Poland formally requested consultations with its NATO allies under Article 4 of the alliance's treaty, the foreign ministry in Warsaw said.

Also read: What Article 4 means — and what it doesn't

Russia's embassy in Warsaw said Moscow "had no plans" to target Poland and accused Warsaw of "provocation", without addressing whether the drones were Russian.

Across the border, Russia launched 310 drones and 28 missiles at Ukraine overnight, mostly at the western regions, the Ukrainian air force said, adding that 280 drones and 21 missiles had been shot down or jammed.

In Lutsk, a drone struck an industrial plant, injuring two workers, the regional governor said. In the Lviv region, a missile hit an energy facility near the city of Lviv, cutting power to 60,000 customers.

Lithuania and Latvia said they were raising the readiness of their air defences, and the Netherlands, whose F-35s took part in the night's operation from a base in Poland, said its pilots had been in the air for more than three hours.

Security analysts warned that Warsaw faces a dilemma: shooting down cheap decoys over its territory with expensive missiles is not sustainable. "We cannot fire a million-zloty missile at every plywood drone," said Marek Ostrowski of the Warsaw Institute for Eastern Studies.

Tags: drones, NATO, Article 4, Lublin, Ukraine
Subscribe to the Courier Morning Brief — Polish news in English, every weekday
© Vistula Media Sp. z o.o. 2026 | Privacy | Cookie settings
"""
DOC = {"id": "d07", "date": "2026-03-18", "source": "Vistula Courier (Polish news site, English edition)",
       "url": "https://vistulacourier.example.pl/security/2026/03/18/polish-jets-down-russian-drones-lublin",
       "text": TEXT}

D = "2026-03-18"
AF = "Ukrainian air force"
EVENTS = [
    E("d07-1", "interception", D, R("PL-06", "Lublin province"), "PL", "RU", weapons=[W("drone", intercepted=N(4))],
      claimant="Operational Command of the Polish Armed Forces",
      note="four drones shot down over Lublin province 'overnight' (Wednesday report = Wednesday); region only; actor1 "
           "the defender (PL; allied aircraft took part)"),
    E("d07-2", "air_drone_strike", D, L("Hrubieszow", 2, "village near Hrubieszów"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Lublin provincial governor's office",
      note="debris on a house in an unnamed village near Hrubieszów: precision 2; 'were not injured' = 0/0 (blind4 call 9)"),
    E("d07-3", "air_drone_strike", D, L("Chelm", 2, "field near Chełm"), "RU", "PL", weapons=[W("drone")],
      note="a second drone found in a field near Chełm: coded like the debris (blind4 call 9); no damage or "
           "casualties told (counts absent)"),
    E("d07-4", "infrastructure_disruption", D, L("Rzeszow", 1, "Rzeszów airport"), None, "PL",
      family=["policy_decision"], note="airport closed about four hours; closure for an air threat: actor1 null "
                                       "(blind16 call 7); airport coded to its city"),
    E("d07-5", "infrastructure_disruption", D, L("Lublin", 1, "Lublin airport"), None, "PL",
      family=["policy_decision"], note="as d07-4"),
    E("d07-6", "policy_decision", D, L("Warsaw"), "PL", None,
      note="formal request for NATO Article 4 consultations, announced by the foreign ministry in Warsaw; the "
           "emergency government meeting is not a separate event"),
    E("d07-7", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(310)), W("missile", launched=N(28))], claimant=AF,
      note="nationwide wave: country precision, typed by the missiles"),
    E("d07-8", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="d07-7",
      weapons=[W("drone", intercepted=N(280)), W("missile", intercepted=N(21))], claimant=AF,
      note="'shot down or jammed' counted as intercepted (EW is interception in the taxonomy)"),
    E("d07-9", "air_drone_strike", D, L("Lutsk"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="d07-7",
      claimant="Volyn regional governor", note="industrial plant"),
    E("d07-10", "missile_artillery_strike", D, L("Lviv", 2, "near the city of Lviv"), "RU", "UA", weapons=[W("missile")],
      parent="d07-7", note="'near the city of Lviv' = precision 2"),
    E("d07-11", "infrastructure_disruption", D, L("Lviv", 2, "near the city of Lviv"), "RU", "UA", parent="d07-7",
      note="60,000 customers without power; placed like its strike (R('UA-46') would be the region)"),
    E("d07-12", "military_mobilization", D, C("LT", "Lithuania"), "LT", None, optional=True,
      note="Lithuania and Latvia 'raising the readiness' of air defences: two states, no place, said as ongoing — "
           "optional (one event for the pair)"),
]
STATEMENTS = [
    S("Paweł Kowalczyk", "PL", "It was a deliberate test of whether NATO will respond", "Polish defence minister's spokesman"),
    S("Marek Ostrowski", None, "We cannot fire a million-zloty missile at every plywood drone",
      "Warsaw Institute for Eastern Studies"),
]
MUST_NOT = ["VISTULA COURIER · English edition", "Poland · Security · Business · Opinion · Podcasts",
            "🔴 LIVE UPDATES ENDED", "Wojciech Zieliński, Anna Brzozowska", "18.03.2026, 12:46",
            "Also read: What Article 4 means — and what it doesn't", "Tags: drones, NATO, Article 4, Lublin, Ukraine",
            "Subscribe to the Courier Morning Brief — Polish news in English, every weekday",
            "© Vistula Media Sp. z o.o. 2026 | Privacy | Cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
