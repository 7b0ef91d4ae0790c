from common import *

TITLE = "Russian Offensive Campaign Assessment, September 11"
TEXT = f"""Institute for Conflict Cartography
{TITLE}
Analysts: Mara Lindqvist, Tomas Reyes, and Halyna Bondar
Published September 12, 2022
Download the PDF | Print | Share on X | Share on Facebook

Key Takeaways
- Ukrainian forces liberated Izium and Kupiansk on September 10 and are consolidating along the Oskil River.
- The Russian command is unlikely to restore a coherent defensive line in Kharkiv Oblast in the coming weeks.
- Russian forces conducted a large-scale missile campaign against critical infrastructure on the evening of September 11, likely in retaliation for battlefield losses.
- Ukrainian forces continued ground attacks northwest of Lyman on September 11.
- Ukrainian forces continued their interdiction campaign in Kherson Oblast.

Ukraine's counteroffensive in Kharkiv Oblast has achieved operational success that few observers, including the authors of this assessment, anticipated two weeks ago. Ukrainian forces liberated Izium on September 10, according to Ukrainian officials and geolocated footage showing Ukrainian soldiers raising a flag over the city council building. Ukrainian officials also confirmed on September 10 that Ukrainian troops had taken the centre of Kupiansk, the railway hub on the Oskil River through which Russian forces had supplied the entire Izium axis.

The Russian Ministry of Defense announced on September 10 that it had decided to "regroup" the troops deployed in the Balakleya and Izyum areas to the Donetsk direction. That framing is misleading. The withdrawal was a hasty retreat that left large quantities of equipment and ammunition behind, as footage from abandoned Russian positions shows. Ukrainian forces had entered Balakliia on September 8, cutting the main road that linked the Russian grouping around Izium with its rear.

The speed of the Ukrainian advance reflects the weakness of the Russian positions in the sector rather than any single decisive battle. Russian commanders had moved their most capable units south to Kherson Oblast over the summer to meet the expected Ukrainian offensive there, leaving a thin screen of Rosgvardia and proxy formations in Kharkiv Oblast. We assessed on September 7 that the Russian grouping lacked reserves; the events of the past four days confirm that assessment.

Russian forces will likely attempt to establish a defensive line along the eastern bank of the Oskil River, but they may not have the forces to hold it. Ukrainian forces will likely continue to exploit the collapse of the Russian front in the coming days, and may push toward Svatove and Lyman. Any forecast in such a fluid situation should be treated with caution.

History offers a cautionary note about Kharkiv. The city changed hands four times during the Second World War; after the Soviet defeat in May 1942 and the brief recapture in February 1943, German forces retook it in March 1943 before it was liberated for the last time on August 23, 1943. Counteroffensives that outrun their supply lines can be reversed, as the Third Battle of Kharkov showed. Ukrainian commanders appear aware of that risk: they have so far paused to consolidate after each bound rather than racing forward.

The comparison with 2014 is also instructive. Ukrainian forces recaptured Sloviansk on July 5, 2014, and the initial momentum of that summer ended in the encirclement at Ilovaisk in August. The Ukrainian military of 2022 is a different force, with Western artillery, better intelligence and a more flexible command culture, but the underlying lesson of operational pauses still applies.

Russian forces conducted a large-scale missile strike campaign against Ukrainian critical infrastructure on the evening of September 11. Russian cruise missiles struck the Kharkiv thermal power plant TETs-5 and other energy facilities, causing a blackout in Kharkiv and partial outages in Kharkiv, Poltava and Sumy oblasts, according to Ukrainian officials. Power and water supply in Kharkiv was partially restored by the morning of September 12. The strikes were likely intended to punish Ukrainian civilians for the counteroffensive and to placate Russian milbloggers who had been demanding retaliation. They did not affect Ukrainian operations.

The Kremlin's information space reacted to the defeat with unusual candour. Prominent milbloggers criticized the Russian Ministry of Defense for failing to prepare defenses and for the "regrouping" statement. Chechen and other regional leaders publicly called for changes in the conduct of the war. The Kremlin has not yet responded with any concrete measure such as general mobilization, and we assess that it remains unlikely to order one in the near term because of its domestic political costs.

Ukrainian forces continued ground attacks northwest of Lyman on September 11. Russian sources claimed that Russian forces repelled Ukrainian attacks near the villages along the Siverskyi Donets River northwest of the town. We cannot confirm the outcome of the fighting.

In the south, Ukrainian forces continued their interdiction campaign against Russian logistics across the Dnipro River. Ukraine's Southern Operational Command reported on September 11 that Ukrainian rocket artillery struck a Russian pontoon crossing near Nova Kakhovka, the latest in a series of strikes intended to isolate Russian forces on the right bank. Ukrainian officials maintained operational silence regarding ground operations in Kherson Oblast.

The situation in the south resembles, on a smaller scale, the isolation campaigns of earlier wars in which a river line was used to strangle an army's supply, such as the Allied interdiction of the bridges over the Seine in 1944. Whether the Russian command will choose to withdraw from the right bank before winter is the key question of the coming months.

The information operation surrounding the defeat deserves attention in its own right. Russian state media initially ignored the Ukrainian advance, then described it as a limited incursion, and finally adopted the Ministry of Defense's "regrouping" language. This sequence mirrors the Kremlin's handling of the withdrawal from the Kyiv axis in late March, when the retreat was presented as a "goodwill gesture." The repeated use of such framing is likely eroding the credibility of official statements among the Russian nationalist audience, which is increasingly turning to milbloggers for information about the war.

The loss of Kupiansk and Izium also has consequences for Russian operations further south. The Izium axis was the northern arm of the pincer that Russian commanders had hoped to close around Sloviansk and Kramatorsk since April. Without it, Russian forces in Donetsk Oblast have no realistic prospect of encircling the Ukrainian grouping in the Sloviansk-Kramatorsk agglomeration, and the Russian offensive toward Bakhmut, which has made only marginal progress over the summer, becomes a frontal assault against prepared positions. We assess that the Russian command will nonetheless continue attacks around Bakhmut and Avdiivka to demonstrate momentum, even though those attacks are unlikely to achieve operational results.

The counteroffensive further demonstrates the value of operational security. Ukrainian officials publicly discussed an offensive in Kherson Oblast for weeks, and Russian commanders reacted by moving forces south. The Kharkiv operation was prepared with far less publicity. It is too early to say whether this was a deliberate deception or simply the result of opportunity, and both explanations are consistent with the available evidence.

Immediate items to watch
- Whether Russian forces can hold a line on the Oskil River.
- Whether the Kremlin announces partial mobilization or other force-generation measures.
- Further Russian strikes on energy infrastructure as the heating season approaches.

Photo: Ukrainian soldiers at the city council building in Izium, September 10, 2022. (Ukrainian Ground Forces)
Note: This assessment was updated at 3:00 pm ET. ICC maps are updated daily.
Subscribe to receive ICC updates by email
"""
MUST_NOT = ["Institute for Conflict Cartography", "Analysts: Mara Lindqvist, Tomas Reyes, and Halyna Bondar",
            "Download the PDF | Print | Share on X | Share on Facebook",
            "Photo: Ukrainian soldiers at the city council building in Izium, September 10, 2022. (Ukrainian Ground Forces)",
            "Note: This assessment was updated at 3:00 pm ET. ICC maps are updated daily.",
            "Subscribe to receive ICC updates by email"]
EVENTS = [
 E("x04-1", "territory_change", "2022-09-10", "UA", "RU", at("Izium"), claimant="Ukrainian officials; Russian MoD 'regroup'"),
 E("x04-2", "territory_change", "2022-09-10", "UA", "RU", at("Kupiansk"), claimant="Ukrainian officials"),
 E("x04-3", "territory_change", "2022-09-08", "UA", "RU", at("Balakliia"), optional=True,
   note="pluperfect, two days before the report period"),
 E("x04-4", "missile_artillery_strike", "2022-09-11", "RU", "UA", at("Kharkiv", name="Kharkiv TETs-5"),
   weapons=[W("cruise_missile")], target="energy", claimant="Ukrainian officials"),
 E("x04-5", "infrastructure_disruption", "2022-09-11", "RU", "UA", at("Kharkiv"), claimant="Ukrainian officials"),
 E("x04-6", "infrastructure_disruption", "2022-09-11", "RU", "UA", region("UA-53"), optional=True, note="listed oblast"),
 E("x04-7", "infrastructure_disruption", "2022-09-11", "RU", "UA", region("UA-59"), optional=True, note="listed oblast"),
 E("x04-8", "armed_clash", "2022-09-11", "UA", "RU", near("Lyman", "northwest of Lyman"), claimant="ICC; Russian sources"),
 E("x04-9", "missile_artillery_strike", "2022-09-11", "UA", "RU", near("Nova Kakhovka", "pontoon crossing near Nova Kakhovka"),
   weapons=[W("mlrs")], claimant="Southern Operational Command"),
]

def build():
    return article("x04", "2022-09-12", "Institute for Conflict Cartography", "https://conflict-cartography.example/assessments/russian-offensive-campaign-assessment-september-11-2022",
                   "long analytical (think-tank daily assessment)", "analysis and forecasts; WWII history with explicit 1942/1943 dates; 2014 history; other war (1944 Seine); Russian spellings Balakleya/Izyum/Kharkov; 'regroup' = withdrawal; listed oblasts optional; pluperfect earlier capture optional",
                   TITLE, TEXT, MUST_NOT, EVENTS)
