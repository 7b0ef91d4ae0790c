from common import E, L, R, C, N, W, S, gold

TITLE = "Russians shelled Sumy border communities 48 times over the day: driver killed in Esman"
TEXT = """Posullia Online — news of Sumy region
Home / News / Frontier
Russians shelled Sumy border communities 48 times over the day: driver killed in Esman
17 July 2023 10:15 | Author: Kateryna Lysenko
Share: Facebook | Telegram | Viber

Over the past day, Russian troops attacked the border areas of Sumy region 48 times. A total of 219 explosions were recorded in seven communities: Krasnopillia, Yunakivka, Seredyna-Buda, Esman, Khotin, Myropillia and Bilopillia. This was reported by the Sumy Regional Military Administration.

Krasnopillia community: the enemy fired artillery at the village. Two private houses were damaged, a 73-year-old woman was injured. She was taken to hospital with shrapnel wounds.

Yunakivka community: Russian aircraft dropped two guided aerial bombs. A school building and an outpatient clinic were damaged.

Seredyna-Buda community: shelling from multiple rocket launchers. A power line was damaged, and about 1,200 subscribers were left without electricity. Power engineers will start repairs when the security situation allows.

Esman community: a Russian drone dropped an explosive device on a car. The driver, a 52-year-old local resident, was killed.

Explosions were also recorded in the Khotin, Myropillia and Bilopillia communities, with no damage reported.

In addition, on Saturday a tractor hit an anti-tank mine in a field near Khotin. The tractor driver, 44, was hospitalised with injuries of moderate severity. Pyrotechnicians of the State Emergency Service have cordoned off the field.

Overnight, air defence forces destroyed three Shahed attack drones over the Sumy district, the RMA added. There were no hits in the city.

"The enemy shells the border every day, and people in these villages live under fire. I once again urge families with children to use the evacuation routes," head of the Sumy RMA Vadym Hnatenko said.

Last week the RMA announced the mandatory evacuation of families with children from ten settlements of the Krasnopillia community. Since the beginning of the year, 31 civilians have been killed in the region's border communities.

Advertisement
Join our Telegram channel so you don't miss important news
Related news:
In Sumy, a new bomb shelter was opened at school No. 17
Farmers in the Putyvl district begin harvesting despite the shelling
Comments are moderated. Rules for commenting
"""
DOC = {"id": "v05", "date": "2023-07-17", "source": "Posullia Online (Sumy regional site)",
       "url": "https://posullia.example/news/frontier/2023/07/17/48-attacks", "text": TEXT}

Y, D = "2023-07-16", "2023-07-17"
RANGE = dict(prec="range", end=D)
RMA = "Sumy Regional Military Administration"
EVENTS = [
    E("v05-1", "missile_artillery_strike", Y, R("UA-59", "Sumy region border areas"), "RU", "UA", agg=True,
      family=["air_drone_strike"], claimant=RMA, note="48 attacks, 219 explosions over the past day", **RANGE),
    E("v05-2", "missile_artillery_strike", Y, L("Krasnopillia"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant=RMA, **RANGE),
    E("v05-3", "air_drone_strike", Y, L("Yunakivka"), "RU", "UA", weapons=[W("guided_bomb", launched=N(2))],
      claimant=RMA, note="school and clinic damaged (agentless); casualties not stated", **RANGE),
    E("v05-4", "missile_artillery_strike", Y, L("Seredyna-Buda"), "RU", "UA", weapons=[W("mlrs")], claimant=RMA,
      **RANGE),
    E("v05-5", "infrastructure_disruption", Y, L("Seredyna-Buda"), "RU", "UA", claimant=RMA,
      note="about 1,200 subscribers without power", **RANGE),
    E("v05-6", "air_drone_strike", Y, L("Esman"), "RU", "UA", fat=N(1), weapons=[W("drone")], claimant=RMA, **RANGE),
    E("v05-7", "remote_explosive", "2023-07-15", L("Khotin", 2, "a field near Khotin"), None, "UA", inj=N(1),
      note="anti-tank mine 'on Saturday'; layer not named"),
    E("v05-8", "interception", D, L("Sumy", 2, "over the Sumy district"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(3))], claimant=RMA),
    E("v05-9", "missile_artillery_strike", Y, L("Khotin"), "RU", "UA", optional=True, family=["air_drone_strike"],
      note="community merely listed: 'explosions were also recorded'", **RANGE),
    E("v05-10", "missile_artillery_strike", Y, L("Myropillia"), "RU", "UA", optional=True, family=["air_drone_strike"],
      note="community merely listed", **RANGE),
    E("v05-11", "missile_artillery_strike", Y, L("Bilopillia"), "RU", "UA", optional=True, family=["air_drone_strike"],
      note="community merely listed", **RANGE),
    E("v05-12", "policy_decision", "2023-07-10", L("Krasnopillia", 2, "ten settlements of the Krasnopillia community"),
      "UA", None, prec="week", end="2023-07-16", optional=True,
      note="evacuation order 'last week'; evacuation orders have no clear taxonomy type"),
]
STATEMENTS = [
    S("Vadym Hnatenko", "UA", "people in these villages live under fire", "head of the Sumy RMA"),
]
MUST_NOT = ["Posullia Online — news of Sumy region", "Home / News / Frontier",
            "17 July 2023 10:15 | Author: Kateryna Lysenko", "Share: Facebook | Telegram | Viber", "Advertisement",
            "Join our Telegram channel so you don't miss important news", "Related news:",
            "In Sumy, a new bomb shelter was opened at school No. 17",
            "Farmers in the Putyvl district begin harvesting despite the shelling",
            "Comments are moderated. Rules for commenting"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
