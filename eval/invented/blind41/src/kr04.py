from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine: Shelling kills three in Donetsk region as front edges toward Pokrovsk"
TEXT = """RHEINWELLE
Live TV
Germany | World | Business | Science | Culture | Sports
Conflicts › Russia's war in Ukraine
Ukraine: Shelling kills three in Donetsk region as front edges toward Pokrovsk
A market in Kostiantynivka and an apartment block in Selydove were hit, regional authorities say. Fighting is heaviest near Pokrovsk, a key logistics hub.
09/18/2024 September 18, 2024
Russian attacks on towns in Ukraine's eastern Donetsk region killed three civilians and wounded nine over the past 24 hours, the regional governor said on Wednesday morning.

Two of the dead were in Kostiantynivka, where Russian artillery hit the central market on Tuesday afternoon. Several stalls burned down. The third person was killed late on Tuesday in Selydove, when a guided aerial bomb struck a five-storey building.

In Kramatorsk, a drone dropped explosives on a minibus stop and wounded three people. Four people were wounded in Sloviansk and two in Druzhkivka, the governor said, without saying what weapons were used there.

"The shells came while people were buying potatoes. Who fires at a market at three in the afternoon?" asked Halyna Moroz, who has sold vegetables in Kostiantynivka for 20 years and was not hurt.
Advertisement
Pokrovsk in the crosshairs

According to the Ukrainian General Staff's evening update on Tuesday, 147 combat clashes took place along the front line that day, 41 of them in the Pokrovsk sector. Russian forces have advanced steadily toward the mining town since capturing Avdiivka in February.

In the Russian-controlled part of the region, the Moscow-installed authorities said Ukrainian shelling killed two people in Horlivka on Tuesday. Their claim could not be independently verified.

Further west, in the Zaporizhzhia region, Russian forces carried out 388 strikes on 12 settlements over the past day, the regional governor said. A woman was injured in Orikhiv; Huliaipole was also shelled.

Evacuations from the Pokrovsk district continue. Artem Savchuk, an evacuation coordinator with the aid group Svitlo Help, said his teams now reach only the outskirts of some villages.

"Two weeks ago we could still drive to the doors. Now we wait at the edge of town and people walk to us with their bags, sometimes under drones," Savchuk told Rheinwelle.

Authorities have ordered the compulsory evacuation of families with children from several towns and villages, and would extend it if the front moved closer, officials said.
jsi/sms (AFP, Reuters, dpa)
Send
Facebook X LinkedIn WhatsApp Telegram
Short link: https://rw.example/p/4kT9z
Skip next section Related topics
Russian invasion of Ukraine
"""
DOC = {"id": "kr04", "date": "2024-09-18", "source": "Rheinwelle (German international broadcaster, English service)",
       "url": "https://www.rheinwelle.example/en/ukraine-shelling-kills-three-in-donetsk-region/a-70251846", "text": TEXT}

D, Y = "2024-09-18", "2024-09-17"
EVENTS = [
    E("kr04-1", "missile_artillery_strike", Y, R("UA-14", "Donetsk region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(3), inj=N(9), family=["air_drone_strike"],
      note="'killed three civilians and wounded nine over the past 24 hours' (Wednesday morning): regional tally, "
           "past-day range, aggregate; mixed weapons -> both strike types"),
    E("kr04-2", "missile_artillery_strike", Y, L("Kostiantynivka"), "RU", "UA", parent="kr04-1", fat=N(2),
      weapons=[W("artillery")], note="artillery on the central market 'on Tuesday afternoon' (17 Sep): 2 killed"),
    E("kr04-3", "air_drone_strike", Y, L("Selydove"), "RU", "UA", parent="kr04-1", fat=N(1),
      weapons=[W("guided_bomb")], note="guided aerial bomb on a five-storey building 'late on Tuesday': 1 killed"),
    E("kr04-4", "air_drone_strike", Y, L("Kramatorsk"), "RU", "UA", parent="kr04-1", end=D, prec="range", inj=N(3),
      weapons=[W("drone")], note="drone dropped explosives on a minibus stop: 3 wounded; no day -> the past-day range"),
    E("kr04-5", "missile_artillery_strike", Y, L("Sloviansk"), "RU", "UA", parent="kr04-1", end=D, prec="range",
      inj=N(4), family=["air_drone_strike"],
      note="'Four people were wounded in Sloviansk … without saying what weapons' -> both types, past-day range"),
    E("kr04-6", "missile_artillery_strike", Y, L("Druzhkivka"), "RU", "UA", parent="kr04-1", end=D, prec="range",
      inj=N(2), family=["air_drone_strike"], note="'and two in Druzhkivka': weapon not said -> both types"),
    E("kr04-7", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True,
      note="General Staff: '147 combat clashes … that day' (Tuesday): a front-wide tally -> optional"),
    E("kr04-8", "armed_clash", Y, R("UA-14", "Pokrovsk sector, Donetsk region", 2), "RU", "UA", agg=True,
      optional=True, note="'41 of them in the Pokrovsk sector': a sector tally -> optional"),
    E("kr04-9", "missile_artillery_strike", Y, L("Horlivka"), "UA", None, fat=N(2),
      claimant="Moscow-installed authorities",
      note="occupation-side claim: Ukrainian shelling killed two in Horlivka 'on Tuesday' (unverified, not denied): "
           "claimed attacker kept, actor2 null for the occupied town (blind37 call 4)"),
    E("kr04-10", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      note="'388 strikes on 12 settlements over the past day': regional tally, counts of casualties not given for it"),
    E("kr04-11", "missile_artillery_strike", Y, L("Orikhiv"), "RU", "UA", parent="kr04-10", end=D, prec="range",
      inj=N(1), family=["air_drone_strike"], note="'A woman was injured in Orikhiv': weapon not said -> both types"),
    E("kr04-12", "missile_artillery_strike", Y, L("Huliaipole"), "RU", "UA", parent="kr04-10", end=D, prec="range",
      optional=True, note="'Huliaipole was also shelled': listed without detail -> optional"),
]
# Not events: 'since capturing Avdiivka in February' (recalled without a day), 'advanced steadily' (trend), the
# evacuations 'continue' and the compulsory evacuation order (no day; 'would extend it if' conditional), the aid
# teams reaching only the outskirts (situation).
STATEMENTS = [
    S("Halyna Moroz", "UA", "Who fires at a market at three in the afternoon?", "vegetable seller, Kostiantynivka"),
    S("Artem Savchuk", "UA", "people walk to us with their bags, sometimes under drones",
      "evacuation coordinator, Svitlo Help"),
]
MUST_NOT = ["RHEINWELLE", "Live TV", "Germany | World | Business | Science | Culture | Sports",
            "Conflicts › Russia's war in Ukraine", "09/18/2024 September 18, 2024", "Advertisement",
            "jsi/sms (AFP, Reuters, dpa)", "Send", "Facebook X LinkedIn WhatsApp Telegram",
            "Short link: https://rw.example/p/4kT9z", "Skip next section Related topics",
            "Russian invasion of Ukraine"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
