from common import E, L, R, C, N, W, S, gold

TITLE = "\"The sky just exploded!\" Kiev regime hits Sevastopol beach with American missiles: three dead, 84 injured"
TEXT = """EXPRESS★DAILY
Moscow +24°
News | SVO | Incidents | Politics | Stars | Health | Dacha | Horoscope
Incidents › Crimea
"The sky just exploded!" Kiev regime hits Sevastopol beach with American missiles: three dead, 84 injured
14 July 2025 11:03
Updated 14 July 2025 13:40
Text: Artyom Sokolov
Reading: 3 min
A terrible Sunday for Sevastopol. At about half past twelve, when the beaches were packed with holidaymakers, the Armed Forces of Ukraine fired four American-made ATACMS operational-tactical missiles at the city, the Russian Defence Ministry reported. Three were shot down by air defence. Fragments and cluster submunitions of the fourth rained down on the beach at Lyubimovka, in the north of the city.

At first the governor of Sevastopol spoke of one dead and about thirty injured. By the evening, the numbers had grown terribly. According to the latest data, three people were killed, two of them children, and 84 were injured; 27 remain in hospital, nine of them in a serious condition.

"The sky just exploded. We grabbed the kids and lay down in the sand, and things were falling, falling, falling," said Dmitry Kovalev, 38, who had come to the beach with his wife and two sons.

"We have been operating since one o'clock without a break. Most of the wounds are from small metal balls – that is what cluster munitions do," said Elena Tarasova, head doctor of City Hospital No. 1.
Photo: Telegram channel of the governor of Sevastopol
Earlier on Sunday morning, air defence had destroyed 18 Ukrainian drones over the Republic of Crimea and the Black Sea, the ministry said.

Traffic on the Crimean bridge was suspended for almost three hours on Sunday afternoon because of the threat of an attack.

The Russian Foreign Ministry summoned the US ambassador on Monday. The Kremlin spokesman said the strike "will not go unanswered" and that American specialists had programmed the missiles' flight paths.

"Without American satellites and American officers, these missiles would not fly a single kilometre. Washington has to understand that it is now a direct party," reserve colonel and military commentator Igor Sevrugin told Express-Daily.

On the eve of the tragedy in Sevastopol, the Kiev regime struck the Belgorod region again: on Saturday evening, an FPV drone attacked a car in Shebekino. A woman was killed and her husband was injured, the governor of the Belgorod region reported.

Monday has been declared a day of mourning in Sevastopol. All entertainment events are cancelled.
READ ALSO: How to choose a ripe watermelon: five tips from a farmer
Comments 412
We are on Telegram, Dzen and VK
18+
© Express-Daily 2025. All rights reserved.
"""
DOC = {"id": "kz14", "date": "2025-07-14", "source": "Express-Daily (Russian tabloid site, in translation)",
       "url": "https://www.expressdaily.example/incidents/2025/07/14/sevastopol-beach-atacms/", "text": TEXT}

D, SUN, SAT = "2025-07-14", "2025-07-13", "2025-07-12"
EVENTS = [
    E("kz14-1", "missile_artillery_strike", SUN, L("Sevastopol"), "UA", None, fat=N(3), inj=N(84),
      weapons=[W("ballistic_missile", "ATACMS", launched=N(4))], claimant="Russian Defence Ministry",
      note="'A terrible Sunday' (13 Jul; Monday page): four ATACMS fired at Sevastopol, fragments and submunitions on "
           "the beach at Lyubimovka (part of the city's territory = the city); toll 1/30 -> latest 3 killed, 84 "
           "injured; occupation-side claim: the claimed attacker UA, actor2 null (blind41 call 6)"),
    E("kz14-2", "interception", SUN, L("Sevastopol", 2, "over Sevastopol"), "RU", "UA", parent="kz14-1",
      weapons=[W("ballistic_missile", intercepted=N(3))], claimant="Russian Defence Ministry",
      note="'Three were shot down by air defence' (the defender as actor1)"),
    E("kz14-3", "interception", SUN, R("UA-43", "Republic of Crimea and the Black Sea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(18))], claimant="Russian Defence Ministry",
      note="'Earlier on Sunday morning, air defence had destroyed 18 Ukrainian drones over the Republic of Crimea and the "
           "Black Sea' -> Crimea (UA-43, as the earlier sets code it)"),
    E("kz14-4", "infrastructure_disruption", SUN, L("Kerch", 2, "Crimean bridge near Kerch"), None, None,
      note="'Traffic on the Crimean bridge was suspended for almost three hours on Sunday afternoon because of the threat "
           "of an attack': a precautionary closure, sides null; the bridge starts at Kerch -> precision 2"),
    E("kz14-5", "diplomatic_contact", D, L("Moscow"), "RU", "US",
      note="'The Russian Foreign Ministry summoned the US ambassador on Monday': a summons at the Foreign Ministry in "
           "Moscow (the ministry's seat)"),
    E("kz14-6", "air_drone_strike", SAT, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(1), weapons=[W("drone")],
      claimant="Belgorod region governor",
      note="'On the eve of the tragedy in Sevastopol' = Saturday 12 Jul, 'on Saturday evening, an FPV drone attacked a "
           "car in Shebekino': a woman killed, her husband injured"),
]
# Not events: the Kremlin spokesman's 'will not go unanswered' (threat) and his claim about American specialists
# (statement), the day of mourning and the cancelled entertainment (civic decisions), the 'READ ALSO' item (furniture).
STATEMENTS = [
    S("Dmitry Kovalev", "RU", "things were falling, falling, falling", "beachgoer in Sevastopol"),
    S("Elena Tarasova", "RU", "Most of the wounds are from small metal balls", "head doctor, City Hospital No. 1"),
    S("Igor Sevrugin", "RU", "Washington has to understand that it is now a direct party",
      "reserve colonel, military commentator"),
]
# Not gold: the Kremlin spokesman's 'will not go unanswered' (title only, fragment); the headline's 'The sky just
# exploded!' (repeats Kovalev's quote without a speaker).
MUST_NOT = ["EXPRESS★DAILY", "Moscow +24°", "News | SVO | Incidents | Politics | Stars | Health | Dacha | Horoscope",
            "Incidents › Crimea", "14 July 2025 11:03", "Updated 14 July 2025 13:40", "Text: Artyom Sokolov", "Reading: 3 min",
            "Photo: Telegram channel of the governor of Sevastopol",
            "READ ALSO: How to choose a ripe watermelon: five tips from a farmer", "Comments 412",
            "We are on Telegram, Dzen and VK", "18+", "© Express-Daily 2025. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
