from common import E, L, R, C, N, W, S, gold

TITLE = "Number of killed in Kryvyi Rih rose to 19, search operation completed"
TEXT = """PROMIN · Ukrainian National News Agency
UKR | ENG | DEU | ESP
Air raid alert status: Dnipropetrovsk oblast — no alert (updated 14:02)
Politics · War · Economy · Regions · Society · Photo
Number of killed in Kryvyi Rih rose to 19, search operation completed
12.02.2026 14:05
In Kryvyi Rih rescuers finished on Thursday morning the search and rescue operation at the five-storey residential building destroyed by a Russian missile on Tuesday evening. The number of killed rose to 19 persons, among them four children, informs the State Emergency Service.

The Russian ballistic missile hit the building at 21:40 on Tuesday. In the first hours the city authorities reported six killed. On Wednesday, when the rescuers dismantled the collapsed entrance, the number increased to 14, and during the night to Thursday five more bodies were found under the debris.

In total 61 persons were injured, 12 of them children. 23 persons are still in hospitals, five in grave condition, the head of the Dnipropetrovsk regional military administration said.

"We worked for 36 hours without a stop. Every hour we hoped to hear a voice from under the slabs," told the spokesperson of the SES in the region Oleh Marchenko.

The Ministry of Defence of Russia claimed on Wednesday that its forces hit "a place of temporary deployment of the foreign mercenaries" in Kryvyi Rih. Local residents and the city authorities say that in the building lived only civilians, mostly families of the workers of the mining plant.

"My neighbours from the fourth floor, the whole family, are not here any more. We lived together 30 years," said resident of the neighbouring building Halyna Bondar, 67.

The city declared three days of mourning.

Meanwhile, in the night to Thursday the enemy attacked Kryvyi Rih again, this time with attack drones. In the Inhuletskyi district an enterprise was hit, one man was injured. In total over the Dnipropetrovsk region air defence destroyed 12 drones during the night, informed the Air Command "East".

On Wednesday the Russians shelled Nikopol from artillery, a 52-year-old woman was injured. On Thursday morning an FPV drone attacked a car in Marhanets, the driver died on the place.

Promin reminds that it is already the third strike with mass casualties in Kryvyi Rih since the beginning of the full-scale invasion.

Dear readers! Promin keeps its news free. Support us: promin.example/support
Quoting and using of any materials in internet is allowed only with the hyperlink to promin.example not lower than the first paragraph.
"""
DOC = {"id": "kg09", "date": "2026-02-12", "source": "Promin (Ukrainian news agency, English service)",
       "url": "https://promin.example/eng/regions/kryvyi-rih-death-toll-19", "text": TEXT}

EVENTS = [
    E("kg09-1", "missile_artillery_strike", "2026-02-10", L("Kryvyi Rih"), "RU", "UA", fat=N(19), inj=N(61),
      weapons=[W("ballistic_missile")],
      note="'at 21:40 on Tuesday' = 10 Feb; rising toll 6 → 14 → 19: the latest figure wins (fatalities 19, injured "
           "61); the Russian MoD's 'foreign mercenaries' claim and its date (Wednesday) are the same event; the rescue "
           "operation and mourning are not events"),
    E("kg09-2", "air_drone_strike", "2026-02-12", L("Kryvyi Rih"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'in the night to Thursday … again, this time with attack drones': Inhuletskyi district = the city; "
           "12 Feb (publication day)"),
    E("kg09-3", "interception", "2026-02-12", R("UA-12", "Dnipropetrovsk region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(12))], claimant="Air Command East",
      note="'over the Dnipropetrovsk region air defence destroyed 12 drones during the night': regional count, required"),
    E("kg09-4", "missile_artillery_strike", "2026-02-11", L("Nikopol"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], note="'On Wednesday the Russians shelled Nikopol from artillery' = 11 Feb, one injured"),
    E("kg09-5", "air_drone_strike", "2026-02-12", L("Marhanets"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="'On Thursday morning an FPV drone attacked a car in Marhanets' = 12 Feb; driver died; actor1 RU from the "
           "article's frame ('the enemy', 'the Russians' in the same paragraph group)"),
]
# Not events: the rescue operation and its end, the three days of mourning, the intermediate tolls (6, 14), 'third
# strike with mass casualties … since the beginning' (history).
# Not gold statements: the MoD fragment 'a place of temporary deployment of the foreign mercenaries'.
STATEMENTS = [
    S("Oleh Marchenko", "UA", "We worked for 36 hours without a stop", "SES spokesperson"),
    S("Halyna Bondar", "UA", "My neighbours from the fourth floor, the whole family, are not here any more", "resident"),
]
MUST_NOT = ["PROMIN · Ukrainian National News Agency", "UKR | ENG | DEU | ESP",
            "Air raid alert status: Dnipropetrovsk oblast — no alert (updated 14:02)",
            "Politics · War · Economy · Regions · Society · Photo", "12.02.2026 14:05",
            "Dear readers! Promin keeps its news free. Support us: promin.example/support",
            "Quoting and using of any materials in internet is allowed only with the hyperlink to promin.example not lower than the first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
