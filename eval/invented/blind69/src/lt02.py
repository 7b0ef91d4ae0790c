from common import E, L, R, C, N, W, S, H, gold, MAS, INT, REX, ABD

TITLE = "Night of rockets in Mykolaiv, a wounded pensioner in Ochakiv, a car bomb in occupied Kherson"
TEXT = """KURIER POBUZHZHIA
Mykolaiv and the region · since 2009
News | Mykolaiv | Region | Kherson under occupation | War | Help
News › War
Night of rockets in Mykolaiv, a wounded pensioner in Ochakiv, a car bomb in occupied Kherson
31.07.2022 09:12 | Text: Viktoriia Lysenko
The city woke to sirens again. What we know as of Sunday morning.

Mykolaiv was shelled for almost two hours overnight. According to the city's mayor, about a dozen rockets from Uragan and Smerch launchers came down on the Tsentralnyi and Korabelnyi districts between two and four o'clock, setting a warehouse and several private houses on fire. One man was killed and three people were wounded; one of them, a woman of 48, is in a serious condition.

"The ceiling simply came down on the bed. My son pulled me out through the window," said Liudmyla Hnatiuk, who lives on a street behind the warehouse.

Two Kalibr cruise missiles fired from the sea were shot down over the region on Saturday evening, the Operational Command South reported. Neither of them reached its target.

Ochakiv, at the mouth of the estuary, again took fire from the Kinburn Spit. A pensioner of 70 was wounded in the yard of his house on Saturday afternoon, the head of the city's military administration said; the shells also damaged a kindergarten and a gas pipe.

Fields in the Bashtanka district were set alight by shelling on Saturday, and about 20 hectares of unharvested wheat burned. Nobody was hurt, the district's military administration said.

From the other bank of the front there was news of a different kind. The Antonivskyi bridge, the occupiers' main crossing over the Dnipro into Kherson, was struck once more on Friday by HIMARS rockets, the Operational Command South said. "The bridge is not closed, it is simply no longer a bridge that heavy vehicles can use," its spokeswoman Iryna Savytska told us.

In occupied Kherson itself, a car used by an official of the Russian-installed administration exploded near the Suvorov Street market on Friday evening. The official, who ran the so-called department of youth policy, was taken to hospital with leg wounds, according to local Telegram channels. A partisan group claimed responsibility. "Every collaborator will get a present," it wrote.

Relatives say that a Kherson schoolteacher, Olena Marchuk, was detained at her flat by men in uniform on Thursday morning after she refused to prepare lessons under the Russian curriculum. Nobody has told the family where she is being held. "We went to the police station they set up in the old tax office. They told us there is no such person," said her brother, Andrii Marchuk.

The regional military administration asks residents of Mykolaiv not to stay near windows during alerts and to keep two days of water at home. Drinking water has not flowed from the city's taps since April; water points are open across the districts from 8 to 18.

The weekend curfew, from Friday evening to Monday morning, may be repeated next week, the head of the regional administration said.
Subscribe to our Telegram channel: t.me/kurier_pobuzhzhia
Found a mistake? Select it and press Ctrl+Enter
All rights reserved. Quoting is allowed with a hyperlink to kurier-pobuzhzhia.example
"""
DOC = {"id": "lt02", "date": "2022-07-31", "source": "Kurier Pobuzhzhia (Ukrainian regional site, Mykolaiv)",
       "url": "https://kurier-pobuzhzhia.example/news/war/2022-07-31-night-of-rockets", "text": TEXT}

D, SAT, FRI, THU = "2022-07-31", "2022-07-30", "2022-07-29", "2022-07-28"
OCS = "Operational Command South"
EVENTS = [
    E("lt02-1", MAS, D, L("Mykolaiv"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("mlrs", "Smerch", launched=N(12, "about"))], claimant="mayor of Mykolaiv",
      evidence="about a dozen rockets from Uragan and Smerch launchers came down on the Tsentralnyi and Korabelnyi districts between two and four o'clock",
      note="'shelled for almost two hours overnight' in a Sunday-morning page -> 31 Jul; two districts of the city in one "
           "sentence -> one event at the city (districts = the city); 'about a dozen' rockets -> launched about 12 (MLRS; "
           "Uragan and Smerch in one count, one weapon entry); 1 k 3 w"),
    E("lt02-2", INT, SAT, R("UA-48", "Mykolaiv region"), "UA", "RU", claimant=OCS,
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(2))],
      evidence="Two Kalibr cruise missiles fired from the sea were shot down over the region on Saturday evening",
      note="a count over the region -> required interception at region precision (ANNOTATION 3), 30 Jul; 'Neither of them "
           "reached its target' gives no strike"),
    E("lt02-3", MAS, SAT, L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="head of the Ochakiv city military administration",
      evidence="A pensioner of 70 was wounded in the yard of his house on Saturday afternoon",
      note="'took fire from the Kinburn Spit' + 'the shells' -> artillery; 30 Jul, 1 w; the kindergarten and gas pipe are "
           "damage of the same event"),
    E("lt02-4", MAS, SAT, H("Bashtanka", "Bashtanka district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Bashtanka district military administration",
      evidence="Fields in the Bashtanka district were set alight by shelling on Saturday",
      note="a raion named after its centre -> precision 2 (blind53); shelling -> artillery; 'Nobody was hurt' -> 0/0"),
    E("lt02-5", MAS, FRI, H("Antonivka", "Antonivskyi bridge"), "UA", "RU", weapons=[W("mlrs", "HIMARS")], claimant=OCS,
      evidence="The Antonivskyi bridge, the occupiers' main crossing over the Dnipro into Kherson, was struck once more on Friday by HIMARS rockets",
      note="a Ukrainian strike on the bridge held by Russian forces -> UA -> RU, HIMARS = mlrs; 29 Jul; the bridge at "
           "Antonivka -> precision 2 (a site named after the village); 'once more' recalls earlier strikes without dates"),
    E("lt02-6", REX, FRI, L("Kherson"), "UA", "RU", inj=N(1), claimant="partisan group",
      evidence="a car used by an official of the Russian-installed administration exploded near the Suvorov Street market on Friday evening",
      note="a car exploding (bomb) -> remote_explosive; claimed by a Ukrainian partisan group -> actor1 UA, the occupation "
           "official RU; 29 Jul; 'taken to hospital with leg wounds' -> 1 injured"),
    E("lt02-7", ABD, THU, L("Kherson"), "RU", "UA", claimant="relatives of Olena Marchuk",
      evidence="was detained at her flat by men in uniform on Thursday morning after she refused to prepare lessons under the Russian curriculum",
      note="a civilian detained by the occupying forces with her whereabouts withheld -> abduction RU -> UA (forced "
           "disappearance), 28 Jul in a Sunday page"),
]
# Not events: the alert advice and two days of water (advice), drinking water not flowing 'since April' (a standing
# state without a day here), water points (a service), the weekend curfew that 'may be repeated next week' (modal,
# future), 'struck once more' (earlier strikes, undated), the 'serious condition' of a woman (part of lt02-1). Not gold
# statements: "Every collaborator will get a present" (a group's post with no named speaker). Masthead, tagline, menu,
# breadcrumb, date/author line, Telegram line, Ctrl+Enter line and rights line are furniture; the standfirst ('The city
# woke to sirens again …') stays as text.
STATEMENTS = [
    S("Liudmyla Hnatiuk", "UA", "The ceiling simply came down on the bed", "resident, Mykolaiv"),
    S("Iryna Savytska", "UA", "it is simply no longer a bridge that heavy vehicles can use",
      "spokeswoman, Operational Command South"),
    S("Andrii Marchuk", "UA", "They told us there is no such person", "brother of a detained teacher"),
]
MUST_NOT = ["KURIER POBUZHZHIA", "Mykolaiv and the region · since 2009",
            "News | Mykolaiv | Region | Kherson under occupation | War | Help", "News › War",
            "31.07.2022 09:12 | Text: Viktoriia Lysenko", "Subscribe to our Telegram channel: t.me/kurier_pobuzhzhia",
            "Found a mistake? Select it and press Ctrl+Enter",
            "All rights reserved. Quoting is allowed with a hyperlink to kurier-pobuzhzhia.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
