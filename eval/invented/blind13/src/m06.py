from common import E, L, R, C, N, W, S, gold

TITLE = "SBU detains railway arsonist in Rivne region, air defence spotter in Zaporizhzhia"
TEXT = """UKRINFOCUS
National News Agency of Ukraine
Politics Economy War Society Regions World Photo Video
16.05.2024 13:27
SBU detains railway arsonist in Rivne region, air defence spotter in Zaporizhzhia

Security Service of Ukraine (SBU) officers have detained a 19-year-old resident of the Rivne region who, on the instructions of Russian special services, set fire to a relay cabinet near the Zdolbuniv railway junction.

This was reported by the SBU press service, an Ukrinfocus correspondent reports.

According to the investigation, the young man set the equipment on fire on Sunday night and filmed the arson on his phone to send the video to his handler. Because of the damage, several freight trains and two suburban trains were delayed for up to three hours. Law enforcement officers detained the suspect on Monday in Rivne, where he was renting a flat.

"The enemy recruits teenagers through Telegram channels offering quick earnings. In reality, these young people get a criminal record and up to 12 years in prison, and the handlers do not pay them what was promised," the SBU said.

Read also: Over 3,000 Ukrainian children returned from deportation - Ombudsman

In Zaporizhzhia, SBU counterintelligence detained a woman on Wednesday who had been passing the locations of Ukrainian air defence systems to Russian military intelligence. According to the SBU, she photographed the positions while driving around the city and its outskirts and sent the pictures via an anonymous chat bot.

In addition, on Tuesday, the SBU and the National Police detained a resident of Bila Tserkva who was preparing to blow up a car belonging to a Ukrainian serviceman. An improvised explosive device was found in his garage and defused by explosives experts.

The suspects have been served notices of suspicion under articles on sabotage, treason and terrorist act. They face up to life imprisonment.

Meanwhile, in Kyiv, two military pickup trucks were set on fire overnight in the Darnytskyi district. No one was hurt. Police are looking for the arsonists.

"We ask residents to report any suspicious activity near military vehicles and railway facilities to the 102 line," said Olha Didenko, spokeswoman for the Kyiv police.

As Ukrinfocus reported, since the beginning of the year the SBU has exposed more than 120 attempts to set fire to railway and military facilities on the instructions of Russian special services.

Photo: SBU

Read also: Police detain man who filmed air defence at work in Odesa

When citing and using any materials on the Internet, a hyperlink to ukrinfocus.ua not lower than the first paragraph is mandatory.
Subscribe to our channels Telegram, Instagram and YouTube.
"""
DOC = {"id": "m06", "date": "2024-05-16", "source": "Ukrinfocus", "url": "https://www.ukrinfocus.example/rubric-war/3862204-sbu-detains-railway-arsonist.html",
       "text": TEXT}

D = "2024-05-16"
EVENTS = [
    E("m06-1", "looting_destruction", "2024-05-12", L("Zdolbuniv", 2, "near the Zdolbuniv railway junction"), "RU", "UA",
      claimant="SBU",
      note="arson of a relay cabinet 'on Sunday night' (12 May); actor1 RU because the text attributes it to "
           "instructions of Russian special services (as blind9's Russian-run recruiting channel)"),
    E("m06-2", "infrastructure_disruption", "2024-05-12", L("Zdolbuniv", 2, "near the Zdolbuniv railway junction"),
      "RU", "UA", claimant="SBU",
      note="freight and suburban trains delayed by up to three hours by the arson (as blind9 q09-6 / blind5 v10-4 "
           "coded train delays)"),
    E("m06-3", "arrest", "2024-05-13", L("Rivne"), "UA", None, claimant="SBU",
      note="detained 'on Monday' (13 May) in Rivne"),
    E("m06-4", "arrest", "2024-05-15", L("Zaporizhzhia"), "UA", None, claimant="SBU",
      note="detained 'on Wednesday' (15 May) in Zaporizhzhia"),
    E("m06-5", "arrest", "2024-05-14", L("Bila Tserkva"), "UA", None, claimant="SBU; National Police",
      note="detained 'on Tuesday' (14 May); the car bombing was only prepared (not an event), the defusing is not coded"),
    E("m06-6", "looting_destruction", D, L("Kyiv", name="Kyiv (Darnytskyi district)"), None, "UA", fat=N(0), inj=N(0),
      claimant="Kyiv police", note="two military pickups set on fire overnight; perpetrators unknown, actor1 null; "
                                   "'No one was hurt' = 0/0"),
]
STATEMENTS = [
    S("SBU", "UA", "these young people get a criminal record and up to 12 years in prison"),
    S("Olha Didenko", "UA", "report any suspicious activity near military vehicles and railway facilities",
      "spokeswoman for the Kyiv police"),
]
MUST_NOT = ["UKRINFOCUS", "National News Agency of Ukraine", "Politics Economy War Society Regions World Photo Video",
            "16.05.2024 13:27", "Read also: Over 3,000 Ukrainian children returned from deportation - Ombudsman",
            "Photo: SBU", "Read also: Police detain man who filmed air defence at work in Odesa",
            "When citing and using any materials on the Internet, a hyperlink to ukrinfocus.ua not lower than the first paragraph is mandatory.",
            "Subscribe to our channels Telegram, Instagram and YouTube."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
