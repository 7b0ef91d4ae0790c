from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, MOB, POL, DIP

TITLE = "Cabinet finds €600m for Ukrainian drones as defence minister visits Kharkiv"
TEXT = """POLDER POST
Dutch news in English, every weekday since 2011
News | Politics | Economy | Society | Europe | Ukraine | Opinion
Thursday 5 February 2026
Cabinet finds €600m for Ukrainian drones as defence minister visits Kharkiv
The caretaker cabinet agreed on Wednesday to spend a further €600m on drones and drone interceptors for Ukraine, money that will be taken from the unspent part of this year's defence budget rather than added to it.

The defence minister announced the package in Kharkiv on Thursday, where she held talks with the regional governor and visited a school built underground to protect its pupils from glide bombs. The visit had not been announced for security reasons.

The air raid alert sounded twice during her stay. Shortly before she arrived, a guided bomb hit a petrol station in the city's Kyivskyi district, wounding five people, among them a teenage girl, the regional governor said.

"You hear the bomb only when it has already arrived. There is no whistle, nothing," said Iryna Tkachenko, who runs a bakery across the road from the petrol station. "My windows went in. My customers are alive. I will open again on Saturday."
Become a Friend of Polder Post: support independent journalism for €5 a month
Overnight, Russian drones struck an energy facility in the Chuhuiv district, east of the city, leaving some 30,000 households without electricity in sub-zero temperatures.

Closer to home, two Dutch F-35 fighter jets were scrambled on Tuesday to shadow a Russian Il-38 maritime patrol aircraft that flew close to Dutch airspace over the North Sea, the defence ministry said. The Russian aircraft did not enter Dutch airspace and was handed over to British fighters after about an hour.

Parliament will debate the drone package next week, and a majority appears likely: only two parties have said they will vote against. The €600m comes on top of the €3.5bn the Netherlands has set aside for Ukraine for this year.

"It is the right money, but it is being spent as if we had all the time in the world. Kharkiv does not have that time," said Jorien van Dalen, an MP for the opposition, who has pushed for a multi-year fund.

Since February 2022, the Netherlands has committed more than €25bn in military support to Ukraine, including the F-16 fighter jets that were handed over last year.
Elsewhere today: Rotterdam port volumes slip for a third quarter
Sign up for our free daily newsletter
© 2026 Polder Post · About us · Contact · Privacy
"""
DOC = {"id": "lo12", "date": "2026-02-05", "source": "Polder Post (Dutch news site in English)",
       "url": "https://polderpost.example/2026/02/cabinet-finds-e600m-for-ukrainian-drones-as-defence-minister-visits-kharkiv",
       "text": TEXT}

D, WED, TUE = "2026-02-05", "2026-02-04", "2026-02-03"
EVENTS = [
    E("lo12-1", POL, WED, C("NL", "Netherlands"), "NL", "UA",
      note="'The caretaker cabinet agreed on Wednesday to spend a further €600m on drones and drone interceptors for "
           "Ukraine': aid decision at the deciding country (precision 4), though announced in Kharkiv on Thursday"),
    E("lo12-2", DIP, D, L("Kharkiv"), "NL", "UA",
      note="'The defence minister announced the package in Kharkiv on Thursday, where she held talks with the regional "
           "governor': a meeting with a named place, the visitor as actor1"),
    E("lo12-3", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb")],
      note="'Shortly before she arrived, a guided bomb hit a petrol station in the city's Kyivskyi district, wounding five "
           "people' (Thursday; a Kharkiv district = the city); 'a guided bomb' gives no launch count (as blind53's singular bombs)"),
    E("lo12-4", ADS, D, H("Chuhuiv", "Chuhuiv district"), "RU", "UA", weapons=[W("drone")],
      note="'Overnight, Russian drones struck an energy facility in the Chuhuiv district, east of the city' (the night to "
           "Thursday 5 Feb); district = precision 2; casualties not stated (absent)"),
    E("lo12-5", DIS, D, H("Chuhuiv", "Chuhuiv district"), "RU", "UA", parent="lo12-4",
      note="'leaving some 30,000 households without electricity in sub-zero temperatures'"),
    E("lo12-6", MOB, TUE, C("NL", "Netherlands"), "NL", "RU",
      note="'two Dutch F-35 fighter jets were scrambled on Tuesday to shadow a Russian Il-38 maritime patrol aircraft' "
           "(3 Feb): a scramble = military_mobilization of the scrambling state, no base named -> country; the Russian "
           "aircraft 'did not enter Dutch airspace' (no violation); the hand-over to British fighters is no Dutch event"),
]
# Not events: the visit 'had not been announced' (negation), the underground school (visit detail), the air raid alerts
# (warnings, no strike of their own), the baker's reopening 'on Saturday' (future), the Il-38 that 'did not enter
# Dutch airspace' (negation), the hand-over to British fighters (not told as a British scramble with a day of its own),
# the parliamentary debate 'next week' and the likely majority (future), the €3.5bn for this year and 'more than €25bn'
# since February 2022 (cumulative), the F-16s 'handed over last year' (history without a day).
# The masthead, tagline, menu, date line, the Friend appeal, 'Elsewhere today' and its headline, the newsletter line
# and the footer are furniture.
STATEMENTS = [
    S("Iryna Tkachenko", "UA", "You hear the bomb only when it has already arrived", "bakery owner, Kharkiv"),
    S("Jorien van Dalen", "NL", "Kharkiv does not have that time", "opposition MP"),
]
MUST_NOT = ["POLDER POST", "Dutch news in English, every weekday since 2011",
            "News | Politics | Economy | Society | Europe | Ukraine | Opinion", "Thursday 5 February 2026",
            "Become a Friend of Polder Post: support independent journalism for €5 a month",
            "Elsewhere today: Rotterdam port volumes slip for a third quarter",
            "Sign up for our free daily newsletter", "© 2026 Polder Post · About us · Contact · Privacy"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo12-1': "The caretaker cabinet agreed on Wednesday to spend a further €600m on drones and drone interceptors for Ukraine",
    'lo12-2': "The defence minister announced the package in Kharkiv on Thursday, where she held talks with the regional governor",
    'lo12-3': "Shortly before she arrived, a guided bomb hit a petrol station in the city's Kyivskyi district, wounding five people",
    'lo12-4': "Overnight, Russian drones struck an energy facility in the Chuhuiv district",
    'lo12-5': "leaving some 30,000 households without electricity in sub-zero temperatures",
    'lo12-6': "two Dutch F-35 fighter jets were scrambled on Tuesday to shadow a Russian Il-38 maritime patrol aircraft",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
