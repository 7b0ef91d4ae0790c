from common import E, L, R, C, N, W, S, gold

TITLE = "Russian guided bombs kill three in Zaporizhzhia, 26 injured – updated"
TEXT = """UKRPULSE · English
News | Politics | Economy | War | Columns | Video | Українською
Russian guided bombs kill three in Zaporizhzhia, 26 injured – updated
Iryna Kutsenko — Saturday, 7 June 2025, 08:12
👁 18 204

Russian forces dropped guided aerial bombs on Zaporizhzhia late on Friday evening, killing three people and injuring at least 21, including two children.

Source: Ivan Fedorchenko, Head of Zaporizhzhia Oblast Military Administration, on Telegram

Quote: "The enemy struck the city with four guided aerial bombs. Three people were killed and 21 injured, two of them children. Apartment blocks and a bus depot were damaged."

Details: The bombs hit the Oleksandrivskyi district at about 22:40. Rescue workers pulled a woman from the rubble of a two-storey building overnight; she was taken to hospital in serious condition.

Update at 10:35: The number of people injured has risen to 26, Fedorchenko said.

Read more: Russia sharply increases glide bomb use against front-line cities – Air Force

Over the past day, Russian forces carried out 486 attacks on nine settlements of Zaporizhzhia Oblast, Fedorchenko reported. Among them:

in Orikhiv, an artillery shell hit a private house. A man, 70, was injured;
in Stepnohirsk, an FPV drone attacked a car. A woman, 45, was killed;
Huliaipole and Mala Tokmachka came under fire from multiple-launch rocket systems;
in the village of Komyshuvakha, a drone dropped explosives on a shop. No one was hurt.

Meanwhile, the Russian-installed authorities in occupied Kamianka-Dniprovska claimed that Ukrainian drones had attacked a power substation in the town on Friday, leaving much of it without electricity. Their claim could not be verified.

Background: Zaporizhzhia lies about 30 kilometres from the front line. In May alone, Russian forces dropped more than 900 guided bombs on the oblast, according to the regional military administration. The city has been struck by glide bombs almost every week since the spring, and officials say they expect attacks to intensify if Russian troops move closer to Stepnohirsk.

Photo: Zaporizhzhia Oblast Military Administration
Support UkrPulse — become a patron of independent journalism
Subscribe to our Telegram channel so you don't miss anything important
If you notice an error, select the text and press Ctrl+Enter to report it to the editors.
"""
DOC = {"id": "q05", "date": "2025-06-07", "source": "UkrPulse",
       "url": "https://www.ukrpulse.example/eng/news/2025/06/07/7515042/", "text": TEXT}

D, Y = "2025-06-07", "2025-06-06"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("q05-1", "air_drone_strike", Y, L("Zaporizhzhia", 1, "Zaporizhzhia, Oleksandrivskyi district"), "RU", "UA",
      fat=N(3), inj=N(26), weapons=[W("guided_bomb", launched=N(4))], claimant="Ivan Fedorchenko",
      note="'late on Friday evening' (22:40); injured: the latest figure of the update (26) replaces 'at least 21'"),
    E("q05-2", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia Oblast"), "RU", "UA", agg=True,
      family=["air_drone_strike"], claimant="Ivan Fedorchenko",
      note="486 attacks on nine settlements over the past day: regional aggregate, mixed weapons", **PAST),
    E("q05-3", "missile_artillery_strike", Y, L("Orikhiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      parent="q05-2", claimant="Ivan Fedorchenko", note="listed under the past day: range, not aggregate", **PAST),
    E("q05-4", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", fat=N(1), weapons=[W("drone", "FPV")],
      parent="q05-2", claimant="Ivan Fedorchenko", **PAST),
    E("q05-5", "missile_artillery_strike", Y, L("Huliaipole"), "RU", "UA", weapons=[W("mlrs")], parent="q05-2",
      claimant="Ivan Fedorchenko", **PAST),
    E("q05-6", "missile_artillery_strike", Y, L("Mala Tokmachka"), "RU", "UA", weapons=[W("mlrs")], parent="q05-2",
      claimant="Ivan Fedorchenko", **PAST),
    E("q05-7", "air_drone_strike", Y, L("Komyshuvakha"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="q05-2", claimant="Ivan Fedorchenko", note="'No one was hurt'", **PAST),
    E("q05-8", "air_drone_strike", Y, L("Kamianka-Dniprovska"), "UA", None, weapons=[W("drone")],
      claimant="Russian-installed authorities", note="occupied town; target side left null as for occupied places"),
    E("q05-9", "infrastructure_disruption", Y, L("Kamianka-Dniprovska"), "UA", None,
      claimant="Russian-installed authorities", note="much of the town without electricity"),
]
STATEMENTS = [
    S("Ivan Fedorchenko", "UA", "The enemy struck the city with four guided aerial bombs", "head of Zaporizhzhia OVA"),
]
MUST_NOT = ["UKRPULSE · English", "News | Politics | Economy | War | Columns | Video | Українською",
            "Iryna Kutsenko — Saturday, 7 June 2025, 08:12", "👁 18 204",
            "Read more: Russia sharply increases glide bomb use against front-line cities – Air Force",
            "Photo: Zaporizhzhia Oblast Military Administration",
            "Support UkrPulse — become a patron of independent journalism",
            "Subscribe to our Telegram channel so you don't miss anything important",
            "If you notice an error, select the text and press Ctrl+Enter to report it to the editors."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
