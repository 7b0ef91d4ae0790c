from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS, REX, POL

TITLE = "Russian missiles hit Kyiv and cities across Ukraine two days after Crimea bridge blast"
TEXT = """RWI Rheinwelle International
Top stories | Germany | Europe | World | Business | Science | Culture | Learn German
Conflicts › Russia-Ukraine war
Russian missiles hit Kyiv and cities across Ukraine two days after Crimea bridge blast
Morning rush hour in the capital was shattered by explosions, the first in Kyiv's center in months. Berlin says it will speed up air defense deliveries.
Date 10.10.2022
Author Jana Hofmeister (with agency material)
Monday morning brought Ukraine its heaviest bombardment in months. According to the Ukrainian military's commander-in-chief, Russia fired 83 cruise missiles and 17 Iranian-made Shahed drones between roughly 6 a.m. and midday, and 43 of the missiles and 13 of the drones were brought down by air defense.

In Kyiv, several missiles struck the Shevchenkivskyi district in the heart of the city, including a crossroads next to a park with a children's playground and a university building. Five people were killed and twelve injured in the capital, according to the national police.

In Dnipro, three people were killed when a missile landed next to a minibus at a traffic light, officials said. In Zaporizhzhia, which had already been hit at the weekend, a residential building was struck again; one person died.

Lviv, in the far west, lost electricity and hot water after strikes on energy facilities, its mayor said. Power cuts were reported from at least eight regions by midday.

"I was taking my daughter to kindergarten. We went down into the metro with hundreds of others and sat there for four hours," Kyiv resident Oksana Hrytsai told RWI.

The strikes came two days after an explosion tore through the Kerch bridge linking Crimea with the Russian mainland. On Saturday morning, a truck exploded on the road section as a freight train carrying fuel crossed the rail span beside it. Three people were killed, Russian investigators said, and two spans of the roadway partially collapsed into the water. Rail traffic over the bridge was halted for most of the day. Moscow has blamed Ukraine's intelligence services; Kyiv has not claimed responsibility.

Russia's president on Monday called the missile strikes a response to what he described as a "terrorist attack" on the bridge.

In Berlin, the federal government said on Monday that it had approved the immediate delivery of the first of four IRIS-T SLM air defense systems to Ukraine. "The first system is on its way. We had planned it for the end of the year, and we have changed our plan," a government spokeswoman, Katrin Weidemann, said at the regular press briefing.

"This was retaliation designed for television. The bridge was a humiliation, and the Kremlin needed pictures of burning cars in Kyiv to answer it," said Florian Achenbach, a Russia analyst at the Berlin Institute for European Security.

The Group of Seven leading economies will hold a video conference with the Ukrainian president on Tuesday.
Related content
Russia-Ukraine war: what we know on day 229
Print | Permalink
© 2022 Rheinwelle International
"""
DOC = {"id": "lt11", "date": "2022-10-10", "source": "RWI Rheinwelle International (German broadcaster's English page)",
       "url": "https://rwi.example/en/russian-missiles-hit-kyiv-and-cities-across-ukraine/a-63389012", "text": TEXT}

D, SAT = "2022-10-10", "2022-10-08"
W1 = "lt11-1"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian commander-in-chief",
      weapons=[W("cruise_missile", launched=N(83)), W("drone", "Shahed-136", launched=N(17))],
      evidence="Russia fired 83 cruise missiles and 17 Iranian-made Shahed drones between roughly 6 a.m. and midday",
      note="the nationwide wave on Monday morning (the publication day), typed by the missiles"),
    E("lt11-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian commander-in-chief",
      weapons=[W("cruise_missile", intercepted=N(43)), W("drone", "Shahed-136", intercepted=N(13))],
      evidence="43 of the missiles and 13 of the drones were brought down by air defense",
      note="the interception of the wave, country precision, parent = the wave"),
    E("lt11-3", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, fat=N(5), inj=N(12), weapons=[W("missile")],
      claimant="Ukrainian national police",
      evidence="In Kyiv, several missiles struck the Shevchenkivskyi district in the heart of the city",
      note="the Shevchenkivskyi district = the city (UA-30); 5 k 12 w 'in the capital'"),
    E("lt11-4", MAS, D, L("Dnipro"), "RU", "UA", parent=W1, fat=N(3), weapons=[W("missile")],
      evidence="In Dnipro, three people were killed when a missile landed next to a minibus at a traffic light",
      note="a child of the wave, 3 k"),
    E("lt11-5", MAS, D, L("Zaporizhzhia"), "RU", "UA", parent=W1, fat=N(1), family=["air_drone_strike"],
      evidence="In Zaporizhzhia, which had already been hit at the weekend, a residential building was struck again; one person died.",
      note="'was struck again' without a weapon -> both strike types (blind53 call 1), child of the wave, 1 k; the "
           "weekend strike is mentioned without a day or toll (no event)"),
    E("lt11-6", DIS, D, L("Lviv"), "RU", "UA", parent=W1, claimant="mayor of Lviv",
      evidence="Lviv, in the far west, lost electricity and hot water after strikes on energy facilities, its mayor said.",
      note="an outage caused by the wave -> disruption, child; the 'at least eight regions' cuts are a vaguer country "
           "mention folded into the wave's effects (not a separate event)"),
    E("lt11-7", REX, SAT, H("Kerch", "Kerch bridge"), None, "RU", fat=N(3), claimant="Russian investigators",
      evidence="On Saturday morning, a truck exploded on the road section as a freight train carrying fuel crossed the rail span beside it.",
      note="a truck bomb -> remote_explosive (IED); 'On Saturday morning' in a Monday page -> 8 Oct; Moscow blames "
           "Ukraine, Kyiv does not claim -> actor1 null; the bridge at Kerch (UA-43) -> precision 2; 3 k"),
    E("lt11-8", DIS, SAT, H("Kerch", "Kerch bridge"), None, "RU", parent="lt11-7",
      evidence="Rail traffic over the bridge was halted for most of the day.",
      note="traffic halted because the blast damaged the bridge -> disruption, child of lt11-7 (blind62 call 1)"),
    E("lt11-9", POL, D, C("DE", "Germany"), "DE", "UA", claimant="German federal government",
      evidence="the federal government said on Monday that it had approved the immediate delivery of the first of four IRIS-T SLM air defense systems to Ukraine",
      note="an arms-delivery decision -> policy_decision at the deciding country, 10 Oct (the approval said on Monday; "
           "the page says it was approved, not when: dated by the statement)"),
]
# Not events: power cuts 'from at least eight regions' (vague, part of the wave's effects), the metro shelter, the
# president's 'response' (title only; a justification), the G7 video conference 'on Tuesday' (future), 'had already been
# hit at the weekend' (undated mention), 'We had planned it for the end of the year' (a changed plan). Not gold
# statements: "terrorist attack" (title-only speaker, fragment). Masthead, menu, section line, date line, author line,
# 'Related content', the related headline, 'Print | Permalink' and © are furniture; the standfirst stays as text.
STATEMENTS = [
    S("Oksana Hrytsai", "UA", "We went down into the metro with hundreds of others", "resident, Kyiv"),
    S("Katrin Weidemann", "DE", "The first system is on its way", "German government spokeswoman"),
    S("Florian Achenbach", None, "This was retaliation designed for television",
      "Russia analyst, Berlin Institute for European Security"),
]
MUST_NOT = ["RWI Rheinwelle International",
            "Top stories | Germany | Europe | World | Business | Science | Culture | Learn German",
            "Conflicts › Russia-Ukraine war", "Date 10.10.2022", "Author Jana Hofmeister (with agency material)",
            "Related content", "Russia-Ukraine war: what we know on day 229", "Print | Permalink",
            "© 2022 Rheinwelle International"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
