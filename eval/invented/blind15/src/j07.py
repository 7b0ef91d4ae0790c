from common import E, L, R, C, N, W, S, gold

TITLE = "Russian overnight attack kills 2 in Sumy, Odesa Oblast; 64 aerial targets downed"
TEXT = """THE KYIV OBSERVER
Ukraine  War  Business  Opinion  Investigations  Culture  Podcasts
Become a member
Russian overnight attack kills 2 in Sumy, Odesa Oblast; 64 aerial targets downed
by Daria Melnyk
October 21, 2024 10:08 AM
2 min read
Rescue workers at the site of a Russian drone strike on an administrative building in Sumy, Ukraine, on Oct. 21, 2024. (Sumy City Military Administration / Telegram)
Russia attacked Ukraine overnight on Oct. 21 with two Iskander-M ballistic missiles, four Kh-59 guided missiles, and 86 Shahed-type attack drones, the Air Force reported.

Air defense shot down three Kh-59 missiles and 61 drones, while another 19 drones were "locationally lost," likely due to electronic warfare, the Air Force said. Air defense was active in 11 oblasts.

"The enemy is combining ballistic missiles with drones to overload our air defense in the south and in the north-east at the same time," Air Force spokesperson Oleksandr Dmytrenko said.

In Sumy, a drone hit an administrative building in the city's Kovpakivskyi district at around 4 a.m., killing a woman and injuring seven people, including a child, the regional military administration reported.

"The drone struck the building directly. The woman who died was a night watchman," said Vitalii Prykhodko, head of the Sumy city military administration. The strike damaged power lines, leaving about 30,000 subscribers in the city without electricity.

Read also: Ukraine's energy system braces for third wartime winter

The Iskander-M missiles struck port infrastructure in Odesa Oblast, killing a port worker and injuring four, the oblast's governor said. He did not specify which port was targeted.

In Kyiv Oblast, air defense destroyed 14 drones. Falling debris damaged four private houses and a car in the Fastiv district, but no one was injured, the regional administration said.

A Kh-59 missile hit a gas production facility in the Poltava district, causing a fire that was extinguished by morning, according to the Poltava Oblast governor. No one was injured.

The previous evening, Russian forces dropped two guided aerial bombs on Kharkiv's Kyivskyi district, injuring six people, the city's mayor said.

Russia has repeatedly targeted Ukraine's energy infrastructure and ports since the start of the full-scale invasion.

Note from the author:
Hi, this is Daria Melnyk, I wrote this article. Our newsroom has reported from every front-line region since 2022. If you value this work, consider supporting us.
Support independent journalism
Ukraine
Russian attacks
Sumy
Odesa Oblast
"""
DOC = {"id": "j07", "date": "2024-10-21", "source": "The Kyiv Observer",
       "url": "https://kyivobserver.example/news/russian-overnight-attack-kills-2-in-sumy-odesa-oblast", "text": TEXT}

D = "2024-10-21"
EVENTS = [
    E("j07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("missile", "Kh-59", launched=N(4)),
               W("drone", "Shahed", launched=N(86))], claimant="Ukrainian Air Force",
      note="overnight combined wave: missile-typed parent with the nationwide totals; 'Kh-59 guided missiles' coded "
           "missile (the text does not say cruise)"),
    E("j07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", "Kh-59", intercepted=N(3)), W("drone", intercepted=N(61))], claimant="Ukrainian Air Force",
      note="19 'locationally lost' drones not counted as intercepted; '11 oblasts' names no region"),
    E("j07-3", "air_drone_strike", D, L("Sumy", 1, "Sumy (Kovpakivskyi district)"), "RU", "UA", fat=N(1), inj=N(7),
      weapons=[W("drone")], parent="j07-1", claimant="Sumy regional military administration",
      note="city district coded to the city"),
    E("j07-4", "infrastructure_disruption", D, L("Sumy"), "RU", "UA", claimant="Vitalii Prykhodko",
      note="about 30,000 subscribers without electricity after the strike"),
    E("j07-5", "missile_artillery_strike", D, R("UA-51", "Odesa Oblast"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="j07-1", claimant="Odesa Oblast governor",
      note="port infrastructure, port not named: region precision"),
    E("j07-6", "interception", D, R("UA-32", "Kyiv Oblast"), "UA", "RU", weapons=[W("drone", intercepted=N(14))],
      claimant="Kyiv Oblast administration", note="regional interception with a count: required"),
    E("j07-7", "air_drone_strike", D, L("Fastiv", 2, "Fastiv district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="j07-1", claimant="Kyiv Oblast administration",
      note="debris of downed drones, 'no one was injured' = 0/0; district named after its town = precision 2"),
    E("j07-8", "missile_artillery_strike", D, L("Poltava", 2, "Poltava district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "Kh-59")], parent="j07-1", claimant="Poltava Oblast governor",
      note="gas production facility; 'No one was injured' = 0/0"),
    E("j07-9", "air_drone_strike", "2024-10-20", L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", inj=N(6),
      weapons=[W("guided_bomb", launched=N(2))], claimant="Kharkiv mayor",
      note="'The previous evening' = 20 October; separate from the wave (no parent)"),
]
STATEMENTS = [
    S("Oleksandr Dmytrenko", "UA", "combining ballistic missiles with drones to overload our air defense",
      "Air Force spokesperson"),
    S("Vitalii Prykhodko", "UA", "The drone struck the building directly", "head of the Sumy city military administration"),
]
MUST_NOT = ["THE KYIV OBSERVER", "Ukraine  War  Business  Opinion  Investigations  Culture  Podcasts",
            "Become a member", "by Daria Melnyk", "October 21, 2024 10:08 AM", "2 min read",
            "Read also: Ukraine's energy system braces for third wartime winter", "Note from the author:",
            "Hi, this is Daria Melnyk, I wrote this article. Our newsroom has reported from every front-line region since 2022. If you value this work, consider supporting us.",
            "Support independent journalism", "Russian attacks"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
