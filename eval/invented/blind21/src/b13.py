from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hits Dnipro, Kyiv and Odesa region with missiles and over a hundred drones"
TEXT = """IBERPRESS INTERNATIONAL — ENGLISH SERVICE
Madrid | 3 Dec 2025 | 10:41 CET
URGENT / EUROPE / UKRAINE
Russia hits Dnipro, Kyiv and Odesa region with missiles and over a hundred drones
Kyiv, Dec 3 (IPI).- Russia attacked Ukraine overnight with 112 drones and ten missiles, killing at least three people and damaging energy facilities in the south, the Ukrainian Air Force reported on Wednesday.

Of the missiles, six were Iskander-M ballistic missiles and four were Kh-101 cruise missiles launched from Tu-95 bombers over the Caspian Sea. Air defence units shot down or suppressed 88 drones and three of the cruise missiles, the Air Force said on Telegram, adding that hits had been recorded at 14 locations. None of the ballistic missiles was intercepted.

The heaviest blow fell on Dnipro, where a ballistic missile struck an industrial enterprise shortly after 4:00, killing two employees and wounding nine, according to the head of the regional military administration. "The night shift was at work. The rocket hit precisely where people were," he said.

In Kyiv, fragments of a downed drone fell on a 16-storey apartment building in the Darnytskyi district, injuring three residents, one of them a 12-year-old boy, the head of the city military administration said. A warehouse caught fire in the Dniprovskyi district, where no casualties were reported.

A drone hit a petrol station on the outskirts of Sumy, killing a 44-year-old attendant, regional authorities said.

In the Odesa region, drones damaged an energy facility, and about 30,000 households were left without electricity, the regional governor's office said. The regional power distributor said repairs would take at least a day.

Explosions were also heard in Ternopil, where the mayor said "critical infrastructure" had been hit, without giving details. Over the Kharkiv region, 13 drones were shot down, the regional governor reported.

The attack also reached the west and centre of the country. In Khmelnytskyi, an industrial facility was damaged and windows were blown out in nearby houses, the regional head said; nobody was injured. A drone struck the thermal power plant at Ladyzhyn in the Vinnytsia region shortly before 6:00, causing a fire that was put out by mid-morning, according to the plant's operator. In Poltava, a gas infrastructure site was hit, and gas supply to about 2,000 consumers in the city's southern districts was interrupted, the regional gas company said.

On the outskirts of the capital, a drone crashed into a logistics warehouse in Brovary, injuring a security guard. Over the Kyiv region, air defence units destroyed 19 drones, while air defence was also active over the Zhytomyr and Chernihiv regions, officials said.

"It was the loudest night since the summer. The building was shaking for forty minutes," said Larysa Ivanenko, a pharmacist from Brovary who spent the night in an underground car park with her two sons.

Ukrenergo, the national grid operator, said that emergency power cuts had been applied in four regions in the morning hours and that scheduled outages of up to eight hours would remain in force in the Odesa region for the rest of the day.

Poland's Operational Command said Polish and allied aircraft had been scrambled in the early hours as a precaution and that ground-based air defence systems had been put on the highest state of readiness. Polish airspace was not violated, it added.

Russia's Defence Ministry said it had carried out a "massive strike" on "enterprises of the Ukrainian military-industrial complex and the energy facilities that support them" and that all targets had been hit.

"Russia answers every peace proposal with ballistic missiles. This is their real response," Ukraine's foreign minister wrote on X, calling on partners to speed up deliveries of Patriot interceptors.

The attack came a day after US and Ukrainian delegations met in Geneva to discuss a possible framework for ending the war. Russia has launched more than 5,000 drones at Ukraine in November alone, according to Ukrainian Air Force data compiled by IberPress.

Photo IPI / Archive
IPI/mr/lg
IberPress International. Reproduction of this content is subject to contract.
"""
DOC = {"id": "b13", "date": "2025-12-03", "source": "IberPress International (Spanish news agency, English service)",
       "url": "https://www.iberpress.example/en/europe/20251203/russia-hits-dnipro-kyiv-odesa-drones-missiles", "text": TEXT}

D = "2025-12-03"
EVENTS = [
    E("b13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(3, "at_least"),
      weapons=[W("drone", launched=N(112), intercepted=N(88)),
               W("ballistic_missile", "Iskander-M", launched=N(6)),
               W("cruise_missile", "Kh-101", launched=N(4), intercepted=N(3))], claimant="Ukrainian Air Force",
      note="the nationwide wave 'overnight': 112 drones + 6 Iskander-M + 4 Kh-101, heaviest weapon = missile; 'killing at "
           "least three' is the wave total (Dnipro 2 + Sumy 1); 'None of the ballistic missiles was intercepted' gives "
           "no ballistic intercepted count (blind8 call 1); '14 locations' without places gives no children"),
    E("b13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(88)), W("cruise_missile", "Kh-101", intercepted=N(3))],
      claimant="Ukrainian Air Force", note="88 drones 'shot down or suppressed' and three cruise missiles"),
    E("b13-3", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("ballistic_missile")], parent="b13-1", claimant="Dnipropetrovsk regional military administration head",
      note="ballistic missile on an industrial enterprise 'shortly after 4:00'"),
    E("b13-4", "air_drone_strike", D, L("Kyiv", 1, "Darnytskyi district, Kyiv"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="b13-1", claimant="Kyiv city military administration head",
      note="fragments of a downed drone on an apartment building: drone-type child (blind8 call 4)"),
    E("b13-5", "air_drone_strike", D, L("Kyiv", 1, "Dniprovskyi district, Kyiv"), "RU", "UA", fat=N(0), inj=N(0),
      family=["missile_artillery_strike"], parent="b13-1", claimant="Kyiv city military administration head",
      note="warehouse fire, 'no casualties were reported' = 0/0; cause not said (drone by context of the Kyiv "
           "paragraph) -> missile accepted"),
    E("b13-6", "air_drone_strike", D, L("Sumy", 2, "outskirts of Sumy"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      parent="b13-1", note="drone on a petrol station on the outskirts, attendant killed; outskirts = precision 2"),
    E("b13-7", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone")], parent="b13-1",
      claimant="Odesa regional governor's office", note="energy facility damaged by drones, region only"),
    E("b13-8", "infrastructure_disruption", D, R("UA-51", "Odesa region"), "RU", "UA",
      claimant="Odesa regional governor's office", note="about 30,000 households without electricity"),
    E("b13-9", "missile_artillery_strike", D, L("Ternopil"), "RU", "UA", family=["air_drone_strike"], parent="b13-1",
      claimant="Ternopil mayor", note="'critical infrastructure' hit, weapon not said (mixed wave) -> both types"),
    E("b13-10", "interception", D, R("UA-63", "Kharkiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(13))],
      claimant="Kharkiv regional governor", note="regional count -> required interception"),
    E("b13-13", "missile_artillery_strike", D, L("Khmelnytskyi"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="b13-1", claimant="Khmelnytskyi regional head",
      note="industrial facility damaged, 'nobody was injured' = 0/0 (no deaths stated either; ANNOTATION rule 7 reads "
           "'no one was hurt' as 0/0); weapon not said -> both types"),
    E("b13-14", "air_drone_strike", D, L("Ladyzhyn"), "RU", "UA", weapons=[W("drone")], parent="b13-1",
      claimant="Ladyzhyn plant operator", note="drone on the thermal power plant 'shortly before 6:00'; plant = its town"),
    E("b13-15", "missile_artillery_strike", D, L("Poltava"), "RU", "UA", family=["air_drone_strike"], parent="b13-1",
      note="gas infrastructure site hit, weapon not said -> both types"),
    E("b13-16", "infrastructure_disruption", D, L("Poltava"), "RU", "UA", claimant="Poltava regional gas company",
      note="gas supply to about 2,000 consumers interrupted"),
    E("b13-17", "air_drone_strike", D, L("Brovary"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="b13-1",
      note="drone crashed into a warehouse, security guard injured"),
    E("b13-18", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(19))],
      note="19 drones destroyed over the Kyiv region: regional count -> required"),
    E("b13-19", "interception", D, R("UA-18", "Zhytomyr region"), "UA", "RU", optional=True,
      note="'air defence was also active over the Zhytomyr and Chernihiv regions': listed without a count -> optional"),
    E("b13-20", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", optional=True, note="as b13-19"),
    E("b13-21", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", family=["policy_decision"],
      claimant="Ukrenergo",
      note="emergency cuts 'in four regions' (unnamed) in the morning: country-level disruption (blind16 call 5); the "
           "Odesa-region schedules are part of b13-8's outage"),
    E("b13-11", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish Operational Command",
      note="aircraft scrambled 'in the early hours' and air defence on highest readiness; no base named -> Poland, "
           "country precision (blind4 call 9)"),
    E("b13-12", "diplomatic_contact", "2025-12-02", {"name": "Geneva", "country_code": "CH", "admin1_code": None,
                                                     "precision": 4}, "US", "UA", optional=True,
      note="US-Ukrainian meeting in Geneva 'a day' before = 2 December: a recalled meeting with a day; optional because "
           "it is background to the strike story; Geneva not in the place table -> country CH"),
]
STATEMENTS = [
    S("Dnipropetrovsk regional military administration head", "UA", "The rocket hit precisely where people were"),
    S("Russian Defence Ministry", "RU", "enterprises of the Ukrainian military-industrial complex and the energy "
                                        "facilities that support them"),
    S("Larysa Ivanenko", "UA", "It was the loudest night since the summer", "pharmacist, Brovary"),
    S("Ukraine's foreign minister", "UA", "Russia answers every peace proposal with ballistic missiles"),
]
MUST_NOT = ["IBERPRESS INTERNATIONAL — ENGLISH SERVICE", "Madrid | 3 Dec 2025 | 10:41 CET", "URGENT / EUROPE / UKRAINE",
            "Photo IPI / Archive", "IPI/mr/lg",
            "IberPress International. Reproduction of this content is subject to contract."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
