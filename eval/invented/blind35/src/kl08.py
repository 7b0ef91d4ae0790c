from common import E, L, R, C, N, W, S, gold

TITLE = "Russians keep crossing into Kazakhstan as protests against call-up spread to Dagestan"
TEXT = """ALMATY COURIER
Қазақша · Русский · English
27.09.2022, 16:20
Hotline for arrivals from Russia (migration service): 1414, free of charge
Russians keep crossing into Kazakhstan as protests against call-up spread to Dagestan
Aigerim Nurlanova, Dana Ospanova
Queues of cars stretched for several kilometres at crossings in western Kazakhstan on Tuesday, as Russian men of fighting age continued to leave the country six days after the Kremlin announced a "partial mobilisation" for the war in Ukraine.

The decree, signed last Wednesday, allows the call-up of reservists with military experience, but men without it say they have received summonses too. Kazakhstan's border service said 98,000 Russian citizens had entered the country since Wednesday. "We are working around the clock at every checkpoint, and so far nobody has been turned back," said Aidos Serikbayev, the service's spokesman.

At the Georgian border, the line of vehicles in front of the Verkhny Lars checkpoint in North Ossetia, south of Vladikavkaz, reached 16 kilometres on Monday. The same day, Russian officials set up a mobile enlistment office right at the crossing to hand out summonses to men waiting to leave, regional media reported.
Reporter's note: border figures are updated by the service every six hours and may change.
"I left my flat, my job and my cat in Samara in two hours. I would rather sleep in the car for a week than go to that war," said Kirill Zhukov, a 31-year-old programmer, as he waited at the Syrym crossing near Uralsk on Tuesday morning.

In Russia, anger at the call-up turned into open protest in Dagestan, where residents say men from the republic's villages have been summoned in disproportionate numbers. In Makhachkala, the capital, several hundred people, most of them women, gathered on Sunday and blocked a central street; police dispersed them and detained more than 100 people, according to a Russian rights group, Zashchita.

Protests had already broken out on the evening the decree was announced. On Wednesday, police detained people at anti-war rallies in Moscow and Saint Petersburg, among more than 1,300 detained in 38 cities across Russia that day, Zashchita said.

In occupied parts of Ukraine, the Russian-installed authorities held the fifth and final day of so-called referendums on joining Russia. Kyiv and Western governments have called the votes a sham.

Ukraine's military said on Monday that Iranian-made Shahed-136 drones had struck an administrative building in Odesa on Sunday, the third such attack on the city in a week. It did not say whether anyone had been hurt.

Kazakhstan's president said on Tuesday that the country would look after those who had been "forced to leave because of the current hopeless situation", but officials are discussing whether to limit how long Russians can stay without registration.
Migration services work 24/7 — see the list of centres ›
Our journalists were threatened at the border. Statement of the editorial board ›
Almaty Courier LLP · Certificate of registration of a mass medium No. 17345-Ә
"""
DOC = {"id": "kl08", "date": "2022-09-27", "source": "Almaty Courier (Kazakh news site, English)",
       "url": "https://almatycourier.example/en/society/2022/09/27/russians-keep-crossing-into-kazakhstan", "text": TEXT}

EVENTS = [
    E("kl08-1", "policy_decision", "2022-09-21", L("Moscow"), "RU", None,
      note="'The decree, signed last Wednesday' (21 Sep): mobilisation decision; Moscow as the seat (the text names "
           "'the Kremlin'); military_mobilization would be its consequence"),
    E("kl08-2", "military_mobilization", "2022-09-26", L("Vladikavkaz", 2, "Verkhny Lars checkpoint, North Ossetia"),
      "RU", None,
      note="'The same day [Monday 26 Sep], Russian officials set up a mobile enlistment office right at the crossing': "
           "call-up point; 'south of Vladikavkaz' = precision 2 at Vladikavkaz (RU-SE); the queue itself is no event"),
    E("kl08-3", "protest", "2022-09-25", L("Makhachkala"), "RU", None, family=["arrest", "riot"],
      note="'gathered on Sunday and blocked a central street; police dispersed them and detained more than 100': "
           "protest with intervention (arrest accepted)"),
    E("kl08-4", "protest", "2022-09-21", L("Moscow"), "RU", None, family=["arrest"],
      note="'On Wednesday, police detained people at anti-war rallies in Moscow': protest with intervention"),
    E("kl08-5", "protest", "2022-09-21", L("Saint Petersburg"), "RU", None, family=["arrest"],
      note="same sentence, Saint Petersburg: one event per named city"),
    E("kl08-6", "arrest", "2022-09-21", C("RU", "Russia (38 cities)"), "RU", None, agg=True, optional=True,
      note="'more than 1,300 detained in 38 cities across Russia that day': national tally, optional"),
    E("kl08-7", "air_drone_strike", "2022-09-25", L("Odesa"), "RU", "UA", weapons=[W("drone", "Shahed-136")],
      note="'said on Monday that … Shahed-136 drones had struck an administrative building in Odesa on Sunday' "
           "(25 Sep); casualties not stated (absent); 'third such attack … in a week' is background"),
]
# Not events: 98,000 entries 'since Wednesday' and the queues (migration, no type), the referendums' last day
# (no type in the taxonomy; listed as not gold), the president's promise, 'discussing whether to limit' (plan).
STATEMENTS = [
    S("Aidos Serikbayev", "KZ", "We are working around the clock at every checkpoint",
      "spokesman of Kazakhstan's border service"),
    S("Kirill Zhukov", "RU", "I would rather sleep in the car for a week than go to that war", "programmer leaving Russia"),
]
MUST_NOT = ["ALMATY COURIER", "Қазақша · Русский · English", "27.09.2022, 16:20",
            "Hotline for arrivals from Russia (migration service): 1414, free of charge", "Aigerim Nurlanova, Dana Ospanova",
            "Reporter's note: border figures are updated by the service every six hours and may change.",
            "Migration services work 24/7 — see the list of centres ›",
            "Our journalists were threatened at the border. Statement of the editorial board ›",
            "Almaty Courier LLP · Certificate of registration of a mass medium No. 17345-Ә"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
