from common import E, L, R, C, N, W, S, gold

TITLE = "Belarus launches snap drills near Ukrainian border as Warsaw weighs more troops for the east"
TEXT = """VISTULA TIMES
Poland · Region · World · Business · Opinion
Tuesday, 10 September 2024 | Updated 15:22
Author: Zofia Krawiec
Listen · 5:41
Belarus launches snap drills near Ukrainian border as Warsaw weighs more troops for the east
Belarus began a snap combat-readiness inspection of its army on Monday, moving motorised and artillery units to training grounds in the Gomel region, which borders Ukraine, the Belarusian defence ministry said.

The ministry said the exercise would last until Friday and was "purely defensive". "No one is threatening anyone. We are checking how quickly our units can react," ministry spokesman Colonel Pavel Zhuk said in a video statement.

Ukraine's border guard service said on Monday it had observed no build-up of Belarusian forces near the border that would indicate preparations for an attack, but that it was watching closely.

Ad
In Poland, the Operational Command said Polish and allied aircraft had been scrambled early on Tuesday as Russia launched drones and missiles at targets in western Ukraine. No violation of Polish airspace was recorded, it said. "Our pilots were in the air within minutes. The system works," said Lieutenant Colonel Marek Wierzbicki, a spokesman for the command.

Poland's defence minister said on Tuesday that the government was considering sending up to 2,000 more soldiers to the border with Belarus next month and could speed up construction of the East Shield fortification programme. A decision is expected after consultations with the president.

Lithuania, for its part, has asked NATO allies to consider permanently stationing air defence systems on its territory.

Minsk has hosted Russian nuclear-capable Iskander launchers since 2023, and the two countries plan to hold their joint Zapad exercise next year. A Belarusian deputy foreign minister warned that any "provocation" on the border would be met with "a proportionate response".

Could Belarus join the war? Analysts in Warsaw think it unlikely. "Lukashenko's army is useful to Moscow as a threat, not as a force," said Piotr Nowacki of the Eastern Studies Institute. "Every time it rattles its sabre, Ukraine has to keep brigades in the north. That is the whole point."

Recommended for you
Farmers block border crossing again over grain imports
Rzeszów airport to expand cargo terminal
Follow Vistula Times on Google News
ISSN 2451-0981 · Publisher: Vistula Media Sp. z o.o., Warsaw
"""
DOC = {"id": "kf12", "date": "2024-09-10", "source": "Vistula Times (Polish English-language site)",
       "url": "https://vistulatimes.example/region/2024/09/10/belarus-snap-drills-gomel", "text": TEXT}

EVENTS = [
    E("kf12-1", "military_mobilization", "2024-09-09", R("BY-HO", "Gomel region"), "BY", None,
      claimant="Belarusian defence ministry",
      note="snap readiness inspection begun 'on Monday' with units moved to training grounds in the Gomel region: "
           "a troop movement (military_mobilization), region only; its duration 'until Friday' is a plan"),
    E("kf12-2", "military_mobilization", "2024-09-10", C("PL", "Poland"), "PL", None, claimant="Operational Command",
      note="Polish and allied aircraft scrambled 'early on Tuesday' (publication day): military_mobilization of Poland, "
           "country precision (no base named)"),
    E("kf12-3", "missile_artillery_strike", "2024-09-10", C("UA", "Ukraine"), "RU", "UA", optional=True,
      family=["air_drone_strike"], note="'Russia launched drones and missiles at targets in western Ukraine': the "
      "cause of the scramble, no count, no place, no result; optional (told only as background)"),
]
# Not events: 'observed no build-up' (negation), 'considering sending up to 2,000 … next month' and East Shield
# (plans), Lithuania's request, Iskanders 'since 2023' (history), Zapad 'next year' (plan), the warning (threat), the
# question and the analyst's opinion.
STATEMENTS = [
    S("Pavel Zhuk", "BY", "No one is threatening anyone", "Belarusian defence ministry spokesman"),
    S("Marek Wierzbicki", "PL", "Our pilots were in the air within minutes", "Operational Command spokesman"),
    S("Piotr Nowacki", None, "useful to Moscow as a threat, not as a force", "analyst, Eastern Studies Institute"),
]
MUST_NOT = ["VISTULA TIMES", "Poland · Region · World · Business · Opinion",
            "Tuesday, 10 September 2024 | Updated 15:22", "Author: Zofia Krawiec", "Listen · 5:41", "Ad",
            "Recommended for you", "Farmers block border crossing again over grain imports",
            "Rzeszów airport to expand cargo terminal", "Follow Vistula Times on Google News",
            "ISSN 2451-0981 · Publisher: Vistula Media Sp. z o.o., Warsaw"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
