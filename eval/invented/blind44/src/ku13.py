from common import E, L, R, C, N, W, S, H, gold, ABD, ARR

TITLE = "Abductions of civilians in the occupied towns of the region: police open criminal proceedings"
TEXT = """NATIONAL POLICE OF UKRAINE
Zaporizhzhia Region Police · Main Directorate
Call 102 | Report a crime online
Українською | English
Main | News | Wanted | Missing persons | Services | Contacts
News » Crimes committed by the occupiers
Abductions of civilians in the occupied towns of the region: police open criminal proceedings
08.06.2022 13:20 | Communications Sector
Investigators of the Main Directorate of the National Police in Zaporizhzhia region have opened criminal proceedings under Part 1 of Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war) over the abduction of civilians in the temporarily occupied part of the region.

According to the investigation, on Monday, 6 June, Russian servicemen stopped the secretary of the Dniprorudne city council at a checkpoint in the town, put a bag over his head and took him away in an unknown direction. His whereabouts are still unknown.

On the same day in Vasylivka, two volunteers who had been delivering insulin to residents were taken from their car by armed men in balaclavas. Relatives have had no contact with them since then.

Earlier, on 4 June, members of the Russian Guard detained a local journalist in occupied Melitopol. She was held in the basement of a police station for three days and released on the evening of 7 June after being forced to record a video.

Separately, in Zaporizhzhia, officers of the Main Directorate together with the Security Service yesterday detained a 41-year-old local resident suspected of passing the coordinates of energy facilities to the Russian military. He faces up to 15 years in prison.

"Everyone who is taken from a checkpoint gets a file with us: the name, the time, the car, the unit if we can establish it. We will need this when the towns are free," said Viktoriia Saienko, head of the communications sector of the Main Directorate.

If your relatives have been abducted in the occupied territories, report it by calling 102 or through the online form.
Communications Sector of the Main Directorate of the National Police in Zaporizhzhia Region
Share: Facebook | Telegram
© 2022 National Police of Ukraine
"""
DOC = {"id": "ku13", "date": "2022-06-08", "source": "National Police of Ukraine, Zaporizhzhia region (official website)",
       "url": "https://zp-police.example/en/news/2022-06-08-abductions-occupied-towns", "text": TEXT}

D, Y = "2022-06-08", "2022-06-07"
POL = "National Police, Zaporizhzhia region"
EVENTS = [
    E("ku13-1", ABD, "2022-06-06", L("Dniprorudne"), "RU", "UA", family=[ARR], claimant=POL,
      note="'on Monday, 6 June, Russian servicemen stopped the secretary of the Dniprorudne city council at a "
           "checkpoint in the town … took him away in an unknown direction. His whereabouts are still unknown': "
           "forced disappearance by occupation forces = abduction (blind38 call 6), arrest accepted"),
    E("ku13-2", ABD, "2022-06-06", L("Vasylivka"), "RU", "UA", family=[ARR], claimant=POL,
      note="'On the same day in Vasylivka, two volunteers … were taken from their car by armed men in balaclavas': same "
           "day = 6 June; the armed men in an occupied town are the occupation side (RU, the release treats them as "
           "such); Vasylivka 686729 (Zaporizhzhia oblast), not the Odesa or Chernivtsi namesakes"),
    E("ku13-3", ABD, "2022-06-04", L("Melitopol"), "RU", "UA", family=[ARR], claimant=POL,
      note="'on 4 June, members of the Russian Guard detained a local journalist in occupied Melitopol. She was held in "
           "the basement … for three days': detention of a civilian by occupation forces = abduction, arrest accepted; "
           "dated the day of the detention"),
    E("ku13-4", ARR, Y, L("Zaporizhzhia"), "UA", None, claimant=POL,
      note="'in Zaporizhzhia, officers … together with the Security Service yesterday detained a 41-year-old local "
           "resident suspected of passing the coordinates': an arrest by Ukrainian authorities, 7 June; the detainee's "
           "side is not a state's force -> actor2 null (blind41 kr10-10)"),
]
# Not events: the journalist's release 'on the evening of 7 June' (the end of ku13-3, not an exchange or deal),
# opening the criminal proceedings under Article 438 (legal procedure), 'His whereabouts are still unknown'
# and 'Relatives have had no contact' (consequences of the abductions), 'He faces up to 15 years in prison' (legal
# consequence), the files kept 'for when the towns are free' (plan), the appeal to call 102.
STATEMENTS = [
    S("Viktoriia Saienko", "UA", "Everyone who is taken from a checkpoint gets a file with us",
      "head of the communications sector, National Police in Zaporizhzhia region"),
]
MUST_NOT = ["NATIONAL POLICE OF UKRAINE", "Zaporizhzhia Region Police · Main Directorate",
            "Call 102 | Report a crime online", "Українською | English",
            "Main | News | Wanted | Missing persons | Services | Contacts",
            "News » Crimes committed by the occupiers", "08.06.2022 13:20 | Communications Sector",
            "If your relatives have been abducted in the occupied territories, report it by calling 102 or through the "
            "online form.",
            "Communications Sector of the Main Directorate of the National Police in Zaporizhzhia Region",
            "Share: Facebook | Telegram", "© 2022 National Police of Ukraine"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
