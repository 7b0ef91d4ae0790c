from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Perth medic wounded as the war in Ukraine grows deadlier for Australia's volunteers"
TEXT = """THE ANTIPODEAN
Independent. Australian. Since 1998.
News | World | Politics | Business | Culture | Sport
Subscribe from $1 a week
World › Europe
Perth medic wounded as the war in Ukraine grows deadlier for Australia's volunteers
By Hamish Carver, Europe correspondent
June 5, 2025 — 5.41pm AEST
Save | Share | Gift this article
A Perth paramedic volunteering with a Ukrainian evacuation team was wounded when a Russian drone struck the armoured ambulance she was travelling in near Kostiantynivka, in eastern Ukraine, late on Monday, her family has confirmed.

Clare Donnelly, 34, suffered shrapnel wounds to her arm and shoulder. Two Ukrainian soldiers who were being evacuated in the vehicle were also hurt, according to Medevac Bridge, the volunteer group she works with. All three are in a stable condition.

"She rang us from the hospital and the first thing she said was 'don't tell Nan'," her mother, Maree Donnelly, said from the family home in Perth's northern suburbs. "Of course we told Nan."

Ms Donnelly is one of several dozen Australians known to be working in Ukraine as medics, drivers, cooks and instructors, and her injury is a reminder of how far the danger now reaches behind the front line. Three years ago, the volunteers say, an ambulance could drive to within a few kilometres of the fighting with little risk. Today small first-person-view drones hunt vehicles on roads 20 kilometres or more from the trenches.

"The front has become a drone front. Twenty kilometres behind the line used to mean safety; now it means nothing," said Dr Anika Perera, who studies foreign volunteers in the war at the Southern Cross Institute for Strategic Studies in Canberra.

Australia's involvement in the war has mostly been measured in equipment. Since the full-scale invasion in February 2022, successive governments have committed more than $1.5 billion in assistance, including more than 120 Bushmaster protected vehicles, and in late 2024 Canberra promised a batch of retired Abrams tanks. In 2023 an RAAF surveillance aircraft was sent to Germany to help watch over the supply routes into Ukraine, and Australian Defence Force instructors have trained Ukrainian recruits in Britain.

Sanctions have followed the same steady path: more than 1,000 Russian individuals and entities have been listed since 2022, and the government has said more listings will follow "as circumstances require".

The human cost to Australians has been smaller but real. Several Australians are known to have been killed while fighting with Ukrainian units, and at least one is believed to be held by Russian forces. The Department of Foreign Affairs and Trade continues to advise Australians not to travel to Ukraine under any circumstances, and a spokesperson said on Thursday that consular officials in Kyiv were in contact with Ms Donnelly.

Her mother said she expected her daughter to go back to the evacuation team once her arm had healed. "She says the soldiers she carries out don't get to choose whether to return, so why should she," she said.

Medevac Bridge said it would not comment on the exact location of the attack for security reasons.
Hamish Carver is The Antipodean's Europe correspondent.
More from World: Pacific leaders meet in Suva as China's security push divides region
License this article
"""
DOC = {"id": "kx10", "date": "2025-06-05", "source": "The Antipodean (Australian news website)",
       "url": "https://www.theantipodean.example/world/europe/perth-medic-wounded-ukraine-volunteers-20250605-p5mxa1.html",
       "text": TEXT}

D, MON = "2025-06-05", "2025-06-02"
EVENTS = [
    E("kx10-1", "air_drone_strike", MON, L("Kostiantynivka", 2, "near Kostiantynivka"), "RU", "UA", inj=N(3),
      weapons=[W("drone")],
      note="the single new incident: 'a Russian drone struck the armoured ambulance … near Kostiantynivka … late on "
           "Monday' (Thursday page -> 2 Jun): the Australian medic and two Ukrainian soldiers hurt = 3 injured; near X "
           "= precision 2 (Kostiantynivka 705104, Donetsk region)"),
]
# Not events (the page is mostly background): 'Three years ago … little risk' and 'Today small … drones hunt vehicles'
# (comparison, habit), aid 'more than $1.5 billion' since 2022, the Bushmasters, the Abrams 'promised in late 2024',
# the RAAF aircraft 'In 2023', training in Britain (history without days), sanctions tally and 'more listings will
# follow' (tally, future), Australians killed and one held (no day, no place), DFAT travel advice (standing advice),
# the spokesperson's contact with the medic (consular care), her plan to return (plan), Medevac Bridge's 'would not
# comment' (negation), the 'More from World' headline about Suva (furniture).
STATEMENTS = [
    S("Maree Donnelly", "AU", "the first thing she said was 'don't tell Nan'", "mother of the wounded medic"),
    S("Anika Perera", None, "Twenty kilometres behind the line used to mean safety",
      "researcher, Southern Cross Institute for Strategic Studies"),
]
# Not gold: the government's 'as circumstances require' (institutional fragment, no named speaker).
MUST_NOT = ["THE ANTIPODEAN", "Independent. Australian. Since 1998.", "News | World | Politics | Business | Culture | Sport",
            "Subscribe from $1 a week", "World › Europe", "By Hamish Carver, Europe correspondent",
            "June 5, 2025 — 5.41pm AEST", "Save | Share | Gift this article",
            "Hamish Carver is The Antipodean's Europe correspondent.",
            "More from World: Pacific leaders meet in Suva as China's security push divides region",
            "License this article"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx10-1': 'was wounded when a Russian drone struck the armoured ambulance she was travelling in near Kostiantynivka, in eastern Ukraine, late on Monday',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
