from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Aid worker killed as drone strikes distribution point in Kherson region; Hearth Relief suspends deliveries west of the city"
TEXT = """HEARTH RELIEF
Humanitarian aid in Ukraine since 2014
About us | Where we work | Press | Reports | Donate
Press › Press releases
PRESS RELEASE · For immediate release · 31 October 2024
Aid worker killed as drone strikes distribution point in Kherson region; Hearth Relief suspends deliveries west of the city
Hearth Relief is mourning Serhii Kravets, 34, a volunteer of our partner organisation, who was killed on Tuesday when a drone struck a food distribution point in Bilozerka, west of Kherson. Three residents who were waiting in line were wounded, one of them a teenager.

The distribution point was clearly marked. Our teams had informed the authorities of the time and place, as they do for every distribution.

It was not the only attack on aid in the Kherson region this week. On Wednesday morning, artillery shells hit our warehouse in the Dniprovskyi district of Kherson. Nobody was inside, and no one was hurt, but around 12 tonnes of food and hygiene kits were destroyed. On Wednesday evening, in Antonivka, an FPV drone chased a partner's evacuation van for almost a kilometre before it struck the back door; the driver was wounded in the leg.

Those attacks came barely two weeks after 14 October, when an FPV drone hit our mobile clinic on a road near Beryslav and wounded two of its staff, a nurse and a driver.

"Serhii knew every family on that street by name. He was handing out bread when it hit," said Iryna Tkachuk, a nurse at our Kherson clinic, who worked with him for two years.

"An aid point with a banner and a queue of pensioners cannot be mistaken for anything else," said Ingrid Solheim, Hearth Relief's country director for Ukraine. "We are suspending deliveries west of Kherson until we can guarantee that our staff come home."

Since August, Hearth Relief has recorded 41 attacks on aid workers and facilities in the Kherson region. Deliveries in the city itself continue, and our hotline remains open for residents who need to leave.
Media contact: press@hearthrelief.example · +380 00 000 00 00
Notes to editors: Hearth Relief is an independent humanitarian organisation registered in Norway and Ukraine.
Donate to our winter response
"""
DOC = {"id": "lu08", "date": "2024-10-31", "source": "Hearth Relief (humanitarian NGO, press release)",
       "url": "https://hearthrelief.example/press/2024-10-31-bilozerka", "text": TEXT}

TUE, WED = "2024-10-29", "2024-10-30"
EVENTS = [
    E("lu08-1", ADS, TUE, L("Bilozerka"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("drone")], claimant="Hearth Relief",
      evidence="who was killed on Tuesday when a drone struck a food distribution point in Bilozerka, west of Kherson",
      note="'on Tuesday' in a Thursday release = 29 Oct; Bilozerka 712508 (apposition 'west of Kherson' is a "
           "direction, the village is named); the volunteer killed, three residents wounded"),
    E("lu08-2", MAS, WED, L("Kherson"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")], claimant="Hearth Relief",
      evidence="On Wednesday morning, artillery shells hit our warehouse in the Dniprovskyi district of Kherson.",
      note="'On Wednesday morning' = 30 Oct; Dniprovskyi district = the city; 'no one was hurt' -> 0/0; tonnes of food "
           "are no count"),
    E("lu08-3", ADS, WED, L("Antonivka"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant="Hearth Relief",
      evidence="On Wednesday evening, in Antonivka, an FPV drone chased a partner's evacuation van for almost a kilometre before it struck the back door",
      note="30 Oct; Antonivka 713304 (the Kherson suburb, not the southern village 704428); the driver wounded"),
    E("lu08-4", ADS, "2024-10-14", H("Beryslav", "road near Beryslav"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Hearth Relief",
      evidence="14 October, when an FPV drone hit our mobile clinic on a road near Beryslav and wounded two of its staff",
      note="a recall with its own day -> required on 14 Oct; 'a road near X' = precision 2; 'barely two weeks after' "
           "is the page's framing"),
]
# Not events: the authorities informed 'as they do for every distribution' (habit), the suspension of deliveries
# (the NGO's own decision, not a war event), 41 attacks 'Since August' (running count), deliveries in the city
# 'continue' and the hotline (ongoing). Furniture: masthead, tagline, menu, breadcrumb, release line, media contact,
# notes to editors, donate line.
STATEMENTS = [
    S("Iryna Tkachuk", "UA", "He was handing out bread when it hit", "nurse, Hearth Relief clinic in Kherson"),
    S("Ingrid Solheim", None, "cannot be mistaken for anything else", "country director for Ukraine, Hearth Relief"),
]
MUST_NOT = ["HEARTH RELIEF", "Humanitarian aid in Ukraine since 2014", "About us | Where we work | Press | Reports | Donate",
            "Press › Press releases", "PRESS RELEASE · For immediate release · 31 October 2024",
            "Media contact: press@hearthrelief.example · +380 00 000 00 00",
            "Notes to editors: Hearth Relief is an independent humanitarian organisation registered in Norway and Ukraine.",
            "Donate to our winter response"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
