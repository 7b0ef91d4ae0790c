from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Investigation opened into the S-300 strike on Zaporizhzhia of 18 October"
TEXT = """ZAPORIZHZHIA REGIONAL PROSECUTOR'S OFFICE
Office of the Prosecutor General of Ukraine · regional office
News | Activities | Appeals | Public information | Contacts
Investigation opened into the S-300 strike on Zaporizhzhia of 18 October
19 October 2023, 10:12
The Zaporizhzhia Regional Prosecutor's Office is guiding a newly opened pre-trial investigation into a breach of the laws and customs of war committed together with wilful killing (Article 438, part 2, of the Criminal Code).
According to the investigation, on 18 October 2023, at about 14:30, Russian forces fired two S-300 missiles at Zaporizhzhia. In the Oleksandrivskyi district the missiles damaged a pharmacy and a five-storey block of flats. Two people were killed and six were injured.
In separate proceedings, the prosecutors are documenting the shelling of Stepnohirsk this morning, 19 October, in which a 70-year-old resident was wounded by artillery fire, and the guided aerial bomb dropped on Orikhiv on the evening of 18 October, which killed a man of 52.
The regional prosecutor's office has, in absentia, notified of suspicion a commander of a Russian artillery unit who, according to the investigation, ordered the shelling of Huliaipole in March 2023.
"Every crater, every fragment is photographed and measured. These materials will be in court, whatever year that happens," said Roman Hordiichuk, head of the war crimes department of the regional prosecutor's office.
Prosecutors and police investigators are working where the missiles hit in Zaporizhzhia.
Press service of the Zaporizhzhia Regional Prosecutor's Office
#war_crimes #Zaporizhzhia
Reuse of our materials only with a link to this page
"""
DOC = {"id": "lr09", "date": "2023-10-19", "source": "Zaporizhzhia Regional Prosecutor's Office (notice)",
       "url": "https://zap.gp.example/news/2023/10/19/s300-strike", "text": TEXT}

D, PREV = "2023-10-19", "2023-10-18"
PRO = "Zaporizhzhia Regional Prosecutor's Office"
EVENTS = [
    E("lr09-1", MAS, PREV, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(6), weapons=[W("missile", "S-300", launched=N(2))],
      claimant=PRO,
      evidence="on 18 October 2023, at about 14:30, Russian forces fired two S-300 missiles at Zaporizhzhia.",
      note="the incident under investigation, dated 18 Oct (the notice's news, the opened proceedings, is no event); the "
           "Oleksandrivskyi district = the city; S-300 against a ground target -> missile_artillery_strike, launched 2; "
           "2 k 6 w"),
    E("lr09-2", MAS, D, L("Stepnohirsk"), "RU", "UA", inj=N(1), weapons=[W("artillery")], claimant=PRO,
      evidence="the shelling of Stepnohirsk this morning, 19 October, in which a 70-year-old resident was wounded by artillery fire",
      note="'this morning, 19 October' -> 19 Oct; named inside a clause about 'separate proceedings': the incident is "
           "still an event; 1 w"),
    E("lr09-3", ADS, PREV, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb", launched=N(1))], claimant=PRO,
      evidence="the guided aerial bomb dropped on Orikhiv on the evening of 18 October, which killed a man of 52",
      note="'on the evening of 18 October'; a relative clause carries the toll -> 1 k"),
    E("lr09-4", MAS, "2023-03-01", L("Huliaipole"), "RU", "UA", end="2023-03-31", prec="month", optional=True,
      weapons=[W("artillery")], claimant=PRO,
      evidence="ordered the shelling of Huliaipole in March 2023",
      note="a recalled shelling with a month only (no day) inside a legal step -> optional, month precision"),
]
# Not events: the opened pre-trial investigation and the notice of suspicion served in absentia (legal steps, not
# incidents of the war); the prosecutors at the site (procedure); 'These materials will be in court, whatever year'
# (future). Office name, Prosecutor General line, menu, date line, press-service signature, hashtags and reprint rule
# are furniture.
STATEMENTS = [
    S("Roman Hordiichuk", "UA", "Every crater, every fragment is photographed and measured",
      "head of the war crimes department, regional prosecutor's office"),
]
MUST_NOT = ["ZAPORIZHZHIA REGIONAL PROSECUTOR'S OFFICE", "Office of the Prosecutor General of Ukraine · regional office",
            "News | Activities | Appeals | Public information | Contacts", "19 October 2023, 10:12",
            "Press service of the Zaporizhzhia Regional Prosecutor's Office", "#war_crimes #Zaporizhzhia",
            "Reuse of our materials only with a link to this page"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
