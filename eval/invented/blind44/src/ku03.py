from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Night shelling of Mykolaiv: the consequences as of 10:00"
TEXT = """MYKOLAIV CITY COUNCIL
Official website of the Mykolaiv City Council and its executive committee
Українською | English
The city | City council | Executive committee | Announcements | Appeals | Contacts
Home » News » Security of the city
Night shelling of Mykolaiv: the consequences as of 10:00
19.07.2022 10:12 | Views: 5 208
At about 01:40 the Russian occupiers struck Mykolaiv with S-300 missiles. Residents heard eleven explosions.

One person was killed and six were injured, two of them seriously. The figures are as of 10:00.

Consequences by district:
Tsentralnyi district – part of a two-storey residential building collapsed. Rescuers pulled the body of a 62-year-old man out of the rubble; his neighbour was taken to hospital.
Inhulskyi district – the premises of a vocational school and three private houses were damaged; nobody was hurt here. About 3,200 subscribers of the district have been left without electricity since the night.
Zavodskyi district – a gas pipeline was damaged and caught fire. Four workers of the night shift at the neighbouring enterprise were injured. Gas supply to part of the district has been cut off until the repairs are finished.
Korabelnyi district – the blast wave smashed windows in a kindergarten; a security guard was cut by glass.

Yesterday at 17:25, the Korabelnyi district had already come under fire from Uragan multiple rocket launchers. Private houses on two streets were damaged, and a 39-year-old woman was wounded.

Also yesterday afternoon, air defence of the Pivden Air Command shot down two Orlan-10 reconnaissance drones over the Mykolaiv district.

Drinking water is delivered to residents at 40 points across the city; the schedule is on the website of the water utility. The curfew in Mykolaiv remains unchanged, from 23:00 to 05:00.

"The missile came into the stairwell. Those who slept in the corridor, as we ask everyone to do, survived," said Hennadii Bilyk, director of the department for emergencies of the city council.
Photo: Mykolaiv City Council
Tags: shelling, S-300, Tsentralnyi district, Zavodskyi district
Previous news: Points of humanitarian aid will work on Wednesday as usual
39 Admiralska St, Mykolaiv | Hotline of the city: 15-58
© Mykolaiv City Council, 2022. Reprinting is allowed with a hyperlink.
"""
DOC = {"id": "ku03", "date": "2022-07-19", "source": "Mykolaiv City Council (official website)",
       "url": "https://mkrada-city.example/en/news/2022-07-19-night-shelling", "text": TEXT}

D, Y = "2022-07-19", "2022-07-18"
EVENTS = [
    E("ku03-1", MAS, D, L("Mykolaiv"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("missile", "S-300")],
      note="'At about 01:40 the Russian occupiers struck Mykolaiv with S-300 missiles': S-300 against ground targets = "
           "missile strike (ANNOTATION rule 4); the city's total 1 killed 6 injured as of 10:00; the four district "
           "lines are the same strike at the same place (city districts = the city) and add up to the total (Tsentralnyi "
           "1 k 1 w, Zavodskyi 4 w, Korabelnyi 1 w) -> no separate events; 'eleven explosions' is not a launched count"),
    E("ku03-2", DIS, D, L("Mykolaiv"), "RU", "UA", parent="ku03-1",
      note="'About 3,200 subscribers of the district have been left without electricity since the night' (Inhulskyi "
           "district = the city)"),
    E("ku03-3", DIS, D, L("Mykolaiv"), "RU", "UA", parent="ku03-1",
      note="'Gas supply to part of the district has been cut off until the repairs' (Zavodskyi district): a second "
           "outage of another utility, its own disruption"),
    E("ku03-4", MAS, Y, L("Mykolaiv"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Uragan")],
      note="'Yesterday at 17:25, the Korabelnyi district had already come under fire from Uragan multiple rocket "
           "launchers': 18 July, a separate attack (other day, other weapon); the woman wounded is not part of the "
           "night's total"),
    E("ku03-5", INT, Y, H("Mykolaiv", "Mykolaiv district"), "UA", "RU",
      weapons=[W("drone", "Orlan-10", intercepted=N(2))],
      note="'yesterday afternoon … shot down two Orlan-10 reconnaissance drones over the Mykolaiv district': a count "
           "with a place -> required; the raion named after the city = precision 2"),
]
# Not events: the drinking-water delivery points (the city has had no piped drinking water since the spring: background
# and service), the curfew that 'remains unchanged' (no new restriction), the advice to sleep in corridors. The
# district lines are parts of ku03-1 (not separate strikes). 'Previous news' headline, tags and the address line are
# furniture.
STATEMENTS = [
    S("Hennadii Bilyk", "UA", "The missile came into the stairwell",
      "director of the department for emergencies of the Mykolaiv City Council"),
]
MUST_NOT = ["MYKOLAIV CITY COUNCIL", "Official website of the Mykolaiv City Council and its executive committee",
            "Українською | English",
            "The city | City council | Executive committee | Announcements | Appeals | Contacts",
            "Home » News » Security of the city", "19.07.2022 10:12 | Views: 5 208", "Photo: Mykolaiv City Council",
            "Tags: shelling, S-300, Tsentralnyi district, Zavodskyi district",
            "Previous news: Points of humanitarian aid will work on Wednesday as usual",
            "39 Admiralska St, Mykolaiv | Hotline of the city: 15-58",
            "© Mykolaiv City Council, 2022. Reprinting is allowed with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
