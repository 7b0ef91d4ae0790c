from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit energy facility in Korosten district: 14,000 households without power"
TEXT = """Polissia Online — news of Zhytomyr and the region
Home / Region / Incidents
Drones hit energy facility in Korosten district: 14,000 households without power
29.08.2024 09:15 | Updated 12:40
Author: Denys Kravchuk

Overnight, Russian attack drones struck an energy infrastructure facility in the Korosten district. A fire broke out at the site and was put out by rescuers by 5 a.m. No one was injured, according to the regional military administration.

As a result of the hit, about 14,000 households in Korosten and nine nearby villages were left without electricity. Power engineers have already restored supply to part of the consumers, but repairs at the damaged substation will take at least two days.

In total, 11 attack drones entered the airspace of the region overnight. Nine of them were shot down by mobile fire groups and air defence units, said the head of the regional military administration, Oleksandr Hrytsenko.

"The enemy is deliberately hitting the north of the region, where the grid is the weakest. We have generators in all critical facilities, hospitals and water utilities will keep working," Hrytsenko said.

The wreckage of one of the drones fell on a farm near Chudniv, damaging a barn. There were no casualties.

Zhytomyroblenergo announced that hourly outage schedules will apply throughout the region on Friday. The schedules for each queue will be published this evening.

READ ALSO:
• Where to charge your phone in Zhytomyr: list of "Points of Invincibility"
• Ovruch lyceum to reopen after repairs

Man who filmed air defence detained

Police in Zhytomyr on Wednesday detained a 43-year-old local resident who filmed the work of air defence during an alert and posted the video on TikTok. He faces up to eight years in prison, the regional police said. Investigators are checking whether he was in contact with Russian special services.

Last week, a Russian drone hit the lyceum building in Ovruch at night, smashing windows and part of the roof. The building was empty at the time.

Relatives of missing soldiers rally in Berdychiv

On Wednesday, about a hundred relatives of soldiers of a Berdychiv-based brigade who are missing in action or held in captivity gathered in the central square of Berdychiv. They asked the authorities to include their loved ones in the next prisoner exchange lists.

"We are not blaming anyone. We just want our men to be on the lists and not forgotten," said Liudmyla Savchuk, whose son has been missing since the spring.

Since the beginning of the summer, the Zhytomyr region has come under drone attack 19 times. The regional administration warns that attacks on energy facilities could intensify as the heating season approaches.

📌 Subscribe to our Telegram channel so you don't miss important news
Comments (3)
© 2016–2024 Polissia Online. Use of materials is allowed only with a hyperlink to the site.
"""
DOC = {"id": "r05", "date": "2024-08-29", "source": "Polissia Online (Zhytomyr regional site)",
       "url": "https://polissia-online.example/news/2024/08/29/korosten-drony-energetyka", "text": TEXT}

D = "2024-08-29"
EVENTS = [
    E("r05-1", "air_drone_strike", D, L("Korosten", 2, "Korosten district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Zhytomyr regional military administration",
      note="district named after the town: precision 2"),
    E("r05-2", "infrastructure_disruption", D, L("Korosten"), "RU", "UA", claimant="Polissia Online",
      note="about 14,000 households in Korosten and nine villages without power"),
    E("r05-3", "interception", D, R("UA-18", "Zhytomyr region"), "UA", "RU",
      weapons=[W("drone", launched=N(11), intercepted=N(9))], claimant="Oleksandr Hrytsenko"),
    E("r05-4", "air_drone_strike", D, L("Chudniv", 2, "near Chudniv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="wreckage of a drone on a farm"),
    E("r05-5", "infrastructure_disruption", "2024-08-30", R("UA-18", "Zhytomyr region"), "RU", "UA",
      claimant="Zhytomyroblenergo", note="hourly outage schedules on Friday (scheduled)"),
    E("r05-6", "arrest", "2024-08-28", L("Zhytomyr"), "UA", None, claimant="regional police"),
    E("r05-7", "air_drone_strike", "2024-08-19", L("Ovruch"), "RU", "UA", prec="week", end="2024-08-25",
      weapons=[W("drone")], note="'Last week' (Mon 19 - Sun 25 Aug); building empty but casualties not stated"),
    E("r05-8", "protest", "2024-08-28", L("Berdychiv"), "UA", None, note="peaceful rally of POW/MIA relatives"),
]
STATEMENTS = [
    S("Oleksandr Hrytsenko", "UA", "hitting the north of the region, where the grid is the weakest",
      "head of the regional military administration"),
    S("Liudmyla Savchuk", "UA", "We just want our men to be on the lists and not forgotten", "mother of a missing soldier"),
]
MUST_NOT = ["Polissia Online — news of Zhytomyr and the region", "Home / Region / Incidents", "29.08.2024 09:15 | Updated 12:40",
            "Author: Denys Kravchuk", "READ ALSO:",
            "Where to charge your phone in Zhytomyr: list of \"Points of Invincibility\"",
            "Ovruch lyceum to reopen after repairs",
            "📌 Subscribe to our Telegram channel so you don't miss important news", "Comments (3)",
            "© 2016–2024 Polissia Online. Use of materials is allowed only with a hyperlink to the site."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
