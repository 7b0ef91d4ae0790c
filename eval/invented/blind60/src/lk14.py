from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS

TITLE = "S-300 missiles hit Khortytskyi district at dawn: one dead, five injured"
TEXT = """RADIO KHORTYTSIA 102.5 FM
Zaporizhzhia's city radio
Listen live ▶ | Headlines | Programmes | Podcasts | Advertising
City › Security
S-300 missiles hit Khortytskyi district at dawn: one dead, five injured
18.09.2022, 12:40 | Newsroom of Radio Khortytsia
A crater the size of a garage, a tram stop without a roof and the charred frame of a minibus: this is what residents of the Khortytskyi district saw when they came out at dawn on Sunday.

The city was hit with S-300 missiles at about 5:40. According to the head of the regional military administration, the Russians fired six missiles from the occupied part of the Vasylivka district; two of them hit an industrial site, and one fell in the private sector nearby. One person was killed and five were injured. Earlier in the morning the administration had spoken of three injured.

"I was feeding the cat on the porch. Then the sky lit up, and I was lying in the hallway," said Liudmyla Kravchuk, 67, whose house stands across the street from the crater.

The blast also broke a water main. Residents of several streets will be without water until the evening, the city's water utility said.

"We have two crews there, but first the sappers have to check the trench," said the utility's engineer, Oleh Babiak.

Overnight, air defence forces destroyed three Russian drones over the Zaporizhzhia district.

In Orikhiv, Grad rockets hit a residential street on Saturday evening. A married couple in their seventies were wounded and taken to hospital in Zaporizhzhia.

Huliaipole was shelled with artillery throughout Saturday. The town's school No. 2 was destroyed, but no one was hurt, the head of the town military administration said.

Over the past day, the Russians shelled 21 settlements of the region 64 times, the regional military administration added in its morning summary.

This is the third missile attack on the city this month. On 10 September, missiles damaged an enterprise in the Zavodskyi district and injured four people.

The air raid alert in Zaporizhzhia lasted for almost three hours. Shelters in schools remain open around the clock.
Listen to Radio Khortytsia on 102.5 FM and online
Advertising on the radio: reklama@khortytsia-fm.example
© Radio Khortytsia, 2022
"""
DOC = {"id": "lk14", "date": "2022-09-18", "source": "Radio Khortytsia 102.5 FM (local radio station's website, Zaporizhzhia)",
       "url": "https://khortytsia-fm.example/news/2022-09-18-s-300-khortytskyi", "text": TEXT}

D, SAT = "2022-09-18", "2022-09-17"
RMA = "head of the Zaporizhzhia regional military administration"
EVENTS = [
    E("lk14-1", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(5), claimant=RMA,
      weapons=[W("missile", "S-300", launched=N(6))],
      evidence="The city was hit with S-300 missiles at about 5:40.",
      note="told first by its damage (crater, tram stop, minibus 'in the Khortytskyi district … at dawn on Sunday'), "
           "then 'The city was hit with S-300 missiles at about 5:40' -> Zaporizhzhia (the district and the station's "
           "city), 18 Sep; S-300 against ground targets = missile_artillery_strike (ANNOTATION rule 4); six fired; "
           "'five were injured' replaces the morning's three; the Vasylivka district is the launch area"),
    E("lk14-2", DIS, D, L("Zaporizhzhia"), "RU", "UA", parent="lk14-1",
      evidence="Residents of several streets will be without water until the evening",
      note="a follow-up naming no place: 'The blast also broke a water main. Residents of several streets will be "
           "without water' -> a water cut in the city on 18 Sep"),
    E("lk14-3", INT, D, H("Zaporizhzhia", "Zaporizhzhia district"), "UA", "RU",
      weapons=[W("drone", intercepted=N(3))],
      evidence="Overnight, air defence forces destroyed three Russian drones over the Zaporizhzhia district.",
      note="a district with a count -> required interception (blind53 call 4), raion named after its centre = "
           "precision 2; overnight in a Sunday page -> 18 Sep"),
    E("lk14-4", MAS, SAT, L("Orikhiv"), "RU", "UA", inj=N(2), weapons=[W("mlrs", "Grad")], parent="lk14-7",
      evidence="In Orikhiv, Grad rockets hit a residential street on Saturday evening.",
      note="'on Saturday evening' -> 17 Sep; 'A married couple … were wounded' -> 2 in words; the hospital in "
           "Zaporizhzhia is not the place"),
    E("lk14-5", MAS, SAT, L("Huliaipole"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")], parent="lk14-7",
      evidence="Huliaipole was shelled with artillery throughout Saturday.",
      note="agentless passive, 'throughout Saturday' -> one event on 17 Sep; 'no one was hurt' -> 0/0"),
    E("lk14-6", MAS, "2022-09-10", L("Zaporizhzhia"), "RU", "UA", inj=N(4), weapons=[W("missile")],
      evidence="On 10 September, missiles damaged an enterprise in the Zavodskyi district and injured four people.",
      note="background with its own date: 'On 10 September, missiles damaged an enterprise in the Zavodskyi district' "
           "(a district of the station's city) -> recalled, required, 4 w"),
    E("lk14-7", MAS, SAT, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range", agg=True, family=["air_drone_strike"],
      claimant="Zaporizhzhia regional military administration",
      evidence="Over the past day, the Russians shelled 21 settlements of the region 64 times",
      note="a past-day tally in a Sunday morning summary -> range 17-18 Sep, aggregate (ANNOTATION rule 6), parent of "
           "the Saturday lines (Orikhiv, Huliaipole); '64 times' counts attacks, not munitions (no weapons); shelling "
           "-> missile_artillery_strike, air accepted (blind53 ld08-11)"),
]
# Not events: 'the third missile attack on the city this month' (count), the air raid alert 'for almost three hours'
# (an alert is no strike here: the strike itself is lk14-1), shelters 'remain open around the clock' (standing
# service), the water 'until the evening' (end not reached: part of lk14-2), the morning figure of three injured (a
# stage of lk14-1), the Vasylivka district (launch area). Masthead, slogan, player/menu row, rubric, date/newsroom
# line, frequency line, advertising line and © are furniture.
STATEMENTS = [
    S("Liudmyla Kravchuk", "UA", "Then the sky lit up, and I was lying in the hallway", "resident, Zaporizhzhia"),
    S("Oleh Babiak", "UA", "first the sappers have to check the trench", "engineer, Zaporizhzhia water utility"),
]
MUST_NOT = ["RADIO KHORTYTSIA 102.5 FM", "Zaporizhzhia's city radio", "Listen live ▶ | Headlines | Programmes | Podcasts | Advertising",
            "City › Security", "18.09.2022, 12:40 | Newsroom of Radio Khortytsia",
            "Listen to Radio Khortytsia on 102.5 FM and online",
            "Advertising on the radio: reklama@khortytsia-fm.example", "© Radio Khortytsia, 2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
