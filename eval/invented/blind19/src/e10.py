from common import E, L, R, C, N, W, S, gold

TITLE = "Nikopol under fire again: one dead, pumping station hit, water cut off in several districts"
TEXT = """Дніпро Вечірній · Dnipro Vechirnii
Українська | Русский | English (machine translation, beta)
Dnipro ☁ +11°C   USD 41.17 · EUR 45.21
News of Dnipro · Nikopol · Kryvyi Rih · Kamianske · Region · Front
Nikopol under fire again: one dead, pumping station hit, water cut off in several districts
08.10.2024, 12:26
👁 3 914
The English version of this page was created automatically with a translation service. In case of discrepancies, the Ukrainian text prevails.
Nikopol again came under Russian artillery fire from the occupied left bank of the Kakhovka reservoir on Tuesday morning. A 52-year-old man was killed, two more residents were injured, reported the head of the Dnipropetrovsk regional military administration.

"The aggressor hit Nikopol with heavy artillery from the side of Enerhodar. A man died right on the street. Two women are in hospital, their condition is of moderate severity," the head of the RMA wrote in his Telegram channel.

According to him, a shell damaged the water pumping station. Because of this, water supply was interrupted in the Pivdennyi and Tsentralnyi microdistricts of Nikopol. Communal workers promise to restore it by evening, the city council said.

A bit later, at about 10:15, the enemy attacked a municipal bus in neighbouring Marhanets with an FPV drone. Three passengers were wounded - a man of 44 and two women aged 61 and 67. The bus driver, Viktor, told our correspondent that he managed to stop the vehicle and "everyone ran into the shop across the road".

Read also: In Dnipro, schools will switch to mixed learning from Monday
Air defence forces worked in the region overnight. Five enemy UAVs were destroyed over the Dnipropetrovsk region, the Air Command "Skhid" reported. There were no hits on Dnipro itself.

In total, over the past day, the Nikopol district was attacked more than 20 times with artillery and drones, the regional administration summarized.

Noticed a mistake? Select the text and press Ctrl+Enter
Join Dnipro Vechirnii on Viber and Telegram: only verified news of the region
Comments (7) · Log in to comment
Theme of the day: shelling of Nikopol
© 2009–2024 «Dnipro Vechirnii». When quoting, a hyperlink to dv-dnipro.example is obligatory. 18+
"""
DOC = {"id": "e10", "date": "2024-10-08", "source": "Dnipro Vechirnii (regional news site, machine-translated English)",
       "url": "https://dv-dnipro.example/en/news/nikopol-obstril-08-10-2024-1187432", "text": TEXT}

D = "2024-10-08"
RMA = "head of the Dnipropetrovsk regional military administration"
EVENTS = [
    E("e10-1", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("artillery")],
      claimant=RMA, note="'on Tuesday morning', heavy artillery from the left bank"),
    E("e10-2", "infrastructure_disruption", D, L("Nikopol"), "RU", "UA", parent="e10-1",
      note="shell damaged the pumping station: water supply interrupted in two microdistricts"),
    E("e10-3", "air_drone_strike", D, L("Marhanets"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="FPV drone on a municipal bus 'at about 10:15'; the driver 'Viktor' (first name) is not a statement"),
    E("e10-4", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(5))], claimant="Air Command Skhid",
      note="'Five enemy UAVs were destroyed over the Dnipropetrovsk region' overnight: region with a count"),
    E("e10-5", "missile_artillery_strike", "2024-10-07", L("Nikopol", 2, "Nikopol district"), "RU", "UA", end=D,
      prec="range", agg=True, weapons=[W("artillery"), W("drone")], family=["air_drone_strike"],
      note="'over the past day … attacked more than 20 times with artillery and drones': past-day aggregate range, "
           "district named after the town = precision 2"),
]
STATEMENTS = [
    S("head of the Dnipropetrovsk regional military administration", "UA",
      "The aggressor hit Nikopol with heavy artillery from the side of Enerhodar", "title only (RMA head)"),
]
MUST_NOT = ["Дніпро Вечірній · Dnipro Vechirnii", "Українська | Русский | English (machine translation, beta)",
            "Dnipro ☁ +11°C   USD 41.17 · EUR 45.21",
            "News of Dnipro · Nikopol · Kryvyi Rih · Kamianske · Region · Front", "08.10.2024, 12:26", "👁 3 914",
            "The English version of this page was created automatically with a translation service. In case of discrepancies, the Ukrainian text prevails.",
            "Read also: In Dnipro, schools will switch to mixed learning from Monday",
            "Noticed a mistake? Select the text and press Ctrl+Enter",
            "Join Dnipro Vechirnii on Viber and Telegram: only verified news of the region",
            "Comments (7) · Log in to comment", "Theme of the day: shelling of Nikopol",
            "© 2009–2024 «Dnipro Vechirnii». When quoting, a hyperlink to dv-dnipro.example is obligatory. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
