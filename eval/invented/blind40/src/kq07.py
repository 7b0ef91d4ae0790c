from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Dnipro: rescuers complete work at the site of the missile strike, four dead"
TEXT = """STATE EMERGENCY SERVICE OF UKRAINE
Main Directorate in Dnipropetrovsk region
☎ Emergency line 101
Accessibility mode | Українська | English
Main | News | Safety tips | Services | Contacts
News › Dnipropetrovsk region
Dnipro: rescuers complete work at the site of the missile strike, four dead
29.04.2025 10:15
The search and rescue operation at the site of the missile strike on Dnipro has been completed.

At 21:35 on 28 April, as a result of a missile strike by the aggressor, a section of a five-storey residential building was destroyed in the Shevchenkivskyi district of the city. Rescuers worked at the site for almost 13 hours and dismantled 240 tonnes of building structures. Four people were killed and 26 were injured, including three children. Rescuers saved nine people, two of them from under the rubble. The fire on an area of 300 square metres was extinguished.

"The stairwell collapsed from the fifth floor to the first. We heard a woman answering us from the basement at about two in the morning and reached her at four," said Maksym Hlushchenko, head of the press service of the Main Directorate.

In the Nikopol district, the consequences of enemy attacks were eliminated throughout the day on 28 April:
– Marhanets, 11:20: a fire in a private house after artillery shelling, area 60 square metres. No one was injured.
– Pokrov, 17:05: a car caught fire after a drone attack. No casualties.

Kryvyi Rih: at 06:40 today, after a drone attack, a fire broke out at an industrial facility. The fire was extinguished at 08:15. One employee was injured.

Over the past day, pyrotechnic units of the region defused 38 explosive objects, including 4 cluster submunitions.

We remind you: at the sound of the air raid alert, go to the nearest shelter.
Photo: SES of Ukraine in Dnipropetrovsk region
Video: SES of Ukraine
#SES #Dnipro #rescuers
Share: Facebook | Telegram | X
Content of this site is available under the Creative Commons Attribution 4.0 International licence, unless stated otherwise.
"""
DOC = {"id": "kq07", "date": "2025-04-29", "source": "State Emergency Service of Ukraine, Dnipropetrovsk region (official website)",
       "url": "https://dsns-dp.example/en/news/2025-04-29-dnipro-rescue-completed", "text": TEXT}

D, Y = "2025-04-29", "2025-04-28"
SES = "State Emergency Service"
EVENTS = [
    E("kq07-1", MAS, Y, L("Dnipro"), "RU", "UA", fat=N(4), inj=N(26), claimant=SES, weapons=[W("missile")],
      note="'At 21:35 on 28 April … missile strike … Shevchenkivskyi district' (= the city): the final toll of the "
           "completed rescue, 4 killed 26 injured; the rescue and the fire are the same incident"),
    E("kq07-2", MAS, Y, L("Marhanets"), "RU", "UA", fat=N(0), inj=N(0), claimant=SES, weapons=[W("artillery")],
      note="'Marhanets, 11:20: a fire in a private house after artillery shelling … No one was injured' -> 0/0 "
           "(read as 'no one was hurt', ANNOTATION rule 7)"),
    E("kq07-3", ADS, Y, L("Pokrov"), "RU", "UA", fat=N(0), inj=N(0), claimant=SES, weapons=[W("drone")],
      note="'Pokrov, 17:05: a car caught fire after a drone attack. No casualties.' -> 0/0; the day from the heading "
           "'throughout the day on 28 April'"),
    E("kq07-4", ADS, D, L("Kryvyi Rih"), "RU", "UA", inj=N(1), claimant=SES, weapons=[W("drone")],
      note="'at 06:40 today, after a drone attack, a fire … at an industrial facility', one employee injured; the "
           "attacker is implied ('enemy attacks' of the release) -> RU"),
]
# Not events: the completed search and rescue operation as such (the strike is the event), '38 explosive objects'
# defused (demining, no attack), the shelter reminder; the licence line, hashtags and credits are furniture.
STATEMENTS = [
    S("Maksym Hlushchenko", "UA", "The stairwell collapsed from the fifth floor to the first",
      "head of the press service, SES Main Directorate in Dnipropetrovsk region"),
]
MUST_NOT = ["STATE EMERGENCY SERVICE OF UKRAINE", "Main Directorate in Dnipropetrovsk region", "☎ Emergency line 101",
            "Accessibility mode | Українська | English", "Main | News | Safety tips | Services | Contacts",
            "News › Dnipropetrovsk region", "29.04.2025 10:15", "Photo: SES of Ukraine in Dnipropetrovsk region",
            "Video: SES of Ukraine", "#SES #Dnipro #rescuers", "Share: Facebook | Telegram | X",
            "Content of this site is available under the Creative Commons Attribution 4.0 International licence, "
            "unless stated otherwise."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
