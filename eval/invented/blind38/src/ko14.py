from common import E, L, R, C, N, W, S, gold

TITLE = "UK targets Russia's shadow fleet with new sanctions on war anniversary"
TEXT = """THAMES WORLD SERVICE
Home | News | Sport | Business | Culture | Audio
News › World › Europe
UK targets Russia's shadow fleet with new sanctions on war anniversary
24 February 2026
By Rachel Hume, Diplomatic correspondent
Share
Save
The UK has announced sanctions on 120 more tankers of Russia's so-called shadow fleet and on four companies in third countries accused of supplying parts for Russian drones, as Ukraine marks four years since the full-scale invasion.

The Foreign Office said on Tuesday that the measures, the largest single package against the fleet so far, would also target two insurers and a shipping registry. Ministers said further steps could follow if Moscow continued to attack Ukraine's energy system.

The European Union had hoped to adopt its 20th package of sanctions on the anniversary, but Hungary has blocked it. Diplomats said the package could be approved next week if Budapest drops its objections. Washington refused to rule out new tariffs on countries that buy Russian oil, but did not announce any.

The Russian embassy in London called the sanctions "illegitimate and counterproductive" and said they would "only prolong the suffering of ordinary people".

"Every tanker we list is one that insurers, ports and banks will think twice about. But enforcement at sea is where this is won or lost," said Helen Ashworth, director of the monitoring group Tanker Watch.

The Danish and Estonian prime ministers arrived in Kyiv on Tuesday morning to meet the Ukrainian president on the anniversary.

The night before, Russia launched 146 drones and five Iskander-M ballistic missiles at Ukraine, the air force said. Air defences shot down 121 of the drones and three of the missiles.
Image source, Reuters
Image caption, Rescuers searched the ruins of a house in Fastiv, where a woman was killed overnight
In the Kyiv region, a woman was killed when a drone hit a house in Fastiv, the regional governor said.

"I heard her calling the dog in the yard a minute before. Then there was no house," said Oksana Levchenko, a neighbour.

In Russia, the governor of the Leningrad region said Ukrainian drones had attacked the port of Ust-Luga overnight and that falling debris had caused a fire at a fuel terminal. There were no injuries, he said. A source in Ukraine's SBU security service told the Thames World Service that the terminal had been hit by long-range drones.
Related Topics
Russia-Ukraine war
Sanctions
More on this story
Ukraine war at four: the front line in maps
How the shadow fleet keeps Russian oil moving
"""
DOC = {"id": "ko14", "date": "2026-02-24", "source": "Thames World Service (British broadcaster's news site)",
       "url": "https://www.thamesworld.example/news/world-europe-71203388", "text": TEXT}

D = "2026-02-24"
EVENTS = [
    E("ko14-1", "policy_decision", D, C("GB", "United Kingdom"), "GB", "RU",
      note="UK sanctions on 120 tankers, four companies, two insurers and a registry, announced by the Foreign Office "
           "'on Tuesday' (publication day): a decision at the deciding country, precision 4 (no venue named)"),
    E("ko14-2", "diplomatic_contact", D, L("Kyiv"), None, None,
      note="the Danish and Estonian prime ministers 'arrived in Kyiv on Tuesday morning to meet the Ukrainian president': "
           "a visit with a named venue; several states -> sides null"),
    E("ko14-3", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(146)), W("ballistic_missile", "Iskander-M", launched=N(5))],
      note="'The night before' the Tuesday-morning visit = the night into the publication day (the caption says the "
           "woman in Fastiv was 'killed overnight'): 146 drones + 5 Iskander-M, country wave typed by the missiles"),
    E("ko14-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko14-3",
      weapons=[W("drone", intercepted=N(121)), W("ballistic_missile", intercepted=N(3))],
      note="'shot down 121 of the drones and three of the missiles'"),
    E("ko14-5", "air_drone_strike", D, L("Fastiv"), "RU", "UA", parent="ko14-3", fat=N(1), weapons=[W("drone")],
      note="drone on a house in Fastiv (Kyiv region): a woman killed; the caption repeats it"),
    E("ko14-6", "air_drone_strike", D, L("Ust-Luga"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Leningrad region governor (debris fire, no injuries); SBU source (terminal hit)",
      note="drones on the port of Ust-Luga 'overnight': the governor's debris fire and the SBU source's hit are one "
           "event (blind37 call 4); 'There were no injuries' = 0/0 (RU-LEN)"),
]
# Not events: further steps 'could follow if' (conditional), the EU package 'could be approved next week if'
# (conditional), Hungary's block (no decision taken), Washington 'refused to rule out' tariffs (modal), the embassy's
# 'would only prolong' (opinion), 'four years since the full-scale invasion' (anniversary), the 'More on this story'
# headlines (furniture).
STATEMENTS = [
    S("Russian embassy in London", "RU", "illegitimate and counterproductive", "Russian embassy in the UK"),
    S("Helen Ashworth", None, "enforcement at sea is where this is won or lost", "director, Tanker Watch"),
    S("Oksana Levchenko", "UA", "Then there was no house", "neighbour, Fastiv"),
]
MUST_NOT = ["THAMES WORLD SERVICE", "Home | News | Sport | Business | Culture | Audio", "News › World › Europe",
            "24 February 2026", "By Rachel Hume, Diplomatic correspondent", "Share", "Save", "Image source, Reuters",
            "Related Topics", "Russia-Ukraine war", "Sanctions", "More on this story",
            "Ukraine war at four: the front line in maps", "How the shadow fleet keeps Russian oil moving"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
