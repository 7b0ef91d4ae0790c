from common import E, L, R, C, N, W, S, gold

TITLE = "UN monitors: May was the deadliest month for Ukrainian civilians in almost three years"
TEXT = """GENEVA BULLETIN — International Affairs
UN | Human rights | Humanitarian | Trade | Health
20.06.2025 — 14:32 CEST
Filed under: Ukraine, United Nations, civilian harm
UN monitors: May was the deadliest month for Ukrainian civilians in almost three years
At least 232 civilians were killed and 1,343 injured in Ukraine in May, the highest monthly toll since September 2022, the UN Human Rights Monitoring Mission in Ukraine said in its monthly update published on Friday.

The mission said most of the casualties were caused by long-range missiles and drones striking cities far from the front, and by short-range drones hunting vehicles and pedestrians in front-line towns such as Kherson and Nikopol. Almost 90% of the verified casualties occurred in territory controlled by the Ukrainian government.

The single deadliest incident it verified in May was a Russian ballistic missile strike on Sloviansk on May 14, which hit a crowded market and killed 11 civilians, including two children, and injured 48.

"Civilians are paying the price of an intensification of hostilities that shows no sign of slowing," said Mariela Ortiz, the head of the mission. "Each of these numbers is a person whose death we have verified individually."

Download the full update (PDF, 2.1 MB)
The trend continued into June. In the first two weeks of the month, the mission verified at least 91 civilian deaths. On Tuesday, a drone struck a minibus near Nikopol, killing two passengers, the regional governor said; the mission said it was still verifying that incident.

The Russian authorities reported 40 civilian casualties in the Belgorod, Kursk and Bryansk regions in May, caused by Ukrainian shelling and drones. The mission said it had no access to those areas and could not verify the figures.

Since February 2022, the mission has verified 13,580 civilian deaths, and says the real number is likely considerably higher, particularly in places such as Mariupol, where it could not gather information during the siege.

The report will be presented to the Human Rights Council in Geneva next month.

This article was translated with the help of machine translation and reviewed by our editors.
Donate to keep Geneva Bulletin independent
© Geneva Bulletin Foundation 2025
"""
DOC = {"id": "kf08", "date": "2025-06-20", "source": "Geneva Bulletin (Swiss international-affairs site)",
       "url": "https://genevabulletin.example/un/2025/06/20/hrmmu-may-civilian-casualties", "text": TEXT}

EVENTS = [
    E("kf08-1", "missile_artillery_strike", "2025-05-01", C("UA", "Ukraine"), "RU", "UA", end="2025-05-31",
      prec="month", agg=True, fat=N(232, "at_least"), inj=N(1343, "at_least"), optional=True,
      family=["air_drone_strike"], note="monthly total of civilian casualties (May): optional (brief convention); "
      "missiles and drones, so both strike types"),
    E("kf08-2", "missile_artillery_strike", "2025-05-14", L("Sloviansk"), "RU", "UA", fat=N(11), inj=N(48),
      weapons=[W("ballistic_missile")], note="recalled incident with an explicit day ('on May 14'): required; "
      "'a Russian ballistic missile strike' = actor1 RU"),
    E("kf08-3", "missile_artillery_strike", "2025-06-01", C("UA", "Ukraine"), "RU", "UA", end="2025-06-14",
      prec="range", agg=True, fat=N(91, "at_least"), optional=True, family=["air_drone_strike"],
      note="'first two weeks of the month … at least 91 civilian deaths': part-month tally, optional like the monthly"),
    E("kf08-4", "air_drone_strike", "2025-06-17", L("Nikopol", 2, "near Nikopol"), None, "UA", fat=N(2),
      weapons=[W("drone")], note="'On Tuesday' in a Friday article = 17 Jun; 'near Nikopol' = precision 2; still "
      "being verified but reported by the governor: required; the sentence names no perpetrator (actor1 null)"),
    E("kf08-5", "missile_artillery_strike", "2025-05-01", C("RU", "Russia"), "UA", "RU", end="2025-05-31",
      prec="month", agg=True, optional=True, family=["air_drone_strike"],
      note="Russian authorities' monthly figure for three border regions (casualties, not deaths): monthly, optional"),
]
# Not events: the 'since September 2022' comparison, 13,580 deaths since February 2022 (cumulative), the siege of
# Mariupol (history), the presentation 'next month' (plan), the forecast of intensification.
STATEMENTS = [
    S("Mariela Ortiz", None, "Each of these numbers is a person whose death we have verified individually",
      "head of the UN Human Rights Monitoring Mission in Ukraine"),
]
MUST_NOT = ["GENEVA BULLETIN — International Affairs", "UN | Human rights | Humanitarian | Trade | Health",
            "20.06.2025 — 14:32 CEST", "Filed under: Ukraine, United Nations, civilian harm",
            "Download the full update (PDF, 2.1 MB)",
            "This article was translated with the help of machine translation and reviewed by our editors.",
            "Donate to keep Geneva Bulletin independent", "© Geneva Bulletin Foundation 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
