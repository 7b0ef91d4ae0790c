from common import E, L, R, C, N, W, S, H, gold, MOB, DIP, ARR

TITLE = "Decoy drone from Belarus crashes in forest near Varėna; NATO jets scrambled, Belarusian diplomat summoned"
TEXT = """NEMUNAS DAILY
English edition
LT | EN | RU
Lithuania | Baltics | Security | Economy | Culture
Rubric: Defence
Decoy drone from Belarus crashes in forest near Varėna; NATO jets scrambled, Belarusian diplomat summoned
Tuesday, 17 March 2026 · 08:05 · Aistė Žukauskaitė
A Russian-made drone that crossed into Lithuania from Belarus late on Sunday came down in a pine forest near Varėna, the Lithuanian Armed Forces said, in the most serious breach of the country's airspace this year.

The drone, identified from its wreckage as a Gerbera decoy of the kind Russia launches alongside Shaheds over Ukraine, flew about 40 kilometres over Lithuanian territory before it crashed at around 23:20. It carried no warhead. Soldiers cordoned off the site on Monday morning, and the wreckage was taken to a military base for examination.

Two Spanish Eurofighters of NATO's Baltic Air Policing mission were scrambled from the Šiauliai air base when the drone was first picked up by radar, but they did not engage it over a populated area.

"The radar saw it, the jets were up, and the decision not to fire over homes was the right one," said Captain Rūta Vaitkutė, a spokeswoman for the Lithuanian Armed Forces.

On Monday, the foreign ministry in Vilnius summoned Belarus's chargé d'affaires and handed him a note of protest. Minsk has not commented.

Also on Monday, police in Alytus detained a 36-year-old man who had filmed soldiers at the crash site and posted the footage with their positions on a Russian-language channel. He is suspected of assisting a foreign intelligence service.

"My dog started howling a minute before we heard it come down. Then there was just smoke over the trees," said Jonas Petrauskas, who lives on the edge of the forest.

"Decoys are cheap, and every one that wanders over a NATO border tests how we react," said Marius Jankauskas, a researcher at the Vilnius Institute of Eastern Security. "Sooner or later one will carry a warhead."

Lithuania has registered more than 30 airspace violations from Belarus since the start of the year, most of them smuggling balloons. Parliament is expected to debate a shoot-down law in April.
Read also: Balloon incursions close Vilnius airport again
Follow Nemunas Daily on Facebook and X
© UAB Nemunas Media, 2026
"""
DOC = {"id": "lu14", "date": "2026-03-17", "source": "Nemunas Daily (Lithuanian news site, English edition)",
       "url": "https://nemunasdaily.example/en/security/2026/03/17/decoy-drone-varena", "text": TEXT}

SUN, MON = "2026-03-15", "2026-03-16"
EVENTS = [
    E("lu14-1", MOB, SUN, H("Varena", "forest near Varėna"), "RU", "LT", claimant="Lithuanian Armed Forces",
      weapons=[W("drone", "Gerbera", launched=N(1))],
      evidence="A Russian-made drone that crossed into Lithuania from Belarus late on Sunday came down in a pine forest near Varėna",
      note="a Russian drone entering NATO airspace = military_mobilization RU -> LT (blind62 call 8); 'late on Sunday' "
           "in a Tuesday page = 15 Mar (crash 'at around 23:20'); 'near X' = precision 2 (LT-AL); no warhead, no "
           "casualties stated"),
    E("lu14-2", MOB, SUN, H("Siauliai", "Šiauliai air base"), "ES", None, claimant="Lithuanian Armed Forces",
      evidence="Two Spanish Eurofighters of NATO's Baltic Air Policing mission were scrambled from the Šiauliai air base",
      note="a scramble is the scrambling state's mobilization (blind63 call 6): Spain's jets, from the air base outside "
           "Šiauliai (precision 2), the same night 15 Mar; 'did not engage' is a negation"),
    E("lu14-3", DIP, MON, L("Vilnius"), "LT", "BY", claimant="Lithuanian foreign ministry",
      evidence="On Monday, the foreign ministry in Vilnius summoned Belarus's chargé d'affaires and handed him a note of protest.",
      note="a summons at the named capital, the summoning state actor1 (blind62 call 8); Monday = 16 Mar"),
    E("lu14-4", ARR, MON, L("Alytus"), "LT", None, claimant="Lithuanian police",
      evidence="Also on Monday, police in Alytus detained a 36-year-old man who had filmed soldiers at the crash site",
      note="a detention by the authorities on its day, actor2 null; Alytus 601084 (LT-AL)"),
]
# Not events: the wreckage 'taken to a military base for examination' (procedure), 'Minsk has not commented'
# (negation), 'Sooner or later one will carry a warhead' (forecast), more than 30 violations 'since the start of the
# year' (running count), the shoot-down law debate in April (future). Furniture: masthead, edition line, language row,
# menu, section line, date/byline, 'Read also' link, social line, ©.
STATEMENTS = [
    S("Rūta Vaitkutė", "LT", "the decision not to fire over homes was the right one", "spokeswoman, Lithuanian Armed Forces"),
    S("Jonas Petrauskas", "LT", "My dog started howling a minute before we heard it come down", "resident, Varėna district"),
    S("Marius Jankauskas", None, "tests how we react", "researcher, Vilnius Institute of Eastern Security"),
]
MUST_NOT = ["NEMUNAS DAILY", "English edition", "LT | EN | RU", "Lithuania | Baltics | Security | Economy | Culture",
            "Rubric: Defence", "Tuesday, 17 March 2026 · 08:05 · Aistė Žukauskaitė",
            "Read also: Balloon incursions close Vilnius airport again", "Follow Nemunas Daily on Facebook and X",
            "© UAB Nemunas Media, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
