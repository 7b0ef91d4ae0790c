from common import E, L, R, C, N, W, S, H, gold, ADS, REX, POL

TITLE = "Ministry of Economy: explosive remnants of war killed three farmers and injured two this week"
TEXT = """GOVERNMENT PORTAL
Official web portal of the Cabinet of Ministers of Ukraine
УКР | ENG
Government | Ministries | Documents | News | Press centre | Contacts
Home › News › Humanitarian demining
17 May 2024 - 15:30
Ministry of Economy: explosive remnants of war killed three farmers and injured two this week
Explosive remnants of war killed three farmers and injured two more in four regions this week, the Ministry of Economy of Ukraine said on Friday, urging agricultural producers not to work land that has not been surveyed.

According to the Ministry, the following incidents were recorded:
– On Monday, 13 May, a tractor ran over an anti-tank mine in a field near Balakliia, in the Kharkiv region. The tractor driver, 46, died on the spot.
– The next day, in the Kherson region, a shell that had lain in the soil since the occupation exploded under a disc harrow near Vysokopillia. Both farmers working the field were killed.
– On Wednesday, a seeder hit an explosive object near Snihurivka, in the Mykolaiv region. The machine operator was taken to hospital with a concussion and shrapnel wounds.
– Yesterday, a 62-year-old resident of the Chernihiv region was injured by a tripwire mine while checking his plot at the edge of a forest belt near Horodnia.

The Ministry of Agrarian Policy and Food separately reported that on Thursday a Russian FPV drone attacked a tractor that was sowing sunflower near Beryslav, in the Kherson region. The driver was hospitalised.

"Every spring we lose people on land that looks peaceful. A field that was cleared of crops is not a field that was cleared of mines," said Deputy Minister of Economy Oleksandra Tkach. "Please wait for the survey. It is free, and it comes faster every month."

On Wednesday, the Cabinet of Ministers adopted a resolution that expands the programme of compensation for the humanitarian demining of agricultural land: farms will now be reimbursed up to 80% of the cost of demining carried out by certified operators, including on leased plots.

Since the start of the programme, 78 agricultural producers have applied for compensation. During the week, pyrotechnic units of the State Emergency Service removed and destroyed 1,483 explosive objects, the Ministry said. About 139,000 square kilometres of Ukraine's territory remain potentially contaminated.

"Farmers do not wait for permission; the sowing calendar does not wait either. That is why the compensation has to reach the small farms and not only the holdings," said Mykola Dzhus, head of the Association of Farmers of the Kharkiv region.

Applications for the survey of land plots are accepted through the Diia portal.
Share: Facebook | X | Telegram
The material is published in accordance with the Ministry of Economy of Ukraine press release
All materials on the site are available under the Creative Commons Attribution 4.0 International license
"""
DOC = {"id": "lo09", "date": "2024-05-17", "source": "Government Portal (Cabinet of Ministers of Ukraine), retelling a "
                                                      "Ministry of Economy statement",
       "url": "https://gov-portal.example/en/news/ministry-of-economy-explosive-remnants-killed-three-farmers-2024-05-17",
       "text": TEXT}

MON, TUE, WED, THU = "2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16"
ME = "Ministry of Economy of Ukraine"
EVENTS = [
    E("lo09-1", REX, MON, H("Balakliia", "field near Balakliia"), None, "UA", fat=N(1), claimant=ME,
      note="'On Monday, 13 May, a tractor ran over an anti-tank mine in a field near Balakliia … The tractor driver, 46, "
           "died on the spot': a mine = remote_explosive, who laid it is not said -> actor1 null (blind53 ld03-18); near "
           "X = precision 2; Balakliia 712926 of Kharkiv oblast (the Poltava-oblast hamlet is a namesake)"),
    E("lo09-2", REX, TUE, H("Vysokopillia", "field near Vysokopillia"), None, "UA", fat=N(2), claimant=ME,
      note="'The next day' = Tuesday 14 May: 'a shell that had lain in the soil since the occupation exploded under a "
           "disc harrow near Vysokopillia. Both farmers working the field were killed' -> an unexploded shell going off "
           "= remote_explosive (not a strike: nobody fired it that day), actor1 null; 'Both' = 2"),
    E("lo09-3", REX, WED, H("Snihurivka", "near Snihurivka"), None, "UA", inj=N(1), claimant=ME,
      note="'On Wednesday, a seeder hit an explosive object near Snihurivka … The machine operator was taken to hospital' "
           "(hospitalised = injured; 15 May)"),
    E("lo09-4", REX, THU, H("Horodnia", "forest belt near Horodnia"), None, "UA", inj=N(1), claimant=ME,
      note="'Yesterday' in a Friday statement = Thursday 16 May: 'injured by a tripwire mine … at the edge of a forest belt "
           "near Horodnia' (Chernihiv region)"),
    E("lo09-5", ADS, THU, H("Beryslav", "field near Beryslav"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="Ministry of Agrarian Policy and Food",
      note="'on Thursday a Russian FPV drone attacked a tractor that was sowing sunflower near Beryslav … The driver was "
           "hospitalised': a drone strike among the mine incidents (not a remote explosive)"),
    E("lo09-6", POL, WED, C("UA", "Ukraine"), "UA", None,
      note="'On Wednesday, the Cabinet of Ministers adopted a resolution that expands the programme of compensation for "
           "the humanitarian demining of agricultural land': a government decision about the war's consequences at the "
           "deciding country"),
]
# Not events: the week's summary 'killed three farmers and injured two' (the sum of lo09-1 … lo09-4: 1 + 2 killed,
# 1 + 1 injured), the shell that 'had lain in the soil since the occupation' (history), 'Every spring we lose people'
# (habit), 78 applications (cumulative), the 1,483 explosive objects removed during the week (demining work, no
# taxonomy event), 139,000 square kilometres 'potentially contaminated' (state), applications through Diia (service).
# The portal's masthead, description, language row, menu, breadcrumb, date, share row, the press-release line and the
# licence line are furniture.
STATEMENTS = [
    S("Oleksandra Tkach", "UA", "A field that was cleared of crops is not a field that was cleared of mines",
      "Deputy Minister of Economy"),
    S("Mykola Dzhus", "UA", "the sowing calendar does not wait either", "head, Association of Farmers of the Kharkiv region"),
]
MUST_NOT = ["GOVERNMENT PORTAL", "Official web portal of the Cabinet of Ministers of Ukraine", "УКР | ENG",
            "Government | Ministries | Documents | News | Press centre | Contacts",
            "Home › News › Humanitarian demining", "17 May 2024 - 15:30", "Share: Facebook | X | Telegram",
            "The material is published in accordance with the Ministry of Economy of Ukraine press release",
            "All materials on the site are available under the Creative Commons Attribution 4.0 International license"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo09-1': "On Monday, 13 May, a tractor ran over an anti-tank mine in a field near Balakliia, in the Kharkiv region.",
    'lo09-2': "The next day, in the Kherson region, a shell that had lain in the soil since the occupation exploded under a disc harrow near Vysokopillia.",
    'lo09-3': "On Wednesday, a seeder hit an explosive object near Snihurivka, in the Mykolaiv region.",
    'lo09-4': "Yesterday, a 62-year-old resident of the Chernihiv region was injured by a tripwire mine while checking his plot at the edge of a forest belt near Horodnia.",
    'lo09-5': "on Thursday a Russian FPV drone attacked a tractor that was sowing sunflower near Beryslav",
    'lo09-6': "On Wednesday, the Cabinet of Ministers adopted a resolution that expands the programme of compensation for the humanitarian demining of agricultural land",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
