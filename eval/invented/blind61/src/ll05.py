from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, DIP

TITLE = "N. Korean troops suffer first major losses in Kursk, Kyiv says; Russian drones hit Ukraine's grid"
TEXT = """HANBIT NEWS AGENCY
HOME | NATIONAL | N. KOREA | WORLD | ECONOMY | PHOTOS | VIDEOS
(LEAD)
N. Korean troops suffer first major losses in Kursk, Kyiv says; Russian drones hit Ukraine's grid
All News 16:05 December 17, 2024
By Kim Seo-yeon
SEOUL, Dec. 17 (HNA) -- North Korean soldiers sent to Russia's Kursk region have taken their first significant combat losses, Ukraine's military said Tuesday, while Russian drones struck Ukraine's power system from late Monday Kyiv time, early Tuesday in Seoul.

According to Ukraine's special operations forces, North Korean infantry, attacking alongside Russian paratroopers, lost at least 30 men killed or wounded in two days of fighting near the village of Korenevo on Saturday and Sunday.

A second North Korean group was struck by Ukrainian artillery on Sunday as it moved through woodland in the Glushkovo district, south-west of Korenevo, the forces said in a statement, without giving figures.

"They advance in dense groups across open fields, and our drones meet them there," said Maj. Taras Horbach, a spokesman for the special operations forces.

At a closed-door briefing for lawmakers on Monday, South Korea's National Intelligence Service (NIS) estimated that at least 100 North Korean soldiers had been killed and close to 1,000 wounded since they entered combat earlier this month.

"They are being used as a disposable assault force, and nobody trained them for drones," Rep. Yoon Ha-neul of the parliamentary intelligence committee told reporters after the briefing.

The foreign ministry called in the Russian ambassador on Monday afternoon to protest against the deepening military cooperation between Moscow and Pyongyang, a ministry official said.

In Ukraine, the first drones reached Chernihiv at about 11 p.m. Monday local time (6 a.m. Tuesday in Seoul), hitting an energy facility and leaving some 30,000 households in the city without electricity, the regional governor said.

All told, Russia launched 81 attack and decoy drones and one Iskander-M ballistic missile overnight, Ukraine's air force said Tuesday. It shot down 58 of the drones; another 21 vanished from the radar screens, which the air force put down to electronic countermeasures.

Two residents were hurt in Kyiv when a drone hit a nine-storey building in the Sviatoshynskyi district before dawn, city officials said.

Russia's defence ministry reported 16 Ukrainian drones downed overnight, ten of them above the Bryansk region. The ministry also claimed on Tuesday that Russian units had seized the village of Tsukuryne in Ukraine's eastern Donetsk region. Kyiv did not confirm the claim.

North Korea, which has not acknowledged the deployment, is believed to have sent about 11,000 troops to Russia, according to Seoul and Washington.

Cha Min-kyu, a research fellow at the Korea Institute for Peninsula Strategy, said every week in Kursk gave North Korean units a kind of combat experience they had not had since 1953, and that this was what should worry Seoul.
(END)
Keywords: #N. Korean troops #Kursk #Ukraine #Russia
Copyright (c) Hanbit News Agency. Unauthorized reproduction, redistribution prohibited.
"""
DOC = {"id": "ll05", "date": "2024-12-17", "source": "Hanbit News Agency (South Korean wire, English service)",
       "url": "https://en.hanbitnews.example/view/AEN20241217004551315", "text": TEXT}

D, MON, SUN, SAT = "2024-12-17", "2024-12-16", "2024-12-15", "2024-12-14"
W1 = "ll05-6"
EVENTS = [
    E("ll05-1", CLA, SAT, H("Korenevo", "near Korenevo"), "RU", "UA", prec="range", end=SUN,
      claimant="Ukrainian special operations forces",
      note="'North Korean infantry, attacking alongside Russian paratroopers, lost at least 30 men killed or wounded in "
           "two days of fighting near the village of Korenevo on Saturday and Sunday' -> range 14-15 Dec; the North "
           "Korean troops fight for Russia (as DPR units, EVENTS.md) -> actor1 RU, attacking; near X = precision 2; "
           "'killed or wounded' cannot be split -> no counts"),
    E("ll05-2", MAS, SUN, H("Glushkovo", "Glushkovo district"), "UA", "RU", weapons=[W("artillery")],
      claimant="Ukrainian special operations forces",
      note="'A second North Korean group was struck by Ukrainian artillery on Sunday as it moved through woodland in "
           "the Glushkovo district': UA -> RU (the troops fight for Russia); a district named after its centre = "
           "precision 2; 'without giving figures' -> no counts"),
    E("ll05-3", CLA, None, R("RU-KRS", "Kursk region"), "RU", "UA", prec="unknown", agg=True, optional=True,
      claimant="South Korean National Intelligence Service",
      note="the NIS estimate 'at least 100 … killed and close to 1,000 wounded since they entered combat earlier this "
           "month': a tally over a period without a start day -> optional aggregate, date null"),
    E("ll05-4", DIP, MON, L("Seoul"), "KR", "RU", claimant="South Korean foreign ministry official",
      note="'The foreign ministry called in the Russian ambassador on Monday afternoon' (Seoul dateline, the ministry's "
           "seat): a summons in Seoul, the summoning state as actor1"),
    E("ll05-5", ADS, MON, L("Chernihiv"), "RU", "UA", parent=W1, weapons=[W("drone")],
      note="'the first drones reached Chernihiv at about 11 p.m. Monday local time (6 a.m. Tuesday in Seoul)' -> the "
           "Kyiv-side day, Monday 16 Dec, although the wave is dated by the Tuesday-morning count; casualties not "
           "given"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(81)), W("ballistic_missile", "Iskander-M", launched=N(1))],
      note="'All told, Russia launched 81 attack and decoy drones and one Iskander-M ballistic missile overnight' "
           "(Tuesday report -> 17 Dec): the nationwide wave typed by the missile"),
    E("ll05-7", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(58))],
      note="'It shot down 58 of the drones; another 21 vanished from the radar screens … electronic countermeasures': only the 58 are "
           "intercepted (blind49 call 1); the missile's fate is not said"),
    E("ll05-8", DIS, MON, L("Chernihiv"), "RU", "UA", parent="ll05-5",
      note="'leaving some 30,000 households in the city without electricity' after the 11 p.m. hit -> Monday"),
    E("ll05-9", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("drone")],
      note="'Two residents were hurt in Kyiv when a drone hit a nine-storey building in the Sviatoshynskyi district "
           "before dawn' (Tuesday; city district = the city)"),
    E("ll05-10", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian defence ministry",
      weapons=[W("drone", intercepted=N(16))],
      note="'Russia's defence ministry reported 16 Ukrainian drones downed overnight': the defender RU at "
           "country precision"),
    E("ll05-11", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="ll05-10", claimant="Russian defence ministry",
      weapons=[W("drone", intercepted=N(10))],
      note="'ten of them above the Bryansk region': a region with its own count -> required"),
    E("ll05-12", TER, D, L("Tsukuryne"), "RU", "UA", claimant="Russian defence ministry",
      note="'The ministry also claimed on Tuesday that Russian units had seized the village of Tsukuryne': a capture claim is required on its claim day even unconfirmed (blind49 call 8)"),
]
# Not events: 'Kyiv did not confirm the claim' (negation), the deployment of 'about 11,000 troops' (background without a
# day; North Korea 'has not acknowledged' it), the NIS briefing itself (a briefing of lawmakers, not a war event), the
# analyst's view (reported speech, no gold statement). The "(LEAD)" tag, the "(END)"
# line and the keyword line are furniture; the "SEOUL, Dec. 17 (HNA) --" dateline is text (Seoul is not where the
# war events happened, only the summons).
STATEMENTS = [
    S("Taras Horbach", "UA", "our drones meet them there", "spokesman, Ukrainian special operations forces"),
    S("Yoon Ha-neul", "KR", "They are being used as a disposable assault force", "member of the intelligence committee"),
]
MUST_NOT = ["HANBIT NEWS AGENCY", "HOME | NATIONAL | N. KOREA | WORLD | ECONOMY | PHOTOS | VIDEOS", "(LEAD)",
            "All News 16:05 December 17, 2024", "By Kim Seo-yeon", "(END)",
            "Keywords: #N. Korean troops #Kursk #Ukraine #Russia",
            "Copyright (c) Hanbit News Agency. Unauthorized reproduction, redistribution prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
