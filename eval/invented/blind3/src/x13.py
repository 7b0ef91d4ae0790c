from common import *

TITLE = "Washington quietly lets Kyiv strike into Russia near Kharkiv; Berlin follows"
TEXT = f"""Capitol & Continent
{TITLE}
Policy shift limited to the border area, officials say; Moscow warns of "fatal consequences"
By Hannah Roerig in Berlin and Colm Devine in Washington
May 31, 2024
Gift this article | Save | 6 min read

The US president has authorized Kyiv to use American-supplied weapons to strike targets inside Russia near the Kharkiv region, two US officials said on Thursday, a significant shift in a policy that had barred Ukraine from firing Western arms across the border.

The permission is narrow. It covers Russian artillery positions, command posts and troop concentrations across the border from Kharkiv, which Russian forces have been shelling and bombing since launching a cross-border offensive on May 10. It does not cover long-range ATACMS missiles against airfields or infrastructure deep inside Russia, the officials said.

Germany followed on Friday. A government spokesman in Berlin said Ukraine could use German-supplied weapons, in line with international law, against positions in Russia from which the Kharkiv region is being attacked.

"Ukraine has the right under international law to defend itself against these attacks," said German government spokesman Wolfgang Reiter. "This includes the positions from which they are launched."

Moscow said the decisions brought NATO closer to a direct conflict. Kremlin spokesman Oleg Tarasov said Russia would respond to any strike on its territory with Western weapons and threatened to hit "any target, wherever it is" that supports such attacks. A senior Russian lawmaker went further, warning of "fatal consequences" for European capitals.

Russian officials have threatened similar retaliation several times since 2022 without following through. But the new permission raises questions that neither Washington nor Berlin wanted to answer on Friday. Does it allow strikes on the airfields in the Belgorod region from which Russian jets drop glide bombs on Kharkiv? Could Ukraine launch HIMARS rockets at trains bringing ammunition to the border? Officials would say only that the rules were "clear to our Ukrainian partners."

Kyiv has been allowed to use its own drones against targets inside Russia all along, and has hit oil refineries hundreds of kilometres from the border. The restriction applied only to Western weapons.

Russia deployed about 10,000 troops to the border region north of Kharkiv in the weeks before its May offensive, according to Ukrainian military intelligence, and has since moved more units into the Belgorod region. Russia's defence ministry denied that its forces were targeting civilians in Kharkiv, saying it struck only "military facilities."

The need for the shift was on display again on Friday. Hours before the German announcement, Russian guided bombs hit the Kyivskyi district of Kharkiv, injuring nine people, regional governor Andrii Voloshko said.

European allies have been divided on the question. France and the Baltic states have openly said Ukraine should be able to hit military targets in Russia; Italy has said it would not allow its weapons to be used that way. The issue is expected to dominate a NATO foreign ministers' meeting in Prague, which began on Thursday.

"We are not at war with Russia, and we will not be," said a senior US official, who requested anonymity to discuss internal deliberations.

Read the latest on the war in Ukraine
Newsletter: Sign up for Capitol & Continent's Morning Brief
Comments are closed for this article.
"""
MUST_NOT = ["Gift this article | Save | 6 min read",
            "By Hannah Roerig in Berlin and Colm Devine in Washington", "Read the latest on the war in Ukraine",
            "Newsletter: Sign up for Capitol & Continent's Morning Brief", "Comments are closed for this article."]
EVENTS = [
 E("x13-1", "policy_decision", "2024-05-30", "US", "UA", country("US"), claimant="two US officials",
   note="weapons permission; reported Thursday, decision taken by then"),
 E("x13-2", "policy_decision", "2024-05-31", "DE", "UA", country("DE"), claimant="German government spokesman Wolfgang Reiter",
   note="Berlin = German government"),
 E("x13-3", "air_drone_strike", "2024-05-31", "RU", "UA", at("Kharkiv", name="Kharkiv (Kyivskyi district)"),
   weapons=[W("guided_bomb")], inj=9, claimant="Kharkiv governor Andrii Voloshko"),
 E("x13-4", "military_mobilization", None, "RU", None, region("RU-BEL", "border region north of Kharkiv"),
   precision="unknown", optional=True, note="deployment 'in the weeks before' the May offensive, and 'has since moved' units"),
 E("x13-5", "diplomatic_contact", "2024-05-30", None, None,
   {"name": "Prague", "country_code": "CZ", "admin1_code": "CZ-10", "lat": 50.08804, "lon": 14.42076, "geonameid": 3067696, "precision": 1},
   optional=True, note="NATO ministers' meeting mentioned in passing"),
]
STATEMENTS = [
 S("Wolfgang Reiter", "DE", "Ukraine has the right under international law to defend itself", "German government spokesman"),
 S("Oleg Tarasov", "RU", "any target, wherever it is", "Kremlin spokesman"),
 S("senior US official", "US", "We are not at war with Russia, and we will not be", "senior US official (anonymous)"),
]

def build():
    return article("x13", "2024-05-31", "Capitol & Continent", "https://capitolcontinent.example/world/2024/05/31/us-germany-ukraine-strikes-russia",
                   "politics/diplomacy", "permissions ('authorized Kyiv to use'); 'Kyiv has been allowed'; capitals for governments (Washington, Berlin, Moscow); threats; questions and 'could launch'; deployment of 10,000 troops (undated, optional); denial; one real strike in passing (Kyivskyi district of Kharkiv)",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
