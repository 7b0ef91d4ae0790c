from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds Mariupol steel works as defenders refuse to give up the port"
TEXT = """ATLANTIC COAST WIRE
World | U.S. | Politics | Business | Health | Video
Russia pounds Mariupol steel works as defenders refuse to give up the port
Listen to this article · 5 min
Updated 9:41 a.m. ET April 13, 2022
ZAPORIZHZHIA, Ukraine (ACW) — Russian aircraft dropped heavy bombs on the Azovstal steel works in Mariupol overnight, a Ukrainian official said on Wednesday, as the last defenders of the besieged port city dug in among the plant's tunnels and Moscow said it had taken the city's commercial port.

"The plant is being hit from the air every few hours. They are using bombs we have not seen before," said Denys Tkalenko, an adviser to the city's mayor, who left Mariupol in March and now works from Zaporizhzhia.

Russia's defence ministry said on Wednesday that its forces and units of the self-proclaimed Donetsk People's Republic had taken "full control" of the Mariupol commercial sea port on Tuesday. The claim could not be independently verified.

Ruslan Myronenko, a spokesman for Ukraine's National Guard, denied that the port had fallen. "The port is not lost. Our units are fighting there right now, street by street," he told ACW by phone on Wednesday.
ADVERTISEMENT
Mariupol, a city of about 430,000 people before the war, has been encircled since early March. The mayor's office estimates that more than 10,000 civilians have died in the siege, a figure ACW could not verify. About 100,000 people are believed to remain in the city without heating, running water or mobile service.

The Azov regiment, one of the units defending the city, said on Monday that a Russian drone had dropped a poisonous substance on its positions, causing breathing problems among several soldiers. Western governments said they were trying to verify the report; Moscow did not comment.

Ukraine's deputy prime minister said nine humanitarian corridors had been agreed with Russia for Wednesday, none of them from Mariupol itself. Private cars leaving the city would have to make their own way to Berdiansk, she said.

The fighting in the south comes as Russia regroups its forces for a new offensive in the Donbas. Ukrainian officials say the missile strike on the railway station in Kramatorsk last Friday, where thousands of people had gathered to leave the region, showed what was coming.

"Once Mariupol falls, Moscow frees up perhaps a dozen battalion tactical groups for the eastern offensive. That is the real prize here," said Helen Achterberg, a military analyst at the Lowlands Centre for Security Research.

In Washington, officials said a new military aid package could be announced within days, and the European Union is discussing a ban on Russian oil imports. The Kremlin has said the talks with Kyiv are at a "dead end."

Reporters Anna Kell in Zaporizhzhia and Tomas Brenner in Lviv contributed to this report.
MOST READ
Fed signals faster rate rises as inflation bites
Storm warnings for the Gulf Coast this weekend
Baseball's opening week in pictures
© 2022 Atlantic Coast Wire. All rights reserved.
"""
DOC = {"id": "kd01", "date": "2022-04-13", "source": "Atlantic Coast Wire (US wire)",
       "url": "https://acw.example/world/europe/mariupol-steel-works-port-20220413", "text": TEXT}

D = "2022-04-13"
EVENTS = [
    E("kd01-1", "air_drone_strike", D, L("Mariupol", 1, "Mariupol (Azovstal steel works)"), "RU", "UA",
      weapons=[W("aircraft")], claimant="Denys Tkalenko",
      note="'Russian aircraft dropped heavy bombs on the Azovstal steel works in Mariupol overnight' in a Wednesday "
           "report = 13 Apr; the plant is coded to its city"),
    E("kd01-2", "territory_change", "2022-04-12", L("Mariupol", 1, "Mariupol (commercial sea port)"), "RU", "UA",
      claimant="Ministry of Defence of the Russian Federation",
      note="MoD claim of 'full control' of the port 'on Tuesday' (12 Apr): a capture claim dated the day it names; "
           "unverified, still required (the claim is the reported event)"),
    E("kd01-3", "armed_clash", D, L("Mariupol", 1, "Mariupol (port)"), "UA", "RU", claimant="Ruslan Myronenko",
      note="the National Guard denies the loss: 'Our units are fighting there right now' on Wednesday -> a clash dated "
           "the statement day (counter-claim kept as its own event, blind8/blind14 convention)"),
    E("kd01-4", "chemical_attack", "2022-04-11", L("Mariupol", 2, "Mariupol (Azov positions)"), "RU", "UA",
      optional=True, family=["air_drone_strike"],
      note="Azov's report 'on Monday' (11 Apr) of a poisonous substance dropped by a drone: unverified, governments "
           "'trying to verify', so optional; if taken, the drone type is accepted"),
    E("kd01-5", "agreement", D, C("UA", "Ukraine"), "UA", "RU", family=["diplomatic_contact"],
      note="nine humanitarian corridors 'had been agreed with Russia for Wednesday': an agreement between the sides, "
           "no place of agreement -> country"),
    E("kd01-6", "missile_artillery_strike", "2022-04-08", L("Kramatorsk", 1, "Kramatorsk (railway station)"), "RU",
      "UA", note="recalled 'missile strike on the railway station in Kramatorsk last Friday' (Wed 13 Apr -> Fri 8 Apr): "
                 "a recalled event with a resolvable day is required; no counts in the text; perpetrator implied by "
                 "'Ukrainian officials say … showed what was coming' (Russian)"),
]
STATEMENTS = [
    S("Denys Tkalenko", "UA", "The plant is being hit from the air every few hours", "adviser to Mariupol's mayor"),
    S("Ruslan Myronenko", "UA", "The port is not lost. Our units are fighting there right now",
      "National Guard spokesman"),
    S("Helen Achterberg", None, "Once Mariupol falls, Moscow frees up perhaps a dozen battalion tactical groups",
      "military analyst"),
]
MUST_NOT = ["ATLANTIC COAST WIRE", "World | U.S. | Politics | Business | Health | Video",
            "Listen to this article · 5 min", "Updated 9:41 a.m. ET April 13, 2022", "ADVERTISEMENT",
            "Reporters Anna Kell in Zaporizhzhia and Tomas Brenner in Lviv contributed to this report.", "MOST READ",
            "Fed signals faster rate rises as inflation bites", "Storm warnings for the Gulf Coast this weekend",
            "Baseball's opening week in pictures", "© 2022 Atlantic Coast Wire. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
