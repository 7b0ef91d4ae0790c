from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, POL

TITLE = "Shells hit Zaporizhzhia nuclear plant twice; Kyiv and Moscow blame each other"
TEXT = """POHJANLAHDEN UUTISET
PU in English
Uutiset | Ulkomaat | Talous | Urheilu | Kulttuuri | In English
Ulkomaat › Ukraina
Shells hit Zaporizhzhia nuclear plant twice; Kyiv and Moscow blame each other
Aino Keskitalo
8.8.2022 12:14 | Päivitetty 8.8.2022 15:02
Jaa artikkeli: Facebook | Twitter | WhatsApp
Shells hit the grounds of Europe's largest nuclear power station, the Zaporizhzhia plant at Enerhodar, twice in two days, on Friday and again on Saturday evening, and Kyiv and Moscow each say the other side fired them.

On Friday several shells struck near a high-voltage switchyard, damaging power lines and forcing operators to disconnect one of the six reactors from the grid, according to Energoatom, Ukraine's state nuclear company. Nobody was hurt. Energoatom said Russian troops had shelled the plant they have occupied since March; the Russian-installed administration in Enerhodar said Ukrainian forces had fired from across the Dnipro.

The second attack, on Saturday evening, damaged three radiation sensors around the dry storage site for spent fuel, and one worker was wounded by shrapnel, Energoatom said. Once again each side accused the other.

"My mother says that at night they hear outgoing fire from the plant's own grounds. In the morning the news says the plant was shelled," said Larysa Koval, who left Enerhodar in June and speaks to her mother every day.

The director general of the International Atomic Energy Agency said on Saturday that he was "extremely concerned" by the shelling. The agency has been asking for weeks to send inspectors to the plant; no visit has been agreed.
Mainos
Across the Kakhovka reservoir, Nikopol, which faces the plant from the right bank, was hit by about 40 Grad rockets on Sunday night, the Dnipropetrovsk regional governor said. Apartment blocks and a gas pipeline were damaged; no one was killed, he said, and he blamed Russian forces firing from the plant's surroundings.

"Pressurised-water reactors of this type are robust. What worries me is cooling and power. A plant that loses its outside lines runs on diesel, and diesel runs out," said Jukka Lindroos, a senior researcher at the Nordic Nuclear Safety Centre.

In Helsinki, the government on Thursday approved a tenth package of defence materiel for Ukraine. Its value and contents were not disclosed "for operational reasons", the defence ministry said.

Two more ships carrying maize and sunflower oil left Chornomorsk and Odesa on Sunday under the grain deal that Turkey and the United Nations brokered last month.
Lue myös: Kotka port braces for a quieter autumn as Russian transit dries up
© Pohjanlahden Uutiset 2022
"""
DOC = {"id": "lf07", "date": "2022-08-08", "source": "Pohjanlahden Uutiset (Finnish regional daily, English service)",
       "url": "https://pohjanlahdenuutiset.example/in-english/art-2000009011523.html", "text": TEXT}

FRI, SAT, SUN, THU = "2022-08-05", "2022-08-06", "2022-08-07", "2022-08-04"
EVENTS = [
    E("lf07-1", MAS, FRI, L("Enerhodar"), None, None, fat=N(0), inj=N(0), weapons=[W("artillery")],
      evidence="On Friday several shells struck near a high-voltage switchyard, damaging power lines",
      note="the plant in Enerhodar 'on Friday' (5 August): shells -> artillery; 'Nobody was hurt' = 0/0; Energoatom blames "
           "Russian troops, the Russian-installed administration blames Ukrainian forces: mutual blame -> actor1 and "
           "actor2 null (blind51 call 5)"),
    E("lf07-2", DIS, FRI, L("Enerhodar"), None, None, parent="lf07-1",
      evidence="forcing operators to disconnect one of the six reactors from the grid",
      note="a reactor taken off the grid because the lines were damaged: a disruption caused by the Friday shelling; "
           "sides null like its cause"),
    E("lf07-3", MAS, SAT, L("Enerhodar"), None, None, inj=N(1), weapons=[W("artillery")],
      evidence="The second attack, on Saturday evening, damaged three radiation sensors around the dry storage site for spent fuel, and one worker was wounded by shrapnel, Energoatom said",
      note="'The second attack, on Saturday evening' (6 August): its own event; one worker wounded; 'Once again each side "
           "accused the other' -> sides null; the shells of the first sentence -> artillery; killed not stated (absent)"),
    E("lf07-4", MAS, SUN, L("Nikopol"), "RU", "UA", fat=N(0), weapons=[W("mlrs", "Grad", launched=N(40, "about"))],
      evidence="Nikopol, which faces the plant from the right bank, was hit by about 40 Grad rockets on Sunday night",
      note="'on Sunday night' (7 August) -> Sunday (blind50 la11 'on Tuesday night'); Grad = mlrs, 'about 40' -> about; "
           "'no one was killed' -> fatalities 0, injured not stated (absent); the governor blames Russian forces and no "
           "one disputes it -> RU"),
    E("lf07-5", POL, THU, C("FI", "Finland"), "FI", "UA",
      evidence="In Helsinki, the government on Thursday approved a tenth package of defence materiel for Ukraine",
      note="'on Thursday' of a Monday page = 4 August; aid package at the deciding country (precision 4) although "
           "Helsinki is named"),
]
# Not events: the plant occupied 'since March' (state), outgoing fire 'at night' (habitual, reported by a resident), the
# IAEA's concern (opinion) and its request 'for weeks' with 'no visit … agreed' (negation), Lindroos's analysis, the
# package's undisclosed value, the grain ships that 'left … on Sunday' (ship movements, no taxonomy type) and the deal
# brokered 'last month' (no day). Quoted fragments that are not gold statements: "extremely concerned" (IAEA director
# general, title only), "for operational reasons" (ministry). Masthead, 'PU in English', menu, section line, byline, date
# line, share line, 'Mainos', 'Lue myös' with its headline and the copyright line are furniture.
STATEMENTS = [
    S("Larysa Koval", "UA", "In the morning the news says the plant was shelled", "former resident of Enerhodar"),
    S("Jukka Lindroos", None, "A plant that loses its outside lines runs on diesel, and diesel runs out",
      "senior researcher, Nordic Nuclear Safety Centre"),
]
MUST_NOT = ["POHJANLAHDEN UUTISET", "PU in English", "Uutiset | Ulkomaat | Talous | Urheilu | Kulttuuri | In English",
            "Ulkomaat › Ukraina", "Aino Keskitalo", "8.8.2022 12:14 | Päivitetty 8.8.2022 15:02",
            "Jaa artikkeli: Facebook | Twitter | WhatsApp", "Mainos",
            "Lue myös: Kotka port braces for a quieter autumn as Russian transit dries up", "© Pohjanlahden Uutiset 2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
