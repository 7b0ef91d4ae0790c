from common import E, L, R, C, N, W, S, gold

TITLE = "Georgian police break up protest as ‘foreign influence’ bill advances"
TEXT = """Al Qanat English
Live  News  Features  Opinion  Video  More
News | Protests
Georgian police break up protest as ‘foreign influence’ bill advances
Tear gas and pepper spray used against demonstrators blocking parliament in Tbilisi; opposition leader detained.
Published On 30 Apr 2024
Save
Click here to share on social media
Riot police in Georgia fired tear gas and pepper spray late on Monday to push back thousands of demonstrators who had blocked the entrances to parliament in Tbilisi in protest against a bill that critics say mirrors Russia's “foreign agent” legislation.

Georgia's health ministry said 11 people, including three police officers, were taken to hospital. The interior ministry said 14 people were detained for “disobeying lawful orders of the police”.

“Police acted strictly within the law and only after repeated warnings to the protesters to unblock the building,” the interior ministry said in a statement on Tuesday.

Keep reading
list of 4 items
list 1 of 4
Why Georgia’s youth have turned against the ruling party
list 2 of 4
Armenia pauses participation in Russia-led security bloc
list 3 of 4
Kazakhstan floods force tens of thousands from homes
list 4 of 4
Photos: Night of protests on Rustaveli Avenue
end of list
Early on Tuesday, police detained an opposition party leader at his home in Tbilisi, accusing him of organising group violence during the protest, his party said.

Earlier on Monday, parliament's legal affairs committee had approved the bill for a second reading.

In Kutaisi, Georgia's second-largest city, about 2,000 people marched peacefully to the city hall on Monday evening, chanting “No to the Russian law!”

“We are not foreign agents. We are the people of this country, and we want to be in Europe,” said Nino Beridze, a 22-year-old student who spent the night outside parliament.

The bill would require groups funded from abroad to register as organisations “pursuing the interests of a foreign power”.

The governing party says the law is about transparency. “This law is about transparency, not about Russia. Nobody will be banned,” said Levan Tsertsvadze, a member of parliament from the governing party.

The European Union has warned that the bill could jeopardise Georgia’s path towards membership, which it granted candidate status in December. “This is a very concerning development, and the bill is incompatible with EU values,” EU foreign policy spokesperson Marek Linde said.

The ruling party hopes to pass the bill in its third and final reading by mid-May. A similar bill was withdrawn in March 2023 after two nights of mass protests. Opposition groups have vowed to return to the streets on Wednesday.

Source: Al Qanat and news agencies
Follow Al Qanat English on WhatsApp
"""
DOC = {"id": "j06", "date": "2024-04-30", "source": "Al Qanat English",
       "url": "https://www.alqanat.example/news/2024/4/30/georgian-police-break-up-protest-foreign-influence-bill",
       "text": TEXT}

D, MON = "2024-04-30", "2024-04-29"
EVENTS = [
    E("j06-1", "protest", MON, L("Tbilisi"), "GE", "GE", inj=N(11), claimant="health ministry",
      note="dispersed 'late on Monday' with tear gas and pepper spray: protest with intervention "
           "(no violence by protesters is reported, so not a riot); 11 hospitalised (incl. 3 police) = injured"),
    E("j06-2", "arrest", MON, L("Tbilisi"), "GE", "GE", optional=True, claimant="interior ministry",
      note="14 detained at the protest: part of the protest with intervention (blind4 call 1) -> optional"),
    E("j06-3", "arrest", D, L("Tbilisi"), "GE", "GE", claimant="opposition party",
      note="opposition leader detained at home 'Early on Tuesday': a separate arrest, required"),
    E("j06-4", "policy_decision", MON, L("Tbilisi"), "GE", None, optional=True,
      note="committee approval for a second reading: legislative step, not about the war -> optional"),
    E("j06-5", "protest", MON, L("Kutaisi"), "GE", None,
      note="peaceful march 'on Monday evening' (actor2 null)"),
]
STATEMENTS = [
    S("Georgian interior ministry", "GE", "Police acted strictly within the law"),
    S("Nino Beridze", "GE", "We are not foreign agents", "student"),
    S("Levan Tsertsvadze", "GE", "This law is about transparency, not about Russia", "member of parliament"),
    S("Marek Linde", None, "the bill is incompatible with EU values", "EU foreign policy spokesperson"),
]
MUST_NOT = ["Al Qanat English", "Live  News  Features  Opinion  Video  More", "News | Protests",
            "Published On 30 Apr 2024", "Save", "Click here to share on social media", "Keep reading",
            "list of 4 items", "list 1 of 4", "list 2 of 4", "list 3 of 4", "list 4 of 4",
            "Why Georgia’s youth have turned against the ruling party",
            "Armenia pauses participation in Russia-led security bloc",
            "Kazakhstan floods force tens of thousands from homes", "Photos: Night of protests on Rustaveli Avenue",
            "end of list", "Source: Al Qanat and news agencies", "Follow Al Qanat English on WhatsApp"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
