from common import E, L, R, C, N, W, S, gold

TITLE = "Ochakiv shelled again, two men wounded; rally for prisoners of war held in Mykolaiv"
TEXT = """PIVDENNYI BUH NEWS
Mykolaiv region | 26.06.2023, 09:14 | Views: 1 873
Ochakiv shelled again, two men wounded; rally for prisoners of war held in Mykolaiv

Russian forces shelled Ochakiv on Sunday afternoon, wounding two men aged 38 and 61, the head of the Mykolaiv regional military administration, Ihor Stetsenko, said on Monday morning. Both were taken to hospital; the older man is in a serious condition. Several private houses and a boiler house were damaged.

The Kutsurub community, on the shore of the Dnipro-Buh estuary, came under mortar fire six times over the weekend. There were no casualties, Stetsenko said.

Read also: Water in Mykolaiv: when will the city get drinking water from the new pipeline?

Overnight into Monday, air defence forces destroyed three Shahed attack drones over the Mykolaiv district. Debris from one of them fell on a garage cooperative in Mykolaiv's Inhulskyi district, damaging several garages and cars. No one was hurt.

On Saturday, about 200 people gathered on Soborna Square in Mykolaiv for a rally in support of prisoners of war from the city's marine brigade. Relatives of the captured servicemen held portraits and banners reading "Free the defenders" and called on the authorities to speed up exchanges. The rally passed peacefully.

"My son has been in captivity for 14 months. We receive no letters, nothing. We ask for only one thing — do not forget about them," said Natalia Hrytsenko, the mother of a marine captured in April 2022.

The Security Service of Ukraine (SBU) said on Monday it had detained a 41-year-old resident of Voznesensk who allegedly passed the coordinates of a local airfield and of railway infrastructure to Russian forces. According to the SBU, the man was recruited via a Telegram channel and could face life imprisonment.

Mykolaiv has been without drinking water from its main water supply since April 2022, when Russian forces damaged the pipeline from the Dnipro. The city council said work on a new pipeline was expected to be completed by the end of the year.

If you notice a mistake, select it and press Ctrl+Enter
Join us on Facebook and Telegram
"""
DOC = {"id": "s10", "date": "2023-06-26", "source": "Pivdennyi Buh News (Mykolaiv regional site)",
       "url": "https://pivdennyibuh.example/news/2023/06/26/ochakiv-rally", "text": TEXT}

D = "2023-06-26"
EVENTS = [
    E("s10-1", "missile_artillery_strike", "2023-06-25", L("Ochakiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      claimant="Ihor Stetsenko"),
    E("s10-2", "missile_artillery_strike", "2023-06-24", L("Kutsurub", 2, "Kutsurub community"), "RU", "UA",
      prec="range", end="2023-06-25", agg=True, fat=N(0), inj=N(0), weapons=[W("artillery", launched=None)],
      claimant="Ihor Stetsenko", note="six mortar attacks over the weekend (Sat-Sun)"),
    E("s10-3", "interception", D, L("Mykolaiv", 2, "Mykolaiv district"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(3))]),
    E("s10-6", "air_drone_strike", D, L("Mykolaiv", 1, "Mykolaiv, Inhulskyi district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136")], note="debris of a downed drone"),
    E("s10-4", "protest", "2023-06-24", L("Mykolaiv"), "UA", None, note="peaceful rally of POW relatives"),
    E("s10-5", "arrest", D, L("Voznesensk"), "UA", None, claimant="SBU", note="detention announced on Monday"),
]
STATEMENTS = [
    S("Natalia Hrytsenko", "UA", "do not forget about them", "mother of a captured marine"),
]
MUST_NOT = ["PIVDENNYI BUH NEWS", "Mykolaiv region | 26.06.2023, 09:14 | Views: 1 873",
            "Read also: Water in Mykolaiv: when will the city get drinking water from the new pipeline?",
            "If you notice a mistake, select it and press Ctrl+Enter", "Join us on Facebook and Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
