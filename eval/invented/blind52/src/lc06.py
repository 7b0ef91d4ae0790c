from common import E, L, H, R, C, N, W, S, gold, MAS, ADS, INT, DIS, ABD

TITLE = "Ammunition depot burns outside Tokmak; half of Melitopol without power after drone attack on substation"
TEXT = """PRYAZOVIA TODAY
News of Melitopol, Berdiansk and the occupied south · since 2016
УКР | ENG
News | Occupation | Front | Volunteers | Contacts
Occupied territories
11 May 2024, 12:05
Author: Valeriia Orlyk
Ammunition depot burns outside Tokmak; half of Melitopol without power after drone attack on substation
Explosions shook the outskirts of occupied Tokmak for almost two hours on Friday evening after Ukrainian missiles hit what the General Staff of the Armed Forces of Ukraine described as a Russian ammunition depot. Residents sent our editorial office videos of secondary detonations lighting up the sky over the northern part of the town.

The Russian-installed "authorities" of the region told a different story. According to them, air defence shot down four ATACMS missiles over the Tokmak district, and falling fragments damaged three private houses and injured two civilians. They did not mention the depot.

"Every shell that burns in Tokmak is a shell that will not fall on Orikhiv or on Zaporizhzhia," said Dmytro Sobko, a deputy of the Melitopol city council who now works in Zaporizhzhia.

Earlier the same day, at about 7:40 in the morning, the lights went out across much of Melitopol. The occupation administration blamed a Ukrainian drone attack on a substation in the east of the city; Kyiv has not commented. With the pumping stations down, several neighbourhoods also lost tap water, and by Saturday morning some of them still had neither.
Photo: residents' Telegram channels
In Vasylivka, Russian soldiers in balaclavas took two men, aged 34 and 52, from their homes on Wednesday, relatives told Pryazovia Today. Neither has been heard from since; the occupation "police" refuse to say where they are being held.

"They came in two vans, put bags over their heads and did not even let them put on shoes," said the wife of one of the men, who asked to be identified only by her first name, Svitlana.

The day before the Melitopol blackout, on Thursday, a drone struck the roof of the building that houses the occupation administration in Enerhodar, the town where the staff of the Zaporizhzhia nuclear power plant live. The Russian-appointed "mayor" claimed the drone was Ukrainian and that a security guard had been wounded.

Yellow-ribbon leaflets of the resistance have been appearing on bus stops in Melitopol every week since the spring of 2022, and the occupiers have been digging trenches around Tokmak since the summer of 2023. The "authorities" promised to restore electricity in Melitopol by Sunday.
Subscribe to our Telegram channel: we write where Russian media stay silent
Tags: Tokmak, Melitopol, Enerhodar, Vasylivka, occupation
When using materials, a hyperlink to Pryazovia Today is required.
"""
DOC = {"id": "lc06", "date": "2024-05-11", "source": "Pryazovia Today (Ukrainian regional site of the occupied south)",
       "url": "https://pryazovia.example/en/occupation/2024/05/11/tokmak-depot-melitopol-blackout", "text": TEXT}

FRI, THU, WED = "2024-05-10", "2024-05-09", "2024-05-08"
EVENTS = [
    E("lc06-1", MAS, FRI, H("Tokmak", "outskirts of Tokmak"), "UA", None, inj=N(2),
      weapons=[W("ballistic_missile", "ATACMS")],
      claimant="General Staff of the Armed Forces of Ukraine; Russian-installed authorities",
      ev="Explosions shook the outskirts of occupied Tokmak for almost two hours on Friday evening after Ukrainian missiles hit what the General Staff of the Armed Forces of Ukraine described as a Russian ammunition depot.",
      note="Ukrainian missiles on a depot on the outskirts of occupied Tokmak 'on Friday evening' (10 May; Saturday "
           "page); the occupation side's version (ATACMS shot down, fragments, two civilians injured) is the same "
           "attack -> one event with its only casualty count (2 injured); the target is claimed military by one side "
           "and civilian by the other -> actor2 null (blind41 call 6); outskirts = precision 2"),
    E("lc06-2", INT, FRI, H("Tokmak", "Tokmak district"), "RU", "UA",
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(4))], claimant="Russian-installed authorities",
      ev="According to them, air defence shot down four ATACMS missiles over the Tokmak district",
      note="the occupation side's 'shot down four ATACMS missiles over the Tokmak district': an interception by RU "
           "apart from the strike (blind43 call 5), district named after its centre = precision 2"),
    E("lc06-3", ADS, FRI, L("Melitopol"), "UA", None, weapons=[W("drone")], claimant="occupation administration",
      ev="The occupation administration blamed a Ukrainian drone attack on a substation in the east of the city",
      note="'Earlier the same day' (Friday), 'at about 7:40 in the morning': a drone attack on a substation in "
           "Melitopol blamed on Ukraine by the occupation administration (Kyiv silent) -> claimed attacker UA, actor2 "
           "null; casualties not stated"),
    E("lc06-4", DIS, FRI, L("Melitopol"), "UA", None, parent="lc06-3",
      ev="the lights went out across much of Melitopol",
      note="blackout across much of Melitopol and the loss of tap water with the pumps down: one disruption of the "
           "same cause, dated the day it began"),
    E("lc06-5", ABD, WED, L("Vasylivka"), "RU", "UA", family=["arrest"],
      ev="In Vasylivka, Russian soldiers in balaclavas took two men, aged 34 and 52, from their homes on Wednesday",
      note="two men taken from their homes by Russian soldiers in balaclavas 'on Wednesday' (8 May) in occupied "
           "Vasylivka (Zaporizhzhia oblast, 686729), whereabouts unknown: abduction RU -> UA, arrest accepted (blind44 "
           "call 9)"),
    E("lc06-6", ADS, THU, L("Enerhodar"), "UA", None, inj=N(1), weapons=[W("drone")],
      claimant="Russian-appointed mayor of Enerhodar",
      ev="The day before the Melitopol blackout, on Thursday, a drone struck the roof of the building that houses the occupation administration in Enerhodar",
      note="'The day before the Melitopol blackout, on Thursday' (9 May): drone on the occupation administration "
           "building in Enerhodar, the Russian-appointed mayor claims it was Ukrainian and a guard was wounded -> "
           "claimed attacker UA, actor2 null, 1 injured"),
]
# Not events: the videos sent to the editors (coverage), 'They did not mention the depot' (negation), 'Kyiv has not
# commented', 'Neither has been heard from since' (part of lc06-5), the leaflets 'every week since the spring of 2022'
# (habitual), trenches 'since the summer of 2023' (background), the promise to restore electricity 'by Sunday'
# (future).
STATEMENTS = [
    S("Dmytro Sobko", "UA", "Every shell that burns in Tokmak is a shell that will not fall on Orikhiv",
      "deputy of the Melitopol city council"),
    S("Svitlana", "UA", "put bags over their heads and did not even let them put on shoes",
      "wife of an abducted man in Vasylivka"),
]
# Not gold: the scare-quoted terms "authorities", "police", "mayor" (terms, no speech).
MUST_NOT = ["PRYAZOVIA TODAY", "News of Melitopol, Berdiansk and the occupied south · since 2016", "УКР | ENG",
            "News | Occupation | Front | Volunteers | Contacts", "Occupied territories", "11 May 2024, 12:05",
            "Author: Valeriia Orlyk", "Photo: residents' Telegram channels",
            "Subscribe to our Telegram channel: we write where Russian media stay silent",
            "Tags: Tokmak, Melitopol, Enerhodar, Vasylivka, occupation",
            "When using materials, a hyperlink to Pryazovia Today is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
