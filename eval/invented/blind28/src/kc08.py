from common import E, L, R, C, N, W, S, gold

TITLE = "130 Ukrainians come home in swap as Russian shells hit Kherson again"
TEXT = """ADRIATIC OBSERVER
Region · Europe · World · Business · Culture
Europe › War in Ukraine
130 Ukrainians come home in swap as Russian shells hit Kherson again
08/03/2023 – 12:20 | Author: Davor Kralj
Reading time: 2 minutes
Ukraine and Russia exchanged prisoners of war on Tuesday, with 130 Ukrainian soldiers and two civilians returning home in return for 90 Russian servicemen, officials on both sides said. The swap, mediated by the United Arab Emirates, took place at an undisclosed point on the border.

"Among those who came back are defenders of Mariupol and of Snake Island. Some of them spent almost a year in captivity," said Oksana Hreb, a spokeswoman for Ukraine's coordination headquarters for prisoners of war.

Russia's Defence Ministry confirmed that 90 Russian servicemen had been returned and were being flown to Moscow for treatment.

On the same day, Russian artillery shelled Kherson, killing three people at a bus stop in the city's Dniprovskyi district and wounding five, the regional governor said. In Bilozerka, west of Kherson, a woman was wounded by shelling on Tuesday evening. A Russian aircraft dropped two guided bombs on Beryslav on Wednesday morning, injuring two men.

Moscow denied shelling Kherson. Russia's foreign ministry said the accusations were "staged provocations" and that its forces did not strike civilian targets.

More than 2,000 Ukrainians have been freed in exchanges since the start of the full-scale invasion, according to Kyiv.

A bus carrying freed Ukrainian prisoners arrives in the Chernihiv region on Tuesday. Photo: Coordination HQ/handout

Comments: 7 | Log in to comment
Also on Adriatic Observer:
Croatia to send more demining equipment to Ukraine
EU ministers debate joint ammunition purchase
Adriatic Observer d.o.o. · Impressum · Cookie settings
"""
DOC = {"id": "kc08", "date": "2023-03-08", "source": "Adriatic Observer (Croatian English-language site)",
       "url": "https://adriaticobserver.example/europe/war-in-ukraine/130-ukrainians-swap-kherson", "text": TEXT}

D, Y = "2023-03-08", "2023-03-07"
EVENTS = [
    E("kc08-1", "agreement", Y, C(None, "Ukrainian-Russian border (undisclosed point)"), "UA", "RU",
      note="prisoner exchange = agreement; 'at an undisclosed point on the border' names no country or region: "
           "country_code null (blind4 call 10); the caption's bus in the Chernihiv region is the same exchange"),
    E("kc08-2", "missile_artillery_strike", Y, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA",
      fat=N(3), inj=N(5), weapons=[W("artillery")],
      note="'On the same day' = Tuesday; Moscow's denial is a counter-claim, the event stands"),
    E("kc08-3", "missile_artillery_strike", Y, L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'west of Kherson' locates the named village; Tuesday evening"),
    E("kc08-4", "air_drone_strike", D, L("Beryslav"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb", launched=N(2))],
      note="two guided bombs from an aircraft 'on Wednesday morning'"),
]
STATEMENTS = [
    S("Oksana Hreb", "UA", "Some of them spent almost a year in captivity", "spokeswoman for the POW coordination headquarters"),
]
MUST_NOT = ["ADRIATIC OBSERVER", "Region · Europe · World · Business · Culture", "Europe › War in Ukraine",
            "08/03/2023 – 12:20 | Author: Davor Kralj", "Reading time: 2 minutes", "Comments: 7 | Log in to comment",
            "Also on Adriatic Observer:", "Croatia to send more demining equipment to Ukraine",
            "EU ministers debate joint ammunition purchase", "Adriatic Observer d.o.o. · Impressum · Cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
