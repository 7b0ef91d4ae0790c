from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Death toll from Russian missile strike on central Chernihiv climbs to 13"
TEXT = """MERIDIAN WIRE
Home | World | Markets | Europe | Ukraine crisis | Graphics | Podcasts
Updates death toll in paragraphs 1, 2 and 6, adds Kharkiv, Grayvoron
Death toll from Russian missile strike on central Chernihiv climbs to 13
By Ilona Vasylenko and Greta Holm
Thu 22 Aug 2024 · 21:58 EEST · Last update 22:06
CHERNIHIV, Ukraine, Aug 22 (Meridian) - Thirteen people, two of them children, were killed when Russian ballistic missiles slammed into the historic centre of Chernihiv on Thursday morning, the regional governor said late in the day, more than doubling a toll that had stood at five by lunchtime.

Seventy-two people were wounded, 19 of them children, and several remained in a critical condition, he wrote on Telegram.

Three Iskander-M missiles were fired at the northern city from Russia's Bryansk region at about 10:40 a.m., according to the air force. One was destroyed on the approach to the city; the other two exploded within some 300 metres of each other, in a square beside the drama theatre and outside a university building where applicants were queuing to hand in their documents.

Meridian reporters who reached the square an hour later saw shopfronts blown out along the main avenue, a burned trolleybus and rescuers carrying a stretcher out of a bank branch whose facade had collapsed onto the pavement.

"I was at the bus stop with my daughter. We lay down on the asphalt and I covered her with my handbag, as if a handbag could help," said Nadiia Kostenko, 41, a pharmacist, her forearm in a fresh bandage.

Rescuers worked through the afternoon. By 4 p.m. the number of dead had reached nine, the State Emergency Service said; in the evening two women died in hospital, and the bodies of two men were recovered from the rubble of the bank.

Russia's defence ministry said on Thursday its forces had struck "a meeting of the command of a Ukrainian operational-tactical group" in Chernihiv, without offering evidence. Local officials said there was no military facility anywhere near the square.

Chernihiv, about 60 km (40 miles) from the Russian border, had been spared large strikes for several months. Earlier this month, on Aug. 9, a Russian drone crashed into an apartment block on the city's outskirts, injuring three people.

Overnight, hours before the missiles, drones had hit an energy facility in the Koriukivka district of the region, leaving about 9,000 households without electricity, the regional power company said.

In the northeast, two guided aerial bombs struck the Industrialnyi district of Kharkiv on Thursday afternoon and wounded four people, Kharkiv's regional governor said.

Across the border, the governor of Russia's Belgorod region said a car had been struck by a Ukrainian drone on the outskirts of Grayvoron and its driver killed. Meridian could not independently verify the report.

The president said on Thursday that Ukraine's partners "know the list" of air defence systems it needs, and he renewed his plea for permission to use Western long-range weapons against airfields inside Russia. The regional administration declared Friday and Saturday days of mourning.

"A ballistic missile launched from the Bryansk region reaches Chernihiv in about two minutes. No warning system in the world gives people enough time for that," said Mattias Berglund, a missile defence researcher at the Nordic Institute for Strategic Affairs in Stockholm.
Reporting by Ilona Vasylenko in Chernihiv and Greta Holm in Stockholm; additional reporting by the Kyiv bureau; Editing by Paul Okafor
Our Standards: The Meridian Trust Principles.
"""
DOC = {"id": "lo01", "date": "2024-08-22", "source": "Meridian Wire (international news agency)",
       "url": "https://meridianwire.example/world/europe/death-toll-russian-missile-strike-chernihiv-climbs-13-2024-08-22",
       "text": TEXT}

D, AUG9 = "2024-08-22", "2024-08-09"
EVENTS = [
    E("lo01-1", MAS, D, L("Chernihiv"), "RU", "UA", fat=N(13), inj=N(72),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3))], claimant="Chernihiv regional governor",
      note="'Russian ballistic missiles slammed into the historic centre of Chernihiv on Thursday morning' (the "
           "publication day): two hits 300 m apart in one square/street at one moment = one city event; the toll rises "
           "down the page ('stood at five by lunchtime', 'By 4 p.m. … nine', two women died and two bodies recovered in "
           "the evening = 13, the lede's 'Thirteen … late in the day') -> 13 k 72 w ('Seventy-two people were wounded'); "
           "'Three Iskander-M missiles were fired at the northern city' -> launched 3; the MoD's 'meeting of the "
           "command' is its version of the same strike"),
    E("lo01-2", INT, D, H("Chernihiv", "on the approach to Chernihiv"), "UA", "RU", parent="lo01-1",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(1))], claimant="Ukrainian Air Force",
      note="'One was destroyed on the approach to the city': an interception with a count and a place -> required; "
           "'on the approach(es) to X' = precision 2 (blind53 call 4)"),
    E("lo01-3", ADS, AUG9, H("Chernihiv", "outskirts of Chernihiv"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="recap with its own date: 'Earlier this month, on Aug. 9, a Russian drone crashed into an apartment block on "
           "the city's outskirts, injuring three people' -> required on 9 Aug (a recalled event with a resolvable day); "
           "outskirts of X = precision 2"),
    E("lo01-4", ADS, D, H("Koriukivka", "Koriukivka district"), "RU", "UA", weapons=[W("drone")],
      note="'Overnight, hours before the missiles, drones had hit an energy facility in the Koriukivka district' -> "
           "the night to Thursday = 22 Aug; a raion named after its centre = precision 2; casualties not stated (absent); "
           "attacker not named but the drones are the Russian night's (Chernihiv region)"),
    E("lo01-5", DIS, D, H("Koriukivka", "Koriukivka district"), "RU", "UA", parent="lo01-4",
      note="'leaving about 9,000 households without electricity': outage caused by lo01-4"),
    E("lo01-6", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb", launched=N(2))],
      note="'two guided aerial bombs struck the Industrialnyi district of Kharkiv on Thursday afternoon and wounded "
           "four people': a city district = the city; bombs counted by number -> launched 2"),
    E("lo01-7", ADS, D, H("Grayvoron", "outskirts of Grayvoron"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      claimant="Belgorod regional governor",
      note="'a car had been struck by a Ukrainian drone on the outskirts of Grayvoron and its driver killed' (the governor's claim, "
           "told the same day, no other day given -> 22 Aug); outskirts = precision 2; unverified but reported -> kept"),
]
# Not events: the toll's stages (five by lunchtime, nine by 4 p.m.: stages of lo01-1), the reporters' scene and the
# rescue work (part of lo01-1), the MoD's 'meeting of the command' (the same strike), 'spared large strikes for
# several months' (negated habit), the president's 'know the list' and his plea for permission (request), the days of
# mourning on Friday and Saturday (future, not a war event), the researcher's two minutes (analysis).
# Not gold statements: the MoD's "a meeting of the command of a Ukrainian operational-tactical group" (institutional
# fragment), the president's "know the list" (title-only speaker, fragment).
STATEMENTS = [
    S("Nadiia Kostenko", "UA", "I covered her with my handbag, as if a handbag could help", "pharmacist, Chernihiv"),
    S("Mattias Berglund", None, "No warning system in the world gives people enough time for that",
      "missile defence researcher, Nordic Institute for Strategic Affairs"),
]
MUST_NOT = ["MERIDIAN WIRE", "Home | World | Markets | Europe | Ukraine crisis | Graphics | Podcasts",
            "Updates death toll in paragraphs 1, 2 and 6, adds Kharkiv, Grayvoron", "By Ilona Vasylenko and Greta Holm",
            "Thu 22 Aug 2024 · 21:58 EEST · Last update 22:06",
            "Reporting by Ilona Vasylenko in Chernihiv and Greta Holm in Stockholm; additional reporting by the Kyiv bureau; "
            "Editing by Paul Okafor",
            "Our Standards: The Meridian Trust Principles."]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo01-1': "Thirteen people, two of them children, were killed when Russian ballistic missiles slammed into the historic centre of Chernihiv on Thursday morning",
    'lo01-2': "One was destroyed on the approach to the city",
    'lo01-3': "Earlier this month, on Aug. 9, a Russian drone crashed into an apartment block on the city's outskirts, injuring three people.",
    'lo01-4': "Overnight, hours before the missiles, drones had hit an energy facility in the Koriukivka district of the region",
    'lo01-5': "leaving about 9,000 households without electricity",
    'lo01-6': "two guided aerial bombs struck the Industrialnyi district of Kharkiv on Thursday afternoon and wounded four people",
    'lo01-7': "a car had been struck by a Ukrainian drone on the outskirts of Grayvoron and its driver killed",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
