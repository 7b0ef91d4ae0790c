from common import E, L, R, C, N, W, S, gold

TITLE = "Finland summons Russian envoy after MiG-31 jets breach airspace off Porvoo"
TEXT = """We value your privacy. We and our partners use cookies to store and access information on your device. Accept all | Manage preferences
EUROSCOPE
Europe | World | Business | Travel | Culture | Green | Next | Video
Europe News
Finland summons Russian envoy after MiG-31 jets breach airspace off Porvoo
By Anna Lindqvist with APN
Published on 30/09/2025 - 12:41 GMT+2 • Updated 14:05
Share this article
Comments

Finland summoned Russia's chargé d'affaires on Monday after two Russian MiG-31 fighter jets entered Finnish airspace over the Gulf of Finland off the coastal town of Porvoo, the latest in a string of incidents that have rattled NATO's eastern flank.

The jets flew about 2.5 kilometres into Finnish airspace and stayed there for roughly two minutes on Monday morning, the Finnish Defence Ministry said. Finnish Air Force F/A-18 Hornets were scrambled and escorted the aircraft back towards international airspace.

"This was not a navigation error. The aircraft had their transponders switched off and did not respond to radio calls," said Lieutenant Colonel Antti Kivelä, a spokesman for the Finnish Air Force.

The Russian diplomat was summoned to the foreign ministry in Helsinki on Monday afternoon and handed a protest note, the ministry said.

Advertisement

Moscow rejected the accusation. "Our aircraft flew strictly over neutral waters in accordance with international rules, which is confirmed by objective monitoring data," Artyom Volkov, a press secretary at the Russian embassy in Helsinki, told Euroscope.

On Tuesday, Russia's foreign ministry said it had summoned Finland's ambassador in Moscow to protest against what it called "provocative" NATO air exercises near the Russian border.

Finland, which joined NATO in April 2023 after decades of military non-alignment, shares a 1,340-kilometre land border with Russia. It closed all crossing points in December 2023, accusing Moscow of pushing migrants towards the frontier, and they remain shut.

Helsinki has not asked for consultations under Article 4 of NATO's founding treaty, which any ally can request when it feels threatened. Officials said such a step was "not on the table for now" but could be considered if the violations continued.

Finland's president said on Monday evening that the country would "not be intimidated" and that its air defence had done exactly what it was supposed to do.

In August, a Russian military helicopter crossed briefly into Finnish airspace near Kotka, an incident Moscow also denied.

Related
Baltic states to ask NATO for more air defence after drone incursions
Analysis: Is Russia testing NATO's northern flank?

Most viewed
Spain battles late-season wildfires in Andalusia
EU agrees new rules on airline passenger rights

© Euroscope 2025
"""
DOC = {"id": "m14", "date": "2025-09-30", "source": "Euroscope", "url": "https://www.euroscope.example/2025/09/30/finland-summons-russian-envoy-mig-31-porvoo",
       "text": TEXT}

D = "2025-09-30"
MON = "2025-09-29"
EVENTS = [
    E("m14-1", "military_mobilization", MON, L("Porvoo", 2, "Gulf of Finland off Porvoo"), "RU", "FI",
      claimant="Finnish Defence Ministry",
      note="airspace violation by two MiG-31s 'on Monday morning' (29 Sep): military_mobilization RU->FI as blind9 "
           "did; 'off the coastal town of Porvoo' = precision 2 (Uusimaa, FI-18)"),
    E("m14-2", "military_mobilization", MON, L("Porvoo", 2, "Gulf of Finland off Porvoo"), "FI", "RU",
      claimant="Finnish Defence Ministry", note="Finnish Hornets scrambled and escorted the jets out (blind4 call 9)"),
    E("m14-3", "diplomatic_contact", MON, L("Helsinki"), "FI", "RU", claimant="Finnish foreign ministry",
      note="Russian chargé summoned to the foreign ministry in Helsinki on Monday afternoon"),
    E("m14-4", "diplomatic_contact", D, L("Moscow"), "RU", "FI", claimant="Russian foreign ministry",
      note="'On Tuesday' Finland's ambassador summoned in Moscow (publication day)"),
    E("m14-5", "military_mobilization", None, L("Kotka", 2, "near Kotka"), "RU", "FI", prec="month", optional=True,
      note="'In August' helicopter incursion: recalled with a month only, optional; date null"),
]
STATEMENTS = [
    S("Antti Kivelä", "FI", "This was not a navigation error", "spokesman, Finnish Air Force"),
    S("Artyom Volkov", "RU", "Our aircraft flew strictly over neutral waters", "press secretary, Russian embassy in Helsinki"),
]
MUST_NOT = ["We value your privacy. We and our partners use cookies to store and access information on your device. Accept all | Manage preferences",
            "EUROSCOPE", "Europe | World | Business | Travel | Culture | Green | Next | Video", "Europe News",
            "By Anna Lindqvist with APN", "Published on 30/09/2025 - 12:41 GMT+2 • Updated 14:05", "Share this article",
            "Comments", "Advertisement", "Related", "Baltic states to ask NATO for more air defence after drone incursions",
            "Analysis: Is Russia testing NATO's northern flank?", "Most viewed",
            "Spain battles late-season wildfires in Andalusia", "EU agrees new rules on airline passenger rights",
            "© Euroscope 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
