from common import E, L, R, C, N, W, S, gold

TITLE = "Crowds greet Ukrainian troops in Kherson after Russian retreat across the Dnipro"
TEXT = """The Wessex Chronicle
Home | News | World | Ukraine | Sport | Opinion | Culture | Lifestyle
World news
Crowds greet Ukrainian troops in Kherson after Russian retreat across the Dnipro
Residents wave flags in the central square as engineers begin clearing mines; Moscow insists the region is still Russian
Sat 12 Nov 2022 14.02 GMT
Last modified on Sat 12 Nov 2022 18.37 GMT
Share on Facebook
Share on Twitter
Share via Email
Ukrainian soldiers entered the southern city of Kherson on Friday, ending eight months of Russian occupation of the only regional capital Moscow had captured since February. Crowds gathered in the central square to sing the national anthem, and by Saturday police units and mine-clearing teams were moving through the streets.

Russia's defence ministry said on Friday that more than 30,000 servicemen and some 5,000 pieces of equipment had been withdrawn to the left bank of the Dnipro, and that "not a single unit" had been left behind. The retreat was ordered on Wednesday at a televised meeting in Moscow, where the Russian defence minister accepted his commander's proposal to pull out.

As they left, Russian forces blew up the Antonivskyi bridge near Antonivka, the main road crossing over the Dnipro, regional officials said. Images shared online on Friday showed two spans of the bridge collapsed into the river.

Ukraine's army also retook Snihurivka, a town in the Mykolaiv region, on Thursday, according to the General Staff.

The city's situation remains grim. There is no electricity, water or heating, the regional administration said, and Russian troops mined the television tower, the port and other infrastructure before leaving. One man was wounded on Saturday morning when Russian artillery on the left bank shelled the city's Korabel district, the administration said.

Across the river, Russian-installed officials in Nova Kakhovka said Ukrainian shelling had killed two people there on Friday. Their claim could not be verified.

The Kremlin spokesman said that the Kherson region remained "a subject of the Russian Federation", a reference to the annexation Moscow proclaimed in September after referendums that Kyiv and Western governments dismissed as a sham.

"For the first time in this war, Russia has given up a regional capital without a fight for the city itself. It tells you how thin their supply lines across the river had become," said Marcus Pell, a former British army officer who now teaches at a university in Bristol.

Western officials warned that Russian forces would now be able to shell the city from the other bank of the river for months.

This article was amended on 12 November 2022. An earlier version gave the wrong date for the recapture of Snihurivka.
Explore more on these topics: Ukraine · Russia · Europe · Kherson
Reuse this content
"""
DOC = {"id": "kd04", "date": "2022-11-12", "source": "The Wessex Chronicle (UK newspaper)",
       "url": "https://wessexchronicle.example/world/2022/nov/12/kherson-crowds-greet-ukrainian-troops", "text": TEXT}

D = "2022-11-12"
EVENTS = [
    E("kd04-1", "territory_change", "2022-11-11", L("Kherson"), "UA", "RU",
      note="'entered the southern city of Kherson on Friday' (Sat 12 Nov -> Fri 11); 'eight months of occupation' is "
           "history"),
    E("kd04-2", "armed_group_change", "2022-11-11", R("UA-65", "Kherson region (right bank)"), "RU", None,
      optional=True, family=["military_mobilization", "territory_change"],
      note="MoD: 30,000 servicemen 'withdrawn to the left bank' (stated Friday): the other face of the recapture; "
           "optional"),
    E("kd04-3", "policy_decision", "2022-11-09", L("Moscow"), "RU", None, family=["military_mobilization"],
      note="recalled: 'The retreat was ordered on Wednesday at a televised meeting in Moscow' (9 Nov) — a decision "
           "about the war with a resolvable day, required"),
    E("kd04-4", "looting_destruction", "2022-11-11", L("Antonivka-Kh", 2, "Antonivskyi bridge near Antonivka"), "RU", "UA",
      family=["remote_explosive"],
      note="'As they left, Russian forces blew up the Antonivskyi bridge near Antonivka': demolition of property by a "
           "withdrawing force (remote_explosive accepted); dated Friday by the retreat and the images 'shared on "
           "Friday'; precision 2"),
    E("kd04-5", "territory_change", "2022-11-10", L("Snihurivka"), "UA", "RU",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="recalled 'retook Snihurivka … on Thursday' (10 Nov), Mykolaiv region; the correction line at the foot "
           "is furniture and changes nothing"),
    E("kd04-6", "missile_artillery_strike", D, L("Kherson", 1, "Kherson (Korabel district)"), "RU", "UA", inj=N(1),
      note="'One man was wounded on Saturday morning when Russian artillery on the left bank shelled the city's "
           "Korabel district' -> the city; the mining of buildings before leaving is background (no day, no "
           "explosion)"),
    E("kd04-7", "missile_artillery_strike", "2022-11-11", L("Nova Kakhovka"), "UA", None, fat=N(2),
      claimant="Russian-installed officials in Nova Kakhovka",
      note="occupation officials' claim of Ukrainian shelling killing two 'on Friday': unverified but a reported "
           "incident, required; actor2 null (civilians in occupied territory, blind14 convention)"),
]
STATEMENTS = [
    S("Marcus Pell", None, "Russia has given up a regional capital without a fight for the city itself",
      "former British army officer"),
]
MUST_NOT = ["The Wessex Chronicle", "Home | News | World | Ukraine | Sport | Opinion | Culture | Lifestyle",
            "World news",
            "Sat 12 Nov 2022 14.02 GMT", "Last modified on Sat 12 Nov 2022 18.37 GMT",
            "Share on Facebook", "Share on Twitter", "Share via Email",
            "This article was amended on 12 November 2022. An earlier version gave the wrong date for the recapture "
            "of Snihurivka.", "Explore more on these topics: Ukraine · Russia · Europe · Kherson", "Reuse this content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
