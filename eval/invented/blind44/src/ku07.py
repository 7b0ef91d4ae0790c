from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Strikes on six towns of Donetsk region: prosecutors open war crimes proceedings"
TEXT = """Office of the Prosecutor General of Ukraine
DONETSK REGIONAL PROSECUTOR'S OFFICE
UA | EN | Accessibility
Main | About the office | News | Combating war crimes | Public information | Contacts
News › Combating war crimes
Strikes on six towns of Donetsk region: prosecutors open war crimes proceedings
12 June 2024, 11:36
Under the procedural guidance of the Donetsk Regional Prosecutor's Office, pre-trial investigations have been launched into violations of the laws and customs of war combined with premeditated murder (Part 2 of Article 438 of the Criminal Code of Ukraine).

According to the investigation, on 11 June at about 10:30 the armed forces of the Russian Federation dropped a FAB-500 aerial bomb with a UMPK guidance kit on the centre of Kostiantynivka. A five-storey residential building and a pharmacy were damaged. Two civilians were killed and four others were injured.

Around 15:00 on the same day, the occupiers shelled Toretsk with artillery. A 52-year-old man was injured near a water distribution point. Russian Telegram channels, which still call the town "Dzerzhinsk", wrote that a "military depot" had been destroyed there.

On the night of 11 June, Kurakhove was hit by Uragan multiple rocket launchers. A 70-year-old woman was killed in her house.

A day earlier, on 10 June, an FPV drone struck a car in Ukrainsk, injuring the driver.

At about 20:00 on 11 June, the Russian army attacked Pokrovsk with an Iskander-M ballistic missile. Five civilians were injured, and a residential area and a shop were damaged.

This morning, at 06:10, a woman was injured in Novohrodivka when an explosive device was dropped on her yard from a drone.

In addition, the toll of the S-300 missile strike on Selydove on 8 June has risen: a man who had been in intensive care died in hospital yesterday, so three people are now dead. Eleven more remain injured.

"Each of these cases was documented within hours: photos, the remains of munitions, testimony. We build them for the court, not for statistics," said Mariia Doroshenko, spokesperson of the Donetsk Regional Prosecutor's Office.
Photo: Donetsk Regional Prosecutor's Office
Press service of the Donetsk Regional Prosecutor's Office
Tags: #war_crimes #Donetsk_region #aerial_bombs
When using materials, a hyperlink to the website of the Office of the Prosecutor General is mandatory.
"""
DOC = {"id": "ku07", "date": "2024-06-12", "source": "Donetsk Regional Prosecutor's Office (official website)",
       "url": "https://gp-donetsk.example/en/news/2024-06-12-strikes-six-towns", "text": TEXT}

D = "2024-06-12"
J11, J10, J08 = "2024-06-11", "2024-06-10", "2024-06-08"
PO = "Donetsk Regional Prosecutor's Office"
EVENTS = [
    E("ku07-1", ADS, J11, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(4), claimant=PO,
      weapons=[W("guided_bomb", "FAB-500 UMPK")],
      note="'on 11 June at about 10:30 … dropped a FAB-500 aerial bomb with a UMPK guidance kit on the centre of "
           "Kostiantynivka': a guided bomb = air_drone_strike; 2 killed, 4 injured"),
    E("ku07-2", MAS, J11, L("Toretsk"), "RU", "UA", inj=N(1), claimant=PO, weapons=[W("artillery")],
      note="'Around 15:00 on the same day' = 11 June; artillery on Toretsk, a man injured; the Russian channels' "
           "'military depot' in 'Dzerzhinsk' (the Russian-used Soviet name of Toretsk) is a counter-version of the same "
           "strike, not a second event"),
    E("ku07-3", MAS, J11, L("Kurakhove"), "RU", "UA", fat=N(1), claimant=PO, weapons=[W("mlrs", "Uragan")],
      note="passive 'On the night of 11 June, Kurakhove was hit by Uragan multiple rocket launchers': 11 June; a woman "
           "killed"),
    E("ku07-4", ADS, J10, L("Ukrainsk"), "RU", "UA", inj=N(1), claimant=PO, weapons=[W("drone")],
      note="'A day earlier, on 10 June': the explicit date; FPV drone on a car, driver injured; attacker carried over "
           "from the release (Russian armed forces)"),
    E("ku07-5", MAS, J11, L("Pokrovsk"), "RU", "UA", inj=N(5), claimant=PO,
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'At about 20:00 on 11 June … an Iskander-M ballistic missile'; five injured"),
    E("ku07-6", ADS, D, L("Novohrodivka"), "RU", "UA", inj=N(1), claimant=PO, weapons=[W("drone")],
      note="'This morning, at 06:10' = the publication day; agentless 'an explosive device was dropped on her yard from "
           "a drone' -> air_drone_strike"),
    E("ku07-7", MAS, J08, L("Selydove"), "RU", "UA", fat=N(3), inj=N(11), claimant=PO,
      weapons=[W("missile", "S-300")],
      note="recalled 'S-300 missile strike on Selydove on 8 June' with its risen toll: three dead after a death in "
           "hospital 'yesterday', eleven injured -> the strike of 8 June carries the latest figures (blind40 call 8); "
           "the death in hospital is no event of its own"),
]
# Not events: launching the pre-trial investigations under Article 438 (legal procedure, blind40 kq06), the documenting
# of cases 'for the court', the Russian channels' 'military depot' (a counter-version of ku07-2). Office header, menu,
# credits, signature, tags and the citation rule are furniture.
STATEMENTS = [
    S("Mariia Doroshenko", "UA", "We build them for the court, not for statistics",
      "spokesperson of the Donetsk Regional Prosecutor's Office"),
]
MUST_NOT = ["Office of the Prosecutor General of Ukraine", "DONETSK REGIONAL PROSECUTOR'S OFFICE",
            "UA | EN | Accessibility",
            "Main | About the office | News | Combating war crimes | Public information | Contacts",
            "News › Combating war crimes", "12 June 2024, 11:36", "Photo: Donetsk Regional Prosecutor's Office",
            "Press service of the Donetsk Regional Prosecutor's Office", "Tags: #war_crimes #Donetsk_region #aerial_bombs",
            "When using materials, a hyperlink to the website of the Office of the Prosecutor General is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
