from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, POL, DIP, PRO

TITLE = "Northway Briefing: drones over the south, Bakhmut's west, flowers in Moscow"
TEXT = """View this email in your browser
Forwarded this? Sign up for the Northway Briefing here
NORTHWAY
Wednesday, 19 April 2023 · Issue 412
Northway Briefing: drones over the south, Bakhmut's west, flowers in Moscow
Good morning. Seven items today, one minute each. Written by Clara Aaltonen in Helsinki and Yurii Maksymenko in Kyiv.
Today's briefing is supported by Fennic Rail - the night train to Warsaw.

THE WAR
Russia sent 12 Shahed drones at Ukraine overnight, the air force said, and ten of them were shot down. One of the other two hit an energy facility in the Odesa region; the regional administration did not say where, and said no one was hurt.

THE FRONT
Russian forces attacked Bakhmut more than 30 times over the past day, Ukraine's General Staff said, with the heaviest fighting in the west of the city, along the road to Khromove. Ukrainian commanders have been saying for weeks that the city could be held "for as long as it makes military sense".

EUROPE
The Dutch cabinet on Tuesday approved €300 million for artillery ammunition for Ukraine, to be bought through a joint EU procurement. "It is late, and it is not enough, but it is ammunition, not a statement," said Joost van Dalen, an opposition MP who had pushed for twice the sum.

RUSSIA
In Moscow, police detained six people who laid flowers on Monday evening at the monument to the Ukrainian poet Lesya Ukrainka, in memory of civilians killed in Ukraine. Four were released overnight with fines. "They took the carnations away first, then us," said Yelena Sorokina, 58, one of those released.

THE SEA
Russia's Black Sea Fleet said its sailors destroyed an unmanned Ukrainian boat approaching Sevastopol bay early on Tuesday. Ukraine did not comment.

ENERGY
Shelling cut power to about 12,000 consumers in the Kupiansk district of the Kharkiv region yesterday, the grid operator said. "Our crews go out when the military says the road is quiet, and that is not every day," said Marta Hrechko, its spokeswoman.

DIPLOMACY
The Czech defence minister, on an unannounced visit, held talks in Kyiv on Tuesday with Ukraine's prime minister about the repair of armoured vehicles.

ELSEWHERE
Sudan: fighting between the army and the paramilitary Rapid Support Forces went on in Khartoum for a fifth day, with the airport and the army headquarters contested.

MARKETS
Wheat futures in Chicago slipped for a third day on expectations that the Black Sea grain deal, which Russia says it may not extend after 18 May, will hold for now.

NUMBER OF THE DAY
8,490 - civilians killed in Ukraine since February 2022 that the UN has been able to verify. The real figure, the UN says, is considerably higher.

That's all for today. See you tomorrow.
Sponsored: Fennic Rail - book Helsinki to Warsaw from €49
You are receiving this because you subscribed at northway.example. Unsubscribe | Manage preferences
Northway Media Oy, Mannerheimintie 12, 00100 Helsinki
© 2023 Northway Media
"""
DOC = {"id": "li10", "date": "2023-04-19", "source": "Northway Briefing (e-mail newsletter of Northway Media)",
       "url": "https://northway.example/briefing/2023-04-19", "text": TEXT}

D, TUE, MON = "2023-04-19", "2023-04-18", "2023-04-17"
WAVE = "li10-1"
EVENTS = [
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(12))],
      evidence="Russia sent 12 Shahed drones at Ukraine overnight, the air force said",
      note="THE WAR: the night's drones-only wave -> air_drone_strike at country precision; 'overnight' in a Wednesday "
           "morning newsletter -> 19 Apr"),
    E("li10-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(10))],
      evidence="and ten of them were shot down",
      note="the wave's interception: ten"),
    E("li10-3", ADS, D, R("UA-51", "Odesa region"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0),
      weapons=[W("drone")],
      evidence="One of the other two hit an energy facility in the Odesa region; the regional administration did not say where, and said no one was hurt.",
      note="a place hit named only by its region ('did not say where') -> region precision 3; 'no one was hurt' = 0/0; "
           "no outage is stated"),
    E("li10-4", CLA, TUE, L("Bakhmut"), "RU", "UA", prec="range", end=D, claimant="General Staff of Ukraine",
      evidence="Russian forces attacked Bakhmut more than 30 times over the past day, Ukraine's General Staff said, with the heaviest fighting in the west of the city",
      note="THE FRONT: past-day fighting in the city -> clash, range 18-19 Apr, precision 1 ('in the west of the city' "
           "is inside it); Khromove only names a road; the commanders' 'could be held' is a conditional"),
    E("li10-5", POL, TUE, C("NL", "Netherlands"), "NL", "UA",
      evidence="The Dutch cabinet on Tuesday approved €300 million for artillery ammunition for Ukraine",
      note="EUROPE: aid decision -> policy_decision at the deciding country"),
    E("li10-6", PRO, MON, L("Moscow"), "RU", "RU", family=["arrest"],
      evidence="In Moscow, police detained six people who laid flowers on Monday evening at the monument to the Ukrainian poet Lesya Ukrainka, in memory of civilians killed in Ukraine.",
      note="RUSSIA: a commemoration with flowers ended by detentions -> protest with intervention (arrest accepted), "
           "'on Monday evening' -> 17 Apr; the release 'overnight with fines' is no event"),
    E("li10-7", INT, TUE, H("Sevastopol", "approaches to Sevastopol bay"), "RU", "UA", claimant="Russian Black Sea Fleet",
      weapons=[W("drone", intercepted=N(1))],
      evidence="Russia's Black Sea Fleet said its sailors destroyed an unmanned Ukrainian boat approaching Sevastopol bay early on Tuesday.",
      note="THE SEA: a naval drone ('an unmanned … boat') destroyed before it struck -> interception by RU (the "
           "defender), sea drones counted as drones (blind50 la11-7), one; 'approaching Sevastopol bay' = precision 2; "
           "occupied Sevastopol is UA-40"),
    E("li10-8", MAS, TUE, H("Kupiansk", "Kupiansk district"), "RU", "UA", weapons=[W("artillery")],
      evidence="Shelling cut power to about 12,000 consumers in the Kupiansk district of the Kharkiv region yesterday, the grid operator said.",
      note="ENERGY: the shelling behind the outage, 'yesterday' -> 18 Apr; a district named after its centre -> "
           "precision 2"),
    E("li10-9", DIS, TUE, H("Kupiansk", "Kupiansk district"), "RU", "UA", parent="li10-8",
      evidence="Shelling cut power to about 12,000 consumers in the Kupiansk district of the Kharkiv region yesterday, the grid operator said.",
      note="the outage itself, about 12,000 consumers"),
    E("li10-10", DIP, TUE, L("Kyiv"), "CZ", "UA",
      evidence="The Czech defence minister, on an unannounced visit, held talks in Kyiv on Tuesday with Ukraine's prime minister about the repair of armoured vehicles.",
      note="DIPLOMACY: a visiting minister who 'held talks' in Kyiv -> diplomatic_contact at Kyiv, the visitor (CZ) "
           "as actor1"),
]
# Not events: ELSEWHERE (Sudan: another war); MARKETS (wheat futures; the grain deal Russia 'may not extend after 18
# May': a possibility); NUMBER OF THE DAY (8,490 verified civilian deaths since February 2022: cumulative); the
# commanders' 'for weeks' saying; 'Ukraine did not comment'; the four released 'overnight with fines'; the 'road is
# quiet' habit of the repair crews.
# Quoted fragment that is not a gold statement: "for as long as it makes military sense" (unnamed commanders).
STATEMENTS = [
    S("Joost van Dalen", "NL", "it is ammunition, not a statement", "Dutch opposition MP"),
    S("Yelena Sorokina", "RU", "They took the carnations away first, then us", "released detainee, Moscow"),
    S("Marta Hrechko", "UA", "Our crews go out when the military says the road is quiet", "grid operator spokeswoman"),
]
MUST_NOT = ["View this email in your browser", "Forwarded this? Sign up for the Northway Briefing here", "NORTHWAY",
            "Wednesday, 19 April 2023 · Issue 412",
            "Today's briefing is supported by Fennic Rail - the night train to Warsaw.",
            "Sponsored: Fennic Rail - book Helsinki to Warsaw from €49",
            "You are receiving this because you subscribed at northway.example. Unsubscribe | Manage preferences",
            "Northway Media Oy, Mannerheimintie 12, 00100 Helsinki", "© 2023 Northway Media"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
