from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER

TITLE = "Night and morning in Sumy region: what officials posted"
TEXT = """SUMY STREAM
All the region's channels in one feed
Feed | Officials | Hromadas | Alerts | Contacts
Feed › Morning retell
Night and morning in Sumy region: what officials posted
21 May 2025 · 10:45 · Sumy Stream editors
Every morning we retell, in our own words, what the officials of the region posted overnight. Times are the times of the posts.

01:40 – The head of the regional military administration posted that a drone had hit an apartment block in the Zarichnyi district of Sumy. Three residents were injured, he said. At 06:15 he updated the figure: five people are injured, among them a girl of nine.

"We woke up from the glass. The neighbour's door was simply gone," Nadiia Kovalenko, who lives two floors below, told the city's channel.

03:20 – According to the Air Force, 12 Shahed-type drones were launched at the region overnight; nine of them were shot down.

06:50 – The Shostka city council reported that an energy facility had been hit during the night. About 8,000 consumers in the town are without electricity; the council did not say what kind of weapon was used.

07:30 – The Vorozhba hromada wrote that on Tuesday evening a guided aerial bomb had hit the territory of an enterprise. No one was hurt, but the workshop was destroyed.

08:10 – The National Police of the region posted that an FPV drone had struck an evacuation car of the police "White Angels" unit in the Khotin hromada in the morning. Two officers were injured; the residents they were driving out were not hurt.

09:05 – In Bilopillia, Grad rockets hit the town centre this morning, hromada head Yurii Zaiets wrote. A man of 66 was killed, a shop burned down. "Bilopillia gets this almost every morning now, and people still queue at the pharmacy at eight," Zaiets added.

09:40 – On Wednesday morning, the Russian Ministry of Defence claimed that its troops had "liberated" Basivka, a village in the Sumy district. Ukraine's border guards denied it. "The village is not captured. This morning another assault near Basivka was repelled, and the fighting goes on," said Vitalii Horobets, a spokesman for the State Border Guard Service.

10:20 – The regional military administration summed up the past day: Russian troops shelled 33 settlements in 13 hromadas 94 times.

Reminder: evacuation buses from Bilopillia and Vorozhba leave from the central squares every day at 11:00. Blood donors of all groups are needed at the regional hospital.
Send us what your hromada posts: @sumy_stream_bot
Sumy Stream is an aggregator; the original posts belong to their authors.
"""
DOC = {"id": "ld08", "date": "2025-05-21", "source": "Sumy Stream (aggregator retelling officials' Telegram posts)",
       "url": "https://sumystream.example/feed/2025-05-21-morning", "text": TEXT}

D, Y = "2025-05-21", "2025-05-20"
EVENTS = [
    E("ld08-1", ADS, D, L("Sumy"), "RU", "UA", inj=N(5), weapons=[W("drone")], parent="ld08-2",
      claimant="head of the Sumy regional military administration",
      note="01:40 post: a drone hit an apartment block in the Zarichnyi district (= the city), three injured; the "
           "06:15 update 'five people are injured' wins (one event); the night into 21 May"),
    E("ld08-2", ADS, D, R("UA-59", "Sumy region"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(12))],
      claimant="Ukrainian Air Force",
      note="'12 Shahed-type drones were launched at the region overnight': a regional launch with its count (blind44 "
           "ku11) -> region precision 3, parent of the Sumy hit"),
    E("ld08-3", INT, D, R("UA-59", "Sumy region"), "UA", "RU", parent="ld08-2",
      weapons=[W("drone", "Shahed-136", intercepted=N(9))], claimant="Ukrainian Air Force",
      note="'nine of them were shot down': the interception of the regional launch, region with a count -> required"),
    E("ld08-4", MAS, D, L("Shostka"), "RU", "UA", family=[ADS], claimant="Shostka city council",
      note="'an energy facility had been hit during the night … the council did not say what kind of weapon' -> both "
           "strike types; no parent (the text does not tie it to the Shaheds)"),
    E("ld08-5", DIS, D, L("Shostka"), "RU", "UA", parent="ld08-4", claimant="Shostka city council",
      note="'About 8,000 consumers in the town are without electricity'"),
    E("ld08-6", ADS, Y, L("Vorozhba"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      claimant="Vorozhba hromada",
      note="posted at 07:30 Wednesday about 'Tuesday evening' -> 20 May; 'No one was hurt' -> 0/0; the hromada post "
           "names the town's enterprise (the town 688961)"),
    E("ld08-7", ADS, D, H("Khotin", "Khotin hromada"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="National Police in Sumy region",
      note="'an FPV drone had struck an evacuation car of the police \"White Angels\" unit in the Khotin hromada in the "
           "morning': a hromada = precision 2 (Khotin 706253, Sumy oblast, not Khotyn in Chernivtsi oblast); two "
           "officers injured (the police are the target, actor2 UA)"),
    E("ld08-8", MAS, D, L("Bilopillia"), "RU", "UA", fat=N(1), weapons=[W("mlrs", "Grad")], claimant="Yurii Zaiets",
      note="'Grad rockets hit the town centre this morning' -> 21 May; a man of 66 killed"),
    E("ld08-9", TER, D, L("Basivka"), "RU", "UA", claimant="Russian Ministry of Defence",
      note="'On Wednesday morning, the Russian Ministry of Defence claimed that its troops had \"liberated\" Basivka': a capture claim is "
           "required on the claim day even when denied (blind41 call 4); Basivka 712763 (Sumy oblast, not the Lviv "
           "namesake)"),
    E("ld08-10", CLA, D, H("Basivka", "near Basivka"), "RU", "UA", claimant="Vitalii Horobets",
      note="the denial: 'This morning another assault near Basivka was repelled, and the fighting goes on' -> a clash "
           "the same day, attacker RU, near X = precision 2"),
    E("ld08-11", MAS, Y, R("UA-59", "Sumy region"), "RU", "UA", end=D, prec="range", agg=True, family=[ADS],
      claimant="Sumy regional military administration",
      note="'summed up the past day: Russian troops shelled 33 settlements in 13 hromadas 94 times' -> past-day "
           "aggregate range 20–21 May (blind41 kr07); '94 times' counts attacks, not munitions"),
]
# Not events: Kovalenko's account (the same Sumy strike), 'Bilopillia gets this almost every morning now' (habit), the
# evacuation-bus reminder (standing notice) and the call for blood donors (appeal), the residents 'not hurt' in the
# Khotin car (part of ld08-7). Masthead, tagline, menu, breadcrumb, date/editors line, bot line and the aggregator's
# ownership note are furniture; the opening note on how posts are retold stays as text. Not gold statements: the
# unit name "White Angels" and the MoD's "liberated" (fragments).
STATEMENTS = [
    S("Nadiia Kovalenko", "UA", "The neighbour's door was simply gone", "resident, Sumy"),
    S("Yurii Zaiets", "UA", "people still queue at the pharmacy at eight", "head of the Bilopillia hromada"),
    S("Vitalii Horobets", "UA", "The village is not captured", "spokesman, State Border Guard Service"),
]
MUST_NOT = ["SUMY STREAM", "All the region's channels in one feed", "Feed | Officials | Hromadas | Alerts | Contacts",
            "Feed › Morning retell", "21 May 2025 · 10:45 · Sumy Stream editors",
            "Send us what your hromada posts: @sumy_stream_bot",
            "Sumy Stream is an aggregator; the original posts belong to their authors."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
