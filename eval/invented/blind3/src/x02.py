from common import *

TITLE = "Washington approves rocket systems for Kyiv after assurances on Russian territory"
TEXT = f"""Atlantic Ledger | World | Europe
{TITLE}
Moscow warns of "direct consequences"; Belarus moves units closer to border
By Dana Whitcombe and Pyotr Lund
June 1, 2022 · 5 min read

WASHINGTON/KYIV - The United States will send Ukraine advanced multiple-launch rocket systems, the administration announced on Tuesday, after Kyiv gave assurances that it would not use the weapons to strike targets inside Russia.

The package, worth about $700 million, includes a small number of the truck-mounted launchers and ammunition with a range of roughly 80 km. Officials said longer-range munitions, which could reach deep into Russian territory, were not part of the deal.

"We are providing what Ukraine needs to defend its own land, not to attack anyone else's," State Department spokesman Daniel Kerrigan told reporters.

Washington had hesitated for weeks over the request. Several allies have asked whether the launchers could be used against Russian artillery that fires across the border from the Belgorod region, and Kyiv has been allowed no such latitude so far, according to two officials familiar with the talks.

Moscow reacted sharply. A Kremlin spokesman, Arkady Belov, said the decision was "pouring oil on the fire" and warned of "direct consequences" if any Russian town were hit. A senior member of the Russian parliament threatened to hit "decision-making centres" in Kyiv if the rockets were used against Russian soil.

Russia has made similar threats before without acting on them, and Western officials said they did not expect an immediate escalation. Would the systems change the balance in Donbas? Military analysts are divided: the launchers could give Ukrainian gunners the reach to destroy Russian depots behind the front, but only a few will arrive before July.

On the ground, street fighting continued in Sievierodonetsk on Tuesday, where Russian forces control most of the city, the regional governor said. He also said that a Russian air strike on Tuesday hit a tank of nitric acid at the city's Azot chemical plant, and urged residents not to leave shelters.

Russia's defence ministry denied that its forces had struck the plant and said it was "Ukrainian nationalists" who had blown up the tank.

Ukraine's border guard service said last week that Belarus had deployed several battalion tactical groups to the areas bordering Ukraine's Volyn and Rivne regions. Minsk did not comment. Kyiv has repeatedly warned that Belarusian troops could join the war, although there has been no sign of an imminent attack.

Germany, meanwhile, plans to send the IRIS-T air defence system, Chancellor's office officials said, but gave no date. Talks between Kyiv and Moscow, frozen since March, may resume later in the summer, Turkish diplomats said.

Related coverage:
- Explainer: What is a multiple-launch rocket system?
- Donbas battle enters decisive phase
Sign up for the Atlantic Ledger Europe briefing
© 2022 Atlantic Ledger. All rights reserved.
"""
MUST_NOT = ["Atlantic Ledger | World | Europe", "By Dana Whitcombe and Pyotr Lund", "June 1, 2022 · 5 min read",
            "Related coverage:", "Explainer: What is a multiple-launch rocket system?", "Donbas battle enters decisive phase",
            "Sign up for the Atlantic Ledger Europe briefing", "© 2022 Atlantic Ledger. All rights reserved."]
EVENTS = [
 E("x02-1", "policy_decision", "2022-05-31", "US", "UA", country("US"), claimant="US administration",
   note="aid decision; 'Washington' = the US government; location country-level"),
 E("x02-2", "armed_clash", "2022-05-31", "RU", "UA", at("Sievierodonetsk"), claimant="Luhansk regional governor"),
 E("x02-3", "air_drone_strike", "2022-05-31", "RU", "UA", at("Sievierodonetsk", name="Azot plant, Sievierodonetsk"),
   fam=["missile_artillery_strike"], target="industrial", claimant="Luhansk regional governor (denied by Russian MoD)"),
 E("x02-4", "military_mobilization", "2022-05-23", "BY", None, country("BY"), date_end="2022-05-29", precision="week",
   aggregate=False, optional=True, claimant="State Border Guard Service of Ukraine",
   note="deployment 'last week', place only as border areas of Belarus"),
]
STATEMENTS = [
 S("Daniel Kerrigan", "US", "We are providing what Ukraine needs to defend its own land", "State Department spokesman"),
 S("Arkady Belov", "RU", "pouring oil on the fire", "Kremlin spokesman"),
 S("Arkady Belov", "RU", "direct consequences", "Kremlin spokesman"),
]

def build():
    return article("x02", "2022-06-01", "Atlantic Ledger", "https://atlanticledger.example/world/europe/2022/06/01/us-rocket-systems-ukraine",
                   "politics/diplomacy", "permission with assurances; threats; conditional 'could'; question; denial of a claimed strike; capitals as governments; deployment 'last week'; one real clash in passing",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
