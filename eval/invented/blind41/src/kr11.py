from common import E, L, R, C, N, W, S, gold

TITLE = "Navy detains shadow fleet tanker off Loksa; Russian fighter violates Estonian airspace hours later"
TEXT = """LMU NEWS
Estonian public broadcasting in English
ESTONIAN | RUSSIAN | ENGLISH
News | Opinion | Features | Culture | Sport
Navy detains shadow fleet tanker off Loksa; Russian fighter violates Estonian airspace hours later
Feature image: Estonian Navy
18.02.2026 11:20
The Estonian Navy and the Police and Border Guard Board on Tuesday boarded and detained an oil tanker sailing without a valid flag off Loksa, in Estonian territorial waters, and escorted it to the port of Muuga. Its captain, a Russian citizen, was detained on suspicion of endangering maritime safety.

The 228-metre tanker, which had left the Russian port of Primorsk with a cargo of crude oil, is listed by the EU as part of Russia's so-called shadow fleet. It did not respond to radio calls for more than an hour, the navy said.

"We gave the crew every opportunity to answer. When a ship sails through our waters without a flag, without insurance and without answering, we will board it," Commander Tarmo Raudsepp, head of the navy's operations centre, told LMU News.

Hours later, on Tuesday evening, a Russian Su-35 fighter jet entered Estonian airspace near Vaindloo island, north of Kunda, and stayed there for about 90 seconds, the Defence Forces said. The aircraft had not filed a flight plan and its transponder was switched off.

Two Italian F-35 fighters of NATO's Baltic Air Policing mission were scrambled from Ämari air base and escorted the jet away.

On Wednesday morning, the foreign ministry summoned Russia's chargé d'affaires in Tallinn and handed him a note of protest.

The Russian embassy called the detention of the tanker "an act of piracy" and said Moscow "reserves the right to protect its shipping by all available means." A Russian corvette has been shadowing tankers near the boundary of Estonia's exclusive economic zone since Monday, the navy said.

"Moscow wants to show that every boarding has a price. The jet was the message; the corvette is the reminder," said Kristjan Allik, a researcher at the International Centre for Maritime Security in Tallinn.

Separately, a data cable between Estonia and Finland stopped working on Sunday night. The operator said it could not rule out damage by an anchor, but no vessel has been identified and the cause is still being investigated.

The government will discuss on Thursday whether to ask parliament for wider powers to inspect ships in the Gulf of Finland.
Editor: Kaisa Lepp
Source: "Aktuaalne kaamera"
Follow LMU News on Facebook and X
Related: Government approves higher defence spending for 2027
"""
DOC = {"id": "kr11", "date": "2026-02-18", "source": "LMU News (Estonian public broadcaster, English service)",
       "url": "https://news.lmu.example/1609876543/navy-detains-shadow-fleet-tanker-off-loksa", "text": TEXT}

D, Y = "2026-02-18", "2026-02-17"
EVENTS = [
    E("kr11-1", "arrest", Y, L("Loksa", 2, "off Loksa"), "EE", "RU",
      note="navy and border guard 'on Tuesday boarded and detained an oil tanker … off Loksa', the Russian captain "
           "detained: arrest by Estonian authorities, off X = precision 2"),
    E("kr11-2", "military_mobilization", Y, L("Kunda", 2, "near Vaindloo island, north of Kunda"), "RU", "EE",
      note="Su-35 'entered Estonian airspace near Vaindloo island, north of Kunda' for ~90 seconds 'on Tuesday "
           "evening': airspace violation = military_mobilization RU->EE (blind14/blind5 calls); the island is not a "
           "GeoNames place, so the named town with precision 2"),
    E("kr11-3", "military_mobilization", Y, C("EE", "Estonia"), "IT", "RU",
      note="two Italian F-35s of Baltic Air Policing 'scrambled from Ämari air base' and escorted the jet: scramble "
           "(the air base is not a GeoNames town -> the country)"),
    E("kr11-4", "diplomatic_contact", D, L("Tallinn"), "EE", "RU",
      note="'On Wednesday morning, the foreign ministry summoned Russia's chargé d'affaires in Tallinn'"),
    E("kr11-5", "infrastructure_disruption", "2026-02-15", C("EE", "Estonia"), None, None, optional=True,
      note="data cable to Finland 'stopped working on Sunday night' (15 Feb): cause not established, no actor -> "
           "optional"),
]
# Not events: the tanker leaving Primorsk (voyage), not answering radio calls (part of kr11-1), the embassy's "reserves
# the right" (threat), the corvette 'shadowing tankers … since Monday' (ongoing activity without a day), the
# government 'will discuss on Thursday' (future), 'could not rule out damage by an anchor' (modal).
STATEMENTS = [
    S("Tarmo Raudsepp", "EE", "without answering, we will board it", "head of the navy's operations centre"),
    S("Russian embassy in Estonia", "RU", "an act of piracy", "Russian embassy"),
    S("Kristjan Allik", None, "The jet was the message; the corvette is the reminder",
      "researcher, International Centre for Maritime Security"),
]
MUST_NOT = ["LMU NEWS", "Estonian public broadcasting in English", "ESTONIAN | RUSSIAN | ENGLISH",
            "News | Opinion | Features | Culture | Sport", "Feature image: Estonian Navy", "18.02.2026 11:20",
            "Editor: Kaisa Lepp", 'Source: "Aktuaalne kaamera"', "Follow LMU News on Facebook and X",
            "Related: Government approves higher defence spending for 2027"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
