from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit Kremenchuk industrial zone overnight, heating cut in two districts"
TEXT = """ПОЛТАВСЬКА ХВИЛЯ
Poltava Wave · news of the Poltava region
Головна › Новини › English
14.03.2025 | 08:52 | 👁 2 317
Drones hit Kremenchuk industrial zone overnight, heating cut in two districts
Kremenchuk woke on Friday to a column of black smoke over its industrial zone. Russian attack drones circled the city for almost three hours in the night, and several of them eventually came down on an enterprise in the industrial zone, the head of the city military administration said.

Three people – two night-shift workers and a security guard – were taken to hospital with shrapnel wounds and burns. A fire covering some 400 square metres was put out shortly before six in the morning.

UPDATE, 10:05: The number of injured in Kremenchuk has risen to four, the city military administration said.

Damage to a boiler house left residents of the Kriukivskyi and Avtozavodskyi districts without heating. Engineers hoped to restore it by the evening, according to the city council.
Photo: press service of the Poltava Regional Military Administration
Seventeen of the 22 Shahed-type drones that entered the region's airspace overnight were destroyed by air defence units and mobile fire groups, the regional military administration reported. Debris fell on fields in the Myrhorod district without causing any damage.

"I counted eleven explosions before I stopped counting," said Halyna Moroz, who lives four streets from the enterprise. "The windows held. The nerves did not."

The enterprise, which the authorities did not name, is not the first industrial site in the city to be targeted: the Kremenchuk refinery was struck repeatedly in 2022 and 2023.
This article was originally published in Ukrainian.
Share: Facebook · Telegram · Viber · X
© 2012–2025 Poltava Wave. Copying permitted only with an active link to the source.
"""
DOC = {"id": "lb01", "date": "2025-03-14", "source": "Poltava Wave (Ukrainian regional news site, English edition)",
       "url": "https://poltavawave.example/en/news/2025/03/14/kremenchuk-drones-industrial-zone", "text": TEXT}

D = "2025-03-14"
EVENTS = [
    E("lb01-1", "air_drone_strike", D, L("Kremenchuk"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      evidence="The number of injured in Kremenchuk has risen to four",
      note="Russian attack drones 'during the night' (Friday page -> Friday) came down on an enterprise in the "
           "industrial zone of Kremenchuk (= the city, precision 1); three hospitalised at first, the body line "
           "'UPDATE, 10:05: … has risen to four' gives the latest figure (a trap that looks like furniture and must "
           "be kept); no deaths stated -> fatalities absent"),
    E("lb01-2", "infrastructure_disruption", D, L("Kremenchuk"), "RU", "UA", parent="lb01-1",
      evidence="Damage to a boiler house left residents of the Kriukivskyi and Avtozavodskyi districts without heating",
      note="heating cut in two city districts by the same attack (districts = the city)"),
    E("lb01-3", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", weapons=[W("drone", intercepted=N(17))],
      evidence="Seventeen of the 22 Shahed-type drones that entered the region's airspace overnight were destroyed",
      note="'Seventeen of the 22 Shahed-type drones … were destroyed' over the region (number in words opening the "
           "sentence): a regional count -> required, region precision 3; 22 entered the region's airspace is not a "
           "launch total, so only the intercepted count is scored"),
]
# Not events: debris on fields in the Myrhorod district 'without causing any damage' (no damage, no casualties), the
# fire put out (part of lb01-1), 'hoped to restore it by the evening' (expectation), the refinery 'struck repeatedly in
# 2022 and 2023' (history).
STATEMENTS = [
    S("Halyna Moroz", "UA", "I counted eleven explosions before I stopped counting", "resident of Kremenchuk"),
]
MUST_NOT = ["ПОЛТАВСЬКА ХВИЛЯ", "Poltava Wave · news of the Poltava region", "Головна › Новини › English",
            "14.03.2025 | 08:52 | 👁 2 317", "Photo: press service of the Poltava Regional Military Administration",
            "This article was originally published in Ukrainian.", "Share: Facebook · Telegram · Viber · X",
            "© 2012–2025 Poltava Wave. Copying permitted only with an active link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
