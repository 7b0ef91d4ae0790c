from common import E, L, R, C, N, W, S, H, gold, MAS, AGR, DIP, POL

TITLE = "Azovstal: wounded defenders leave the steelworks under a deal Kyiv calls an evacuation and Moscow a surrender"
TEXT = """RHI | English
Radio Hexagone Internationale
Listen live | Podcasts | Français | English | Español | Русский | Українська
Europe / Ukraine
Azovstal: wounded defenders leave the steelworks under a deal Kyiv calls an evacuation and Moscow a surrender
Published on: 17/05/2022 - 11:02 Modified: 17/05/2022 - 17:48
4 min
Text by: RHI
Kyiv (RHI) – More than 260 Ukrainian soldiers, many of them badly wounded, were brought out of the Azovstal steelworks in Mariupol on Monday evening under an arrangement with the Russian side, bringing the defence of the port city's last Ukrainian stronghold close to its end after nearly three months of siege.

Buses carried 53 seriously wounded fighters to a hospital in Novoazovsk, a town held by Russian forces near the border, and 211 others to Olenivka, further north, Ukraine's deputy defence minister said overnight. They are to be exchanged "for Russian prisoners of war", she added, without saying when.

Moscow told a different story. Russia's defence ministry said 265 "militants" had "laid down their arms and surrendered", 51 of them seriously wounded.

The General Staff in Kyiv said the Mariupol garrison had "fulfilled its combat mission" and that work to bring out the fighters still inside the plant was going on.

"On Sunday my husband called and said only: we are holding. Today I saw a bus on television, and I do not know whether he was on it," said Oksana Brovko, whose husband serves with the marines inside the plant.
Advertising
A convoy turned back
Getting civilians out of the city's outskirts has proved no easier. On Sunday a column of buses sent to collect residents of Mariupol's left bank turned back outside Vasylivka after shells landed on the road ahead of it; nobody on board was hurt, the Zaporizhzhia regional governor said, without saying who had fired.

Elsewhere, the war went on far from the Sea of Azov. Overnight into Tuesday, Russian missiles struck military infrastructure in the Yavoriv district near the Polish border, the Lviv regional governor said. Nobody was hurt.

"The windows rattled three times, and only then did the sirens start. It should be the other way round," said Taras Shymko, who lives a few kilometres from the training ground.

In the Chernihiv region, Russian missiles hit the village of Desna at about 5 a.m. on Tuesday. First reports spoke of seven dead; by the afternoon the regional emergency service counted eight killed and twelve wounded.

In the east, Russian shelling of Sievierodonetsk killed ten people on Monday, the governor of the Luhansk region wrote on Telegram.

Paris, Stockholm, Helsinki
The French president spoke by telephone with his Ukrainian counterpart on Monday evening and promised further deliveries of weapons, the Elysée said.

In Stockholm, the government formally decided on Monday to apply to join Nato, a day after Finland's president and government announced their own bid in Helsinki. Both applications are expected to be handed in at Nato headquarters on Wednesday.

"For Moscow, Azovstal was a matter of prestige before the 9 May parade. It missed that date, and now it gets the plant without the parade," said Gilles Maréchal, a retired French army colonel who teaches at the Lyon Institute for Strategic Studies.
Read also: Mariupol: inside the siege, a survivor's diary
Subscribe to the RHI newsletter
© 2022 Copyright RHI - All rights reserved. RHI is not responsible for the content of external websites.
"""
DOC = {"id": "lf03", "date": "2022-05-17", "source": "RHI Radio Hexagone Internationale (French international broadcaster, English service)",
       "url": "https://www.rhi.example/en/europe/20220517-azovstal-wounded-defenders-leave-steelworks", "text": TEXT}

D, MON, SUN = "2022-05-17", "2022-05-16", "2022-05-15"
EVENTS = [
    E("lf03-1", AGR, MON, L("Mariupol"), "UA", "RU",
      evidence="were brought out of the Azovstal steelworks in Mariupol on Monday evening under an arrangement with the Russian side",
      note="the defenders leave the plant 'on Monday evening under an arrangement with the Russian side': a deal between "
           "the parties -> agreement at Mariupol, 16 May; Kyiv's 264 (53 + 211) and Moscow's 265 'surrendered' are two "
           "versions of the same event, no casualties of it; the exchange that is 'to' follow is future"),
    E("lf03-2", MAS, SUN, H("Vasylivka", "road outside Vasylivka"), None, "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      evidence="On Sunday a column of buses sent to collect residents of Mariupol's left bank turned back outside Vasylivka after shells landed on the road ahead of it",
      note="'On Sunday' (15 May) shells on the road ahead of an evacuation column 'outside Vasylivka' (precision 2; "
           "Vasylivka 686729 in Zaporizhzhia oblast, not the Odesa-region namesakes); 'without saying who had fired' -> "
           "actor1 null; 'nobody on board was hurt' -> 0/0"),
    E("lf03-3", MAS, D, H("Yavoriv", "Yavoriv district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      evidence="Overnight into Tuesday, Russian missiles struck military infrastructure in the Yavoriv district near the Polish border",
      note="'Overnight into Tuesday' = 17 May; a raion named after its centre = precision 2; 'Nobody was hurt' = 0/0"),
    E("lf03-4", MAS, D, L("Desna"), "RU", "UA", fat=N(8), inj=N(12), weapons=[W("missile")],
      evidence="In the Chernihiv region, Russian missiles hit the village of Desna at about 5 a.m. on Tuesday",
      note="Desna 710071 (Chernihiv oblast); 'First reports spoke of seven dead; by the afternoon … eight killed and twelve "
           "wounded' -> the later figure wins: 8 k 12 w"),
    E("lf03-5", MAS, MON, L("Sievierodonetsk"), "RU", "UA", fat=N(10), weapons=[W("artillery")],
      evidence="Russian shelling of Sievierodonetsk killed ten people on Monday",
      note="'on Monday' = 16 May; ten killed; shelling = artillery"),
    E("lf03-6", DIP, MON, C(None, "phone call"), "FR", "UA",
      evidence="The French president spoke by telephone with his Ukrainian counterpart on Monday evening",
      note="a phone call has no place (blind51 call 8); the French president is the subject -> actor1 FR"),
    E("lf03-7", POL, MON, C("SE", "Sweden"), "SE", None,
      evidence="In Stockholm, the government formally decided on Monday to apply to join Nato",
      note="a government decision about the war's consequences (the NATO bid), at the deciding country (precision 4) "
           "although Stockholm is named"),
    E("lf03-8", POL, SUN, C("FI", "Finland"), "FI", None,
      evidence="a day after Finland's president and government announced their own bid in Helsinki",
      note="'a day after' Monday = Sunday 15 May; Finland's bid, at the deciding country"),
]
# Not events: the exchange the fighters 'are to' be part of (future), 'work to bring out the fighters still inside … was
# going on' (ongoing, no incident), the phone call's promise of 'further deliveries' (pledge inside lf03-6), both NATO
# applications 'expected to be handed in … on Wednesday' (future), Maréchal's analysis of the 9 May parade. The earlier
# failures of evacuations ('has proved no easier') are habitual. Quoted fragments that are not gold statements: "for
# Russian prisoners of war" (deputy defence minister, title only), "militants", "laid down their arms and surrendered"
# (ministry), "fulfilled its combat mission" (General Staff). Masthead, the name line, menu/language row, section line,
# date line, reading time, 'Text by', 'Advertising', 'Read also' and its headline, the newsletter line and the copyright
# line are furniture; the dateline 'Kyiv (RHI) –' and the cross-heads stay as text.
STATEMENTS = [
    S("Oksana Brovko", "UA", "I do not know whether he was on it", "wife of a marine at Azovstal"),
    S("Taras Shymko", "UA", "The windows rattled three times, and only then did the sirens start",
      "resident near the Yavoriv training ground"),
    S("Gilles Maréchal", None, "now it gets the plant without the parade",
      "retired French army colonel, Lyon Institute for Strategic Studies"),
]
MUST_NOT = ["RHI | English", "Radio Hexagone Internationale", "Listen live | Podcasts | Français | English | Español | Русский | Українська",
            "Europe / Ukraine", "Published on: 17/05/2022 - 11:02 Modified: 17/05/2022 - 17:48", "4 min",
            "Text by: RHI", "Advertising", "Read also: Mariupol: inside the siege, a survivor's diary",
            "Subscribe to the RHI newsletter",
            "© 2022 Copyright RHI - All rights reserved. RHI is not responsible for the content of external websites."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
