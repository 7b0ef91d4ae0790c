from common import *

TITLE = "Residential building destroyed in Kharkiv shelling, at least four dead"
TEXT = f"""{TITLE}
By Olena Marchuk, Northline Wire
·2-min read
March 14, 2022

KHARKIV, Ukraine (Northline) - A nine-storey residential building in the Saltivskyi district of Kharkiv was destroyed as a result of shelling late on Sunday. At least four people were reported dead, among them a teenage boy, and 11 others were taken to hospital, the regional emergency service said on Monday.

Rescuers worked through the night to pull residents out of the two collapsed entrances of the building. The emergency service said the search would continue until every resident registered at the address had been accounted for.

"We heard people knocking from under the slabs until about three in the morning," said Iryna Savchuk, a spokeswoman for the regional emergency service. "Then it went quiet."

Saltivka, a sprawling district of Soviet-era tower blocks in the north-east of Ukraine's second-largest city, lies closest to the front line and has been hit repeatedly since Russian troops crossed the border on Feb. 24.

Overnight, a school in Chuhuiv, a town about 40 km south-east of Kharkiv, was also hit. Its roof and most windows were damaged, but nobody was hurt, local officials said. It was not immediately clear what kind of weapon had struck the building.

Further south, Ukraine's General Staff said in its Monday morning update that its forces had repelled an assault near Izium on Sunday and that fighting for the approaches to the town was continuing. The General Staff did not give casualty figures.

Northline could not independently verify the accounts from either location.

City officials have said that about 600 residential buildings in Kharkiv have been damaged since the invasion began, and that several thousand people are sleeping in metro stations every night. Aid groups warned last week that food and medicine were running short in the northern districts.

Share this article
Reporting by Olena Marchuk; Editing by Tom Havel
Photo: Firefighters at the site in Saltivka. Northline/Ivan Prokop
"""
MUST_NOT = ["By Olena Marchuk, Northline Wire", "·2-min read", "Share this article",
            "Reporting by Olena Marchuk; Editing by Tom Havel", "Photo: Firefighters at the site in Saltivka. Northline/Ivan Prokop"]
EVENTS = [
 E("x01-1", "missile_artillery_strike", "2022-03-13", None, "UA", at("Kharkiv", name="Kharkiv (Saltivskyi district)"),
   fat=n(4, "at_least"), inj=11, target="residential", claimant="regional emergency service",
   note="passive voice, no agent: actor1_side left null"),
 E("x01-2", "missile_artillery_strike", "2022-03-14", None, "UA", at("Chuhuiv"), fam=["air_drone_strike"],
   fat=0, inj=0, target="school", claimant="local officials", note="weapon not said"),
 E("x01-3", "armed_clash", "2022-03-13", "RU", "UA", near("Izium", "near Izium"), claimant="General Staff of Ukraine"),
]
STATEMENTS = [S("Iryna Savchuk", "UA", "We heard people knocking from under the slabs", "emergency service spokeswoman")]

def build():
    return article("x01", "2022-03-14", "Northline Wire", "https://northline-wire.example/world/kharkiv-saltivka-building-0314",
                   "short wire", "passive strike without agent; city district; 'nobody was hurt' = 0/0; 'hospital' = injured; history since Feb. 24",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
